package org.chancery.console;

import java.time.Instant;
import java.util.Optional;
import org.chancery.content.Account;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditEvent;

/**
 * Who does something and from where, as the audit log records it.
 *
 * @param account the signed-in account, or empty for the command line or someone not signed in
 * @param address the remote address of the request, or empty for the command line
 */
public record Actor(Optional<Account> account, Optional<String> address) {

  /** The operator at the command line: someone with the server's files, not a console account. */
  public static Actor commandLine() {
    return new Actor(Optional.empty(), Optional.empty());
  }

  /** Someone not signed in, e.g. at the sign-in form. */
  static Actor anonymous(String address) {
    return new Actor(Optional.empty(), Optional.of(address));
  }

  static Actor signedIn(Account account, String address) {
    return new Actor(Optional.of(account), Optional.of(address));
  }

  Optional<String> accountName() {
    return account.map(Account::name);
  }

  /** The audit log's entry of something this actor did at {@code at}. */
  AuditEvent entry(Instant at, AuditAction action, String detail) {
    return new AuditEvent(at, accountName(), action, detail, address);
  }
}
