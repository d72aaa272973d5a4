package org.chancery.console;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.chancery.content.AccountRecord;
import org.chancery.content.AccountRefusal;
import org.chancery.content.AccountStore;
import org.chancery.content.Role;
import org.chancery.content.Session;

/**
 * The administrators' page of accounts: the list; adding an account, changing its role, disabling
 * it and enabling it again.
 */
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
      accounts.enrol(name, role.get(), Forms.field(ctx, "password"), Forms.field(ctx, "again"), by(ctx, session));
      ConsolePages.seeOther(ctx, ConsolePages.Notice.ACCOUNT_ADDED.on(ConsoleRoutes.ACCOUNTS));
    } catch (AccountRefusal refusal) {
      show(ctx, 422, session, name, role.get(), Optional.of(pages.sentence(refusal)));
    }
  }

  void changeRole(Context ctx, Session session) {
    String value = Forms.field(ctx, "role");
    Optional<Role> role = role(value);
    if (role.isEmpty()) {
      String refusal = pages.text().format("console.accounts.role-unknown", value);
      show(ctx, 422, session, "", Role.WRITER, Optional.of(refusal));
      return;
    }
    change(ctx, session, () -> {
      long id = id(ctx.pathParam("id"));
      accounts.changeRole(id, role.get(), by(ctx, session));
      // An administrator who gave the role up can no longer open this page.
      boolean stillAdministering = id != session.account().id() || role.get().canAdminister();
      String next = stillAdministering ? ConsoleRoutes.ACCOUNTS : ConsoleRoutes.DASHBOARD;
      return ConsolePages.Notice.ACCOUNT_ROLE_CHANGED.on(next);
    });
  }

  void disable(Context ctx, Session session) {
    change(ctx, session, () -> {
      accounts.disable(id(ctx.pathParam("id")), by(ctx, session));
      return ConsolePages.Notice.ACCOUNT_DISABLED.on(ConsoleRoutes.ACCOUNTS);
    });
  }

  void enable(Context ctx, Session session) {
    change(ctx, session, () -> {
      accounts.enable(id(ctx.pathParam("id")), by(ctx, session));
      return ConsolePages.Notice.ACCOUNT_ENABLED.on(ConsoleRoutes.ACCOUNTS);
    });
  }

  /**
   * Makes a change to an account and redirects to the page {@code change} names; a refusal shows
   * the list again with its sentence, nothing changed.
   */
  private void change(Context ctx, Session session, Supplier<String> change) {
    try {
      ConsolePages.seeOther(ctx, change.get());
    } catch (AccountRefusal refusal) {
      show(ctx, 422, session, "", Role.WRITER, Optional.of(pages.sentence(refusal)));
    }
  }

  private Actor by(Context ctx, Session session) {
    return Actor.signedIn(session.account(), pages.address(ctx));
  }

  private void show(Context ctx, int status, Session session, String name, Role role, Optional<String> error) {
    var lines = store.all().stream().map(a -> line(a, session)).toList();
    pages.render(ctx, status, "accounts.jte", new Pages.Accounts(
        pages.chrome(ctx, Optional.of(session), "console.accounts.title"), lines, name, roles(role), error));
  }

  private Pages.AccountLine line(AccountRecord a, Session session) {
    String status = pages.text().get(a.disabled() ? "console.accounts.disabled" : "console.accounts.active");
    boolean canDisable = a.isActive() && a.account().id() != session.account().id();
    return new Pages.AccountLine(a.account().id(), a.account().name(), pages.role(a.account().role()),
        pages.time(a.createdAt()), status, roles(a.account().role()), canDisable, a.disabled());
  }

  /** The role list with {@code selected} chosen. */
  private List<Pages.Choice> roles(Role selected) {
    return Arrays.stream(Role.values())
        .map(r -> new Pages.Choice(r.name().toLowerCase(Locale.ROOT), pages.role(r), r == selected))
        .toList();
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
