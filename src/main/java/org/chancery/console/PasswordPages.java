package org.chancery.console;

import io.javalin.http.Context;
import java.util.Optional;
import org.chancery.content.AccountRefusal;
import org.chancery.content.Session;
import org.chancery.content.SignInAttempt;

/**
 * Changing one's own password. Guesses at the current password count against the same
 * allowance as sign-ins, so a session left open is no way round the limit.
 */
final class PasswordPages {

  private final Accounts accounts;
  private final SignInLimits limits;
  private final ConsolePages pages;

  PasswordPages(Accounts accounts, SignInLimits limits, ConsolePages pages) {
    this.accounts = accounts;
    this.limits = limits;
    this.pages = pages;
  }

  void form(Context ctx, Session session) {
    show(ctx, 200, session, Optional.empty());
  }

  void change(Context ctx, Session session) {
    String name = session.account().name();
    SignInAttempt attempt = limits.tryAttempt(name, pages.address(ctx));
    if (attempt instanceof SignInAttempt.Refused refused) {
      pages.refuse(ctx, 429, Optional.of(session), "too-many-attempts", refused.minutes());
      return;
    }
    try {
      accounts.changePassword(session, Forms.field(ctx, "current"), Forms.field(ctx, "password"),
          Forms.field(ctx, "again"), Actor.signedIn(session.account(), pages.address(ctx)));
      limits.succeeded(attempt);
      ConsolePages.seeOther(ctx, ConsolePages.Notice.PASSWORD_CHANGED.on(ConsoleRoutes.PASSWORD));
    } catch (AccountRefusal refusal) {
      show(ctx, 422, session, Optional.of(pages.sentence(refusal)));
    }
  }

  private void show(Context ctx, int status, Session session, Optional<String> error) {
    pages.render(ctx, status, "password.jte",
        new Pages.Password(pages.chrome(ctx, Optional.of(session), "console.password.title"), error));
  }
}
