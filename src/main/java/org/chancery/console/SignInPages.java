package org.chancery.console;

import io.javalin.http.Context;
import java.util.Optional;
import org.chancery.content.Account;
import org.chancery.content.AccountRefusal;
import org.chancery.content.Session;
import org.chancery.content.SignInAttempt;

/**
 * Signing in and out.
 *
 * <p>The sign-in form has no session to take a form token from, so it carries a token that is
 * also in a cookie ({@value #FORM_COOKIE}, SameSite=Strict): another site can post the form but
 * cannot send the cookie, so its post is refused, and nobody is signed in to an account of the
 * attacker's choosing.
 */
final class SignInPages {

  static final String FORM_COOKIE = "chancery_sign_in";

  private final Accounts accounts;
  private final Sessions sessions;
  private final SignInLimits limits;
  private final ConsolePages pages;

  SignInPages(Accounts accounts, Sessions sessions, SignInLimits limits, ConsolePages pages) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.limits = limits;
    this.pages = pages;
  }

  void form(Context ctx) {
    if (sessions.current(ctx).isPresent()) {
      ConsolePages.seeOther(ctx, ConsoleRoutes.DASHBOARD);
    } else {
      showForm(ctx, 200, "", Optional.empty());
    }
  }

  void signIn(Context ctx) {
    if (!Tokens.same(ctx.cookie(FORM_COOKIE), ctx.formParam(Access.CSRF))) {
      pages.refuse(ctx, 403, Optional.empty(), "csrf");
      return;
    }
    String name = Forms.field(ctx, "name").strip();
    SignInAttempt attempt = limits.tryAttempt(name, pages.address(ctx));
    if (attempt instanceof SignInAttempt.Refused refused) {
      ctx.header("Retry-After", Long.toString(refused.retryAfter().toSeconds()));
      pages.refuse(ctx, 429, Optional.empty(), "too-many-attempts", refused.minutes());
      return;
    }
    try {
      Account account = accounts.signIn(name, Forms.field(ctx, "password"), Actor.anonymous(pages.address(ctx)));
      limits.succeeded(attempt);
      sessions.open(ctx, account);
      ctx.cookie(sessions.cookie(FORM_COOKIE, "", ConsoleRoutes.SIGN_IN, 0));
      ConsolePages.seeOther(ctx, ConsoleRoutes.DASHBOARD);
    } catch (AccountRefusal refusal) {
      showForm(ctx, 422, name, Optional.of(pages.sentence(refusal)));
    }
  }

  void signOut(Context ctx, Session session) {
    sessions.close(ctx, session);
    accounts.signedOut(Actor.signedIn(session.account(), pages.address(ctx)));
    ConsolePages.seeOther(ctx, ConsoleRoutes.SIGN_IN);
  }

  private void showForm(Context ctx, int status, String name, Optional<String> error) {
    String token = ctx.cookie(FORM_COOKIE);
    if (token == null || token.isEmpty()) {
      token = Tokens.random();
      ctx.cookie(sessions.cookie(FORM_COOKIE, token, ConsoleRoutes.SIGN_IN, -1));
    }
    pages.render(ctx, status, "signIn.jte",
        new Pages.SignIn(pages.chrome(ctx, Optional.empty(), "console.sign-in.title"), token, name, error));
  }
}
