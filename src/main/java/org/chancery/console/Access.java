package org.chancery.console;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.chancery.content.Role;
import org.chancery.content.Session;

/**
 * The checks in front of every console handler, applied by {@link ConsoleRoutes} from its table,
 * so that no route can be declared without them.
 *
 * <ul>
 *   <li>A page (GET) wants a live session, else it redirects to the sign-in page; then a role at
 *       least the route's, else 403.
 *   <li>An action (POST) wants a live session, then the session's form token in the form's
 *       {@value #CSRF} field, then the role; each missing one is a 403 and nothing is changed.
 *       A stale form answers 403 rather than a redirect, so nothing typed is silently dropped.
 * </ul>
 */
final class Access {

  /** The form field that carries the session's token back. */
  static final String CSRF = "csrf";

  private final Sessions sessions;
  private final ConsolePages pages;

  Access(Sessions sessions, ConsolePages pages) {
    this.sessions = sessions;
    this.pages = pages;
  }

  Handler page(Role least, ConsoleHandler handler) {
    return ctx -> {
      Optional<Session> session = sessions.current(ctx);
      if (session.isEmpty()) {
        ConsolePages.seeOther(ctx, ConsoleRoutes.SIGN_IN);
      } else if (!allows(session.get().account().role(), least)) {
        pages.refuse(ctx, 403, session, "role", pages.role(session.get().account().role()));
      } else {
        handler.handle(ctx, session.get());
      }
    };
  }

  Handler action(Role least, ConsoleHandler handler) {
    return ctx -> {
      Optional<Session> session = sessions.current(ctx);
      if (session.isEmpty()) {
        pages.refuse(ctx, 403, session, "signed-out");
      } else if (!Tokens.same(session.get().csrfToken(), ctx.formParam(CSRF))) {
        pages.refuse(ctx, 403, session, "csrf");
      } else if (!allows(session.get().account().role(), least)) {
        pages.refuse(ctx, 403, session, "role", pages.role(session.get().account().role()));
      } else {
        handler.handle(ctx, session.get());
      }
    };
  }

  /** For the sign-in page and form, which need no session; they check their own form token. */
  Handler open(Handler handler) {
    return ctx -> {
      ctx.header("Cache-Control", "no-store");
      handler.handle(ctx);
    };
  }

  /** Roles are declared in rank order: each can do everything the one before it can. */
  static boolean allows(Role has, Role least) {
    return has.compareTo(least) >= 0;
  }
}
