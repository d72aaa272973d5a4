package org.chancery.console;

import java.util.List;
import java.util.Optional;

/**
 * The console's page models, one per template in {@code src/main/jte/console}. Public only
 * because the generated template classes live in another package.
 */
public final class Pages {

  private Pages() {}

  /** The sign-in form; {@code formToken} is the same value as the sign-in cookie. */
  public record SignIn(ConsoleChrome chrome, String formToken, String name, Optional<String> error) {}

  /** The page after sign-in: for now, the latest messages on the site. */
  public record Dashboard(ConsoleChrome chrome, List<MessageLine> messages) {
    public Dashboard {
      messages = List.copyOf(messages);
    }
  }

  /** A message in a list: its date, title and public address. */
  public record MessageLine(String date, String title, String path) {}

  /** The form to change one's own password. */
  public record Password(ConsoleChrome chrome, Optional<String> error) {}

  /** Every account, and the form to add one with what was typed into it last. */
  public record Accounts(ConsoleChrome chrome, List<AccountLine> accounts, String name, List<RoleChoice> roles,
      Optional<String> error) {
    public Accounts {
      accounts = List.copyOf(accounts);
      roles = List.copyOf(roles);
    }
  }

  /** One account in the list; {@code canDisable} is false for one's own and for disabled accounts. */
  public record AccountLine(long id, String name, String role, String created, String status, boolean canDisable) {}

  /** One option of the role list. */
  public record RoleChoice(String value, String label, boolean isSelected) {}

  /** The latest entries of the audit log. */
  public record Audit(ConsoleChrome chrome, List<AuditLine> entries) {
    public Audit {
      entries = List.copyOf(entries);
    }
  }

  /** One audit entry; an empty account or address is shown as a dash. */
  public record AuditLine(long seq, String at, String account, String action, String detail, String address) {}

  /** A request refused: not allowed, a stale form, too many attempts. */
  public record Refused(ConsoleChrome chrome, String heading, String explanation) {}
}
