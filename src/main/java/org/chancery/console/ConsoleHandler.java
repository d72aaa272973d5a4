package org.chancery.console;

import io.javalin.http.Context;
import org.chancery.content.Session;

/** A handler for a signed-in request; {@link Access} has already checked the session, role and form token. */
@FunctionalInterface
interface ConsoleHandler {
  void handle(Context ctx, Session session) throws Exception;
}
