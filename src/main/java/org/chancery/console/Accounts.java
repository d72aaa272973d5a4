package org.chancery.console;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.chancery.content.Account;
import org.chancery.content.AccountRecord;
import org.chancery.content.AccountRefusal;
import org.chancery.content.AccountRefusal.Reason;
import org.chancery.content.AccountStore;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditEvent;
import org.chancery.content.AuditLog;
import org.chancery.content.Role;
import org.chancery.content.Session;

/**
 * The account verbs, shared by the command line and the console: enrol, sign in, change a
 * password, change a role, disable, enable. Each checks its rule, refusing with an
 * {@link AccountRefusal}, stores the change and records it in the audit log. Who may call which
 * verb is checked by the caller (the console's routes); these check only what holds whoever calls.
 */
public final class Accounts {

  /** Names typed at the sign-in form go into the audit log; an attacker's megabyte need not. */
  private static final int AUDITED_NAME_LENGTH = 60;

  private final AccountStore store;
  private final AuditLog audit;
  private final Passwords passwords;
  private final Clock clock;

  public Accounts(AccountStore store, AuditLog audit, Passwords passwords, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Refuses a name that is malformed or taken, before anyone types a password for it. {@link #enrol}
   * checks again: someone may take the name in between.
   */
  public void requireAvailable(String name) {
    requireWellFormed(name);
    if (store.byName(name).isPresent()) {
      throw new AccountRefusal(Reason.NAME_TAKEN, name);
    }
  }

  /** Adds an account with this password, once it has passed the rules; refuses a name taken. */
  public Account enrol(String name, Role role, String password, Actor by) {
    requireWellFormed(name);
    passwords.requireAcceptable(password);
    return store.add(name, role, passwords.hash(password), clock.instant(),
        entry(by, AuditAction.ACCOUNT_ADDED, describe(name, role)));
  }

  /** The console's form: the new account's password typed twice. */
  Account enrol(String name, Role role, String password, String again, Actor by) {
    requireWellFormed(name);
    requireSame(password, again);
    return enrol(name, role, password, by);
  }

  /**
   * The enabled account of this name, if the password is its password. Every attempt is
   * recorded; a wrong name and a wrong password are refused alike, after the same work.
   */
  Account signIn(String name, String password, Actor from) {
    Optional<AccountRecord> found = store.byName(name);
    if (found.isEmpty()) {
      passwords.matchesNoAccount(password);
      record(from, AuditAction.SIGN_IN_FAILED, "no account named " + quoted(name));
      throw new AccountRefusal(Reason.WRONG_NAME_OR_PASSWORD);
    }
    Account account = found.get().account();
    Actor who = new Actor(Optional.of(account), from.address());
    if (!passwords.matches(password, found.get().passwordHash())) {
      record(who, AuditAction.SIGN_IN_FAILED, "wrong password");
      throw new AccountRefusal(Reason.WRONG_NAME_OR_PASSWORD);
    }
    if (found.get().disabled()) {
      record(who, AuditAction.SIGN_IN_FAILED, "account disabled");
      throw new AccountRefusal(Reason.ACCOUNT_DISABLED);
    }
    record(who, AuditAction.SIGNED_IN, "");
    return account;
  }

  void signedOut(Actor who) {
    record(who, AuditAction.SIGNED_OUT, "");
  }

  /** Changes the session's account's password and closes its other sessions. */
  void changePassword(Session session, String current, String fresh, String again, Actor by) {
    AccountRecord account = existing(session.account().id());
    if (!passwords.matches(current, account.passwordHash())) {
      throw new AccountRefusal(Reason.CURRENT_PASSWORD_WRONG);
    }
    requireSame(fresh, again);
    passwords.requireAcceptable(fresh);
    // Whoever else held a session of this account may be the reason for the change.
    store.changePasswordHash(account.account().id(), passwords.hash(fresh), Optional.of(session.id()),
        entry(by, AuditAction.PASSWORD_CHANGED, "other sessions closed"));
  }

  /**
   * Gives the account this role; its open sessions have it at once. The last enabled
   * administrator keeps theirs (the store refuses).
   */
  void changeRole(long id, Role role, Actor by) {
    AccountRecord account = existing(id);
    if (account.account().role() != role) {
      store.changeRole(id, role,
          entry(by, AuditAction.ACCOUNT_ROLE_CHANGED, describe(account.account()) + ", now " + role.label()));
    }
  }

  /** Disables the account and ends its sessions; nobody can disable their own. */
  void disable(long id, Actor by) {
    AccountRecord account = existing(id);
    if (by.account().map(a -> a.id() == id).orElse(false)) {
      throw new AccountRefusal(Reason.DISABLING_ONESELF);
    }
    if (account.isActive()) {
      store.disable(id, entry(by, AuditAction.ACCOUNT_DISABLED, describe(account.account())));
    }
  }

  /** Enables a disabled account: it can sign in again with the password it had. */
  void enable(long id, Actor by) {
    AccountRecord account = existing(id);
    if (account.disabled()) {
      store.enable(id, entry(by, AuditAction.ACCOUNT_ENABLED, describe(account.account())));
    }
  }

  private AccountRecord existing(long id) {
    return store.byId(id).orElseThrow(() -> new AccountRefusal(Reason.NO_SUCH_ACCOUNT, Long.toString(id)));
  }

  private static void requireWellFormed(String name) {
    try {
      new Account(0, name, Role.WRITER); // the name's rule lives in Account
    } catch (IllegalArgumentException e) {
      throw new AccountRefusal(Reason.NAME_MALFORMED, name);
    }
  }

  private static void requireSame(String password, String again) {
    if (!password.equals(again)) {
      throw new AccountRefusal(Reason.PASSWORDS_DIFFER);
    }
  }

  /** Records what is not a change to accounts (a sign-in, a sign-out) in a transaction of its own. */
  private void record(Actor who, AuditAction action, String detail) {
    audit.append(entry(who, action, detail));
  }

  /** The entry a change to accounts writes in its own transaction. */
  private AuditEvent entry(Actor who, AuditAction action, String detail) {
    return who.entry(clock.instant(), action, detail);
  }

  private static String describe(Account account) {
    return describe(account.name(), account.role());
  }

  private static String describe(String name, Role role) {
    return "account " + quoted(name) + " (" + role.label() + ")";
  }

  private static String quoted(String name) {
    String shown = name.length() > AUDITED_NAME_LENGTH ? name.substring(0, AUDITED_NAME_LENGTH) + "..." : name;
    return "'" + shown + "'";
  }
}
