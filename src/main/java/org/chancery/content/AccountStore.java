package org.chancery.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the console needs from storage about accounts and their sign-in sessions. Implemented over
 * JDBC in {@code storage}; tests may use an in-memory fake.
 *
 * <p>Names are unique without regard to case: "Anna" and "anna" are one account. Accounts are
 * never deleted, only disabled, so that the audit log and the history of each message keep
 * naming real people. A disabled account has no sessions and cannot open one.
 *
 * <p>There is always an enabled administrator once there has been one: the store refuses the
 * change that would leave none, in the transaction that would make it, so that two administrators
 * demoting each other at the same moment cannot both succeed.
 */
public interface AccountStore {

  /**
   * Stores a new, enabled account and returns it with its assigned id. Each change to accounts
   * writes its {@code audit} entry in its own transaction, as the message store's writes do (ADR
   * 7): an account is never changed without its entry, and a change refused, or one that changes
   * nothing, records nothing.
   *
   * @param passwordHash the password's hash in its self-describing format (algorithm, parameters,
   *     salt); never the password
   * @throws AccountRefusal when an account of that name, in any case, exists already
   */
  Account add(String name, Role role, String passwordHash, Instant createdAt, AuditEvent audit);

  /** The account of this name, in any case, disabled or not. */
  Optional<AccountRecord> byName(String name);

  /** The account with this id, disabled or not. */
  Optional<AccountRecord> byId(long id);

  /** Every account, in name order (by {@link #nameKey}). */
  List<AccountRecord> all();

  /**
   * Replaces the account's password hash and closes its sessions but {@code keepSession}, in one
   * transaction; nothing happens for an unknown id.
   */
  void changePasswordHash(long id, String passwordHash, Optional<String> keepSession, AuditEvent audit);

  /**
   * Gives the account this role; its open sessions have it at once. Nothing happens for an unknown
   * id.
   *
   * @throws AccountRefusal changing nothing, when the account is the last enabled administrator
   *     and the role is another
   */
  void changeRole(long id, Role role, AuditEvent audit);

  /**
   * Disables the account and closes all of its sessions, in one transaction.
   *
   * @throws AccountRefusal changing nothing, when the account is the last enabled administrator
   */
  void disable(long id, AuditEvent audit);

  /** Enables a disabled account: it can sign in again. Nothing happens for an unknown id. */
  void enable(long id, AuditEvent audit);

  /** Stores a new session. Its account must exist and be enabled. */
  void openSession(Session session);

  /** The session with this id, with its account as it is now, if the account is enabled. */
  Optional<Session> session(String id);

  /** Records that the session was used at {@code at}: the start of its idle time. */
  void touchSession(String id, Instant at);

  /** Closes (forgets) the session; nothing happens for an unknown id. */
  void closeSession(String id);

  /** Closes every session of the account but {@code keep}, e.g. after a password change. */
  void closeSessionsOf(long accountId, Optional<String> keep);

  /**
   * Forgets sessions that have ended: those expiring by {@code now}, and those last used at or
   * before {@code idleSince}.
   */
  void closeEndedSessions(Instant now, Instant idleSince);

  /**
   * Takes one sign-in attempt for the name (its {@link #nameKey}) and the address, when neither has
   * had {@code allowance}'s number of attempts, not given back, in the window before {@code now}.
   * The count is the store's, so every app node over one database counts against the same
   * allowance; a refused attempt is not counted.
   */
  SignInAttempt takeSignInAttempt(String nameKey, String address, Instant now, SignInAttempt.Allowance allowance);

  /** Gives back an attempt taken, after a sign-in that succeeded: it no longer counts. */
  void giveBackSignInAttempt(long id);

  /** The form of a name that uniqueness and sign-in compare: lower case, whatever the locale. */
  static String nameKey(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
