package org.chancery.content;

import java.time.Instant;
import java.util.Objects;

/**
 * An account as stored: who it is, the hash its password is checked against, and whether it may
 * still sign in.
 *
 * @param passwordHash the self-describing hash (e.g. {@code $argon2id$v=19$m=...}); never show it
 * @param createdAt when the account was added
 * @param disabled true once an administrator has disabled it; it then cannot sign in
 */
public record AccountRecord(Account account, String passwordHash, Instant createdAt, boolean disabled) {

  public AccountRecord {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public boolean isActive() {
    return !disabled;
  }

  /** Whether this account can administer the console now: enabled, and an administrator. */
  public boolean isActiveAdministrator() {
    return isActive() && account.role() == Role.ADMIN;
  }

  public AccountRecord withPasswordHash(String hash) {
    return new AccountRecord(account, hash, createdAt, disabled);
  }

  public AccountRecord asDisabled() {
    return new AccountRecord(account, passwordHash, createdAt, true);
  }

  public AccountRecord asEnabled() {
    return new AccountRecord(account, passwordHash, createdAt, false);
  }

  public AccountRecord withRole(Role role) {
    return new AccountRecord(new Account(account.id(), account.name(), role), passwordHash, createdAt, disabled);
  }
}
