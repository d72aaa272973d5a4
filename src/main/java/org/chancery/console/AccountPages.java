package org.chancery.console;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.chancery.content.AccountRecord;
import org.chancery.content.AccountRefusal;
import org.chancery.content.AccountStore;
import org.chancery.content.Role;
import org.chancery.content.Session;

/** The administrators' page of accounts: the list, adding one, disabling one. */
final class AccountPages {

  private final Accounts accounts;
  private final AccountStore store;
  private final ConsolePages pages;

  AccountPages(Accounts accounts, AccountStore store, ConsolePages pages) {
    this.accounts = accounts;
    this.store = store;
    this.pages = pages;
  }

  void list(Context ctx, Session session) {
    show(ctx, 200, session, "", Role.WRITER, Optional.empty());
  }

  void add(Context ctx, Session session) {
    String name = Forms.field(ctx, "name").strip();
    Optional<Role> role = role(Forms.field(ctx, "role"));
    if (role.isEmpty()) {
      show(ctx, 422, session, name, Role.WRITER, Optional.of(pages.text().get("console.accounts.role-missing")));
      return;
    }
    try {
      accounts.enrol(name, role.get(), Forms.field(ctx, "password"), Forms.field(ctx, "again"),
          Actor.signedIn(session.account(), ctx.ip()));
      ConsolePages.seeOther(ctx, ConsolePages.Notice.ACCOUNT_ADDED.on(ConsoleRoutes.ACCOUNTS));
    } catch (AccountRefusal refusal) {
      show(ctx, 422, session, name, role.get(), Optional.of(pages.sentence(refusal)));
    }
  }

  void disable(Context ctx, Session session) {
    try {
      accounts.disable(id(ctx.pathParam("id")), Actor.signedIn(session.account(), ctx.ip()));
      ConsolePages.seeOther(ctx, ConsolePages.Notice.ACCOUNT_DISABLED.on(ConsoleRoutes.ACCOUNTS));
    } catch (AccountRefusal refusal) {
      show(ctx, 422, session, "", Role.WRITER, Optional.of(pages.sentence(refusal)));
    }
  }

  private void show(Context ctx, int status, Session session, String name, Role role, Optional<String> error) {
    var lines = store.all().stream().map(a -> line(a, session)).toList();
    var roles = Arrays.stream(Role.values())
        .map(r -> new Pages.RoleChoice(r.name().toLowerCase(Locale.ROOT), pages.role(r), r == role))
        .toList();
    pages.render(ctx, status, "accounts.jte", new Pages.Accounts(
        pages.chrome(ctx, Optional.of(session), "console.accounts.title"), lines, name, roles, error));
  }

  private Pages.AccountLine line(AccountRecord a, Session session) {
    String status = pages.text().get(a.disabled() ? "console.accounts.disabled" : "console.accounts.active");
    boolean canDisable = a.isActive() && a.account().id() != session.account().id();
    return new Pages.AccountLine(a.account().id(), a.account().name(), pages.role(a.account().role()),
        pages.time(a.createdAt()), status, canDisable);
  }

  private static Optional<Role> role(String value) {
    return Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(value)).findFirst();
  }

  /** The account number in the path; one that is no number names no account. */
  private static long id(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new AccountRefusal(AccountRefusal.Reason.NO_SUCH_ACCOUNT, value);
    }
  }
}
