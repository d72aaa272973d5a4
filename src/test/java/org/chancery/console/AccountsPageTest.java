package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chancery.content.Account;
import org.chancery.content.AuditLog;
import org.chancery.content.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsPageTest {

  @TempDir
  Path dir;

  ConsoleServer server;
  Browser admin;

  @BeforeEach
  void start() {
    server = ConsoleServer.start(dir);
    admin = server.signedIn(Role.ADMIN);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Browser.Reply add(String name, String role, String password, String again) {
    return admin.post("/console/accounts", "csrf", admin.csrf(), "name", name, "role", role, "password", password,
        "again", again);
  }

  @Test
  void an_administrator_adds_an_account_with_a_role_and_it_can_sign_in() {
    add("Boris.Petrov", "editor", "boris's long password", "boris's long password")
        .expectRedirectTo("/console/accounts?notice=account-added");

    Browser.Reply page = admin.get("/console/accounts?notice=account-added").expectStatus(200);
    assertThat(page.html().select("p.notice").text()).startsWith("The account was added.");
    assertThat(page.html().select("tbody tr")).extracting(row -> row.select("td").eachText().subList(0, 4).toString())
        .containsExactly("[admin, Administrator, 2026-11-20 10:05, Active]", "[Boris.Petrov, Editor, 2026-11-20 10:05, Active]");
    server.browser().signIn("boris.petrov", "boris's long password").expectRedirectTo("/console");
    assertThat(server.audit.latest(3)).extracting(AuditLog.Entry::event)
        .anySatisfy(e -> assertThat(e.account() + " " + e.action() + " " + e.detail())
            .isEqualTo("Optional[admin] ACCOUNT_ADDED account 'Boris.Petrov' (Editor)"));
  }

  @Test
  void a_name_taken_a_malformed_name_a_short_or_mistyped_password_and_no_role_are_refused() {
    assertThat(add("ADMIN", "writer", "a long enough password", "a long enough password").expectStatus(422).error())
        .isEqualTo("An account named 'ADMIN' exists already; choose another name.");
    assertThat(add("boris petrov", "writer", "a long enough password", "a long enough password").error())
        .isEqualTo("An account name is 2 to 40 letters, digits, dots, hyphens or underscores; 'boris petrov' is not.");
    assertThat(add("boris", "writer", "short", "short").error())
        .isEqualTo("A password needs at least 12 characters; this one has 5.");
    assertThat(add("boris", "writer", "a long enough password", "a long enough passwort").error())
        .isEqualTo("The two passwords differ; type the same password twice.");
    Browser.Reply noRole = add("boris", "owner", "a long enough password", "a long enough password");
    assertThat(noRole.error()).isEqualTo("Choose a role: writer, editor or administrator.");
    assertThat(noRole.html().select("input[name=name]").attr("value")).as("what was typed is kept").isEqualTo("boris");

    assertThat(server.accounts.all()).hasSize(1);
  }

  @Test
  void disabling_an_account_ends_its_sessions_and_stops_its_sign_in() {
    Account editor = server.enrol("editor", Role.EDITOR);
    Browser editorsBrowser = server.signedIn(Role.EDITOR);

    admin.post("/console/accounts/" + editor.id() + "/disable", "csrf", admin.csrf())
        .expectRedirectTo("/console/accounts?notice=account-disabled");

    editorsBrowser.get("/console").expectRedirectTo("/console/sign-in");
    assertThat(server.browser().signIn("editor", ConsoleServer.PASSWORD).error())
        .isEqualTo("This account is disabled; an administrator can add a new one.");
    Browser.Reply page = admin.get("/console/accounts");
    assertThat(page.html().select("tbody tr").get(1).select("td").eachText()).containsExactly(
        "editor", "Editor", "2026-11-20 10:05", "Disabled");
    assertThat(page.html().select("tbody tr").get(1).select("form")).as("nothing left to disable").isEmpty();
    assertThat(server.audit.latest(5)).extracting(e -> e.event().action() + " " + e.event().detail())
        .contains("ACCOUNT_DISABLED account 'editor' (Editor)");
  }

  @Test
  void an_administrator_cannot_disable_their_own_account_or_one_that_does_not_exist() {
    long own = server.accounts.byName("admin").orElseThrow().account().id();

    assertThat(admin.post("/console/accounts/" + own + "/disable", "csrf", admin.csrf()).expectStatus(422).error())
        .isEqualTo("You cannot disable your own account; another administrator can.");
    assertThat(admin.post("/console/accounts/99/disable", "csrf", admin.csrf()).expectStatus(422).error())
        .isEqualTo("There is no account number 99.");
    assertThat(admin.post("/console/accounts/x1/disable", "csrf", admin.csrf()).expectStatus(422).error())
        .isEqualTo("There is no account number x1.");
    assertThat(server.accounts.byId(own).orElseThrow().isActive()).isTrue();
    assertThat(admin.get("/console/accounts").html().select("tbody form")).as("no button to disable oneself").isEmpty();
  }

  @Test
  void the_audit_page_lists_the_latest_entries_first() {
    server.browser().signIn("nobody", "some password");

    Browser.Reply page = admin.get("/console/audit").expectStatus(200);

    assertThat(page.html().select("tbody tr").eachText()).containsExactly(
        "3 2026-11-20 10:05 - Sign-in failed no account named 'nobody' 127.0.0.1",
        "2 2026-11-20 10:05 admin Signed in 127.0.0.1",
        "1 2026-11-20 10:05 - Account added account 'admin' (Administrator) -");
  }
}
