package org.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.chancery.console.Passwords;
import org.chancery.content.AccountRecord;
import org.chancery.content.AccountRefusal;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditLog;
import org.chancery.content.Role;
import org.chancery.storage.Database;
import org.chancery.storage.JdbcAccountStore;
import org.chancery.storage.JdbcAuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chancery user add}: the first administrator, and any account, from the command line. */
class UserAddCommandTest {

  static final String PASSWORD = "correct horse battery";

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(PasswordInput input, String... args) {
    return Chancery.commandLine(input).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  private int add(String password, String... args) {
    return run(name -> password, args);
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  private AccountRecord stored(String name) {
    try (Database database = Database.openDataDirectory(dir.resolve("data"))) {
      return new JdbcAccountStore(database).byName(name).orElseThrow();
    }
  }

  @Test
  void an_account_is_added_with_an_argon2id_hash_of_its_password() {
    int exit = add(PASSWORD, "user", "add", "--data", data(), "--role", "admin", "anna");

    assertThat(exit).isZero();
    assertThat(out.toString().strip()).isEqualTo("Added the account 'anna' (Administrator).");
    assertThat(err.toString()).isEmpty();
    AccountRecord anna = stored("anna");
    assertThat(anna.account().role()).isEqualTo(Role.ADMIN);
    assertThat(anna.passwordHash()).startsWith("$argon2id$").doesNotContain(PASSWORD);
    assertThat(new Passwords().matches(PASSWORD, anna.passwordHash())).isTrue();
    try (Database database = Database.openDataDirectory(dir.resolve("data"))) {
      AuditLog.Entry entry = new JdbcAuditLog(database).latest(1).get(0);
      assertThat(entry.event().action()).isEqualTo(AuditAction.ACCOUNT_ADDED);
      assertThat(entry.event().account()).as("the command line acts as nobody").isEmpty();
      assertThat(entry.event().detail()).isEqualTo("account 'anna' (Administrator)");
    }
  }

  @Test
  void roles_are_written_in_lower_case_or_any_case() {
    assertThat(add(PASSWORD, "user", "add", "--data", data(), "--role", "Editor", "boris")).isZero();
    assertThat(add(PASSWORD, "user", "add", "--data", data(), "--role", "writer", "vera")).isZero();

    assertThat(stored("boris").account().role()).isEqualTo(Role.EDITOR);
    assertThat(stored("vera").account().role()).isEqualTo(Role.WRITER);
  }

  @Test
  void a_name_taken_is_refused_before_a_password_is_asked_for() {
    add(PASSWORD, "user", "add", "--data", data(), "--role", "admin", "anna");
    out.getBuffer().setLength(0);

    int exit = run(name -> {
      throw new AssertionError("asked for a password for a name that is taken");
    }, "user", "add", "--data", data(), "--role", "editor", "ANNA");

    assertThat(exit).isEqualTo(Chancery.REFUSED);
    assertThat(err.toString().strip())
        .isEqualTo("chancery: An account named 'ANNA' exists already; choose another name. Nothing was stored.");
    assertThat(stored("anna").account().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void a_password_under_twelve_characters_is_refused() {
    int exit = add("short", "user", "add", "--data", data(), "--role", "admin", "anna");

    assertThat(exit).isEqualTo(Chancery.REFUSED);
    assertThat(err.toString().strip())
        .isEqualTo("chancery: A password needs at least 12 characters; this one has 5. Nothing was stored.");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void two_different_passwords_typed_are_refused() {
    int exit = run(name -> {
      throw new AccountRefusal(AccountRefusal.Reason.PASSWORDS_DIFFER);
    }, "user", "add", "--data", data(), "--role", "admin", "anna");

    assertThat(exit).isEqualTo(Chancery.REFUSED);
    assertThat(err.toString().strip())
        .isEqualTo("chancery: The two passwords differ; type the same password twice. Nothing was stored.");
  }

  @Test
  void an_empty_standard_input_is_refused() {
    int exit = run(name -> {
      throw new java.io.IOException("No password on standard input: type it on a terminal, or pipe in one line.");
    }, "user", "add", "--data", data(), "--role", "admin", "anna");

    assertThat(exit).isEqualTo(Chancery.REFUSED);
    assertThat(err.toString().strip()).isEqualTo(
        "chancery: No password on standard input: type it on a terminal, or pipe in one line. Nothing was stored.");
  }

  @Test
  void a_malformed_name_and_an_unknown_role_are_refused() {
    assertThat(add(PASSWORD, "user", "add", "--data", data(), "--role", "admin", "anna berg")).isEqualTo(Chancery.REFUSED);
    assertThat(err.toString()).contains("An account name is 2 to 40 letters, digits, dots, hyphens or underscores;"
        + " 'anna berg' is not.");
    err.getBuffer().setLength(0);

    assertThat(add(PASSWORD, "user", "add", "--data", data(), "--role", "owner", "anna")).isEqualTo(2);
    assertThat(err.toString()).contains("'owner' is no role; allowed: admin, editor, writer");
  }

  @Test
  void the_password_is_read_from_standard_input_when_there_is_no_terminal() throws Exception {
    java.io.InputStream stdin = System.in;
    System.setIn(new java.io.ByteArrayInputStream((PASSWORD + "\nignored\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try {
      assertThat(PasswordInput.system().read("anna")).isEqualTo(PASSWORD);
    } finally {
      System.setIn(stdin);
    }
  }
}
