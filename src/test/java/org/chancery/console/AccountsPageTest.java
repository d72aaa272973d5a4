package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.content.Audits.SET_UP;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.chancery.content.Account;
import org.chancery.content.AuditLog;
import org.chancery.content.Body;
import org.chancery.content.EditionState;
import org.chancery.content.Message;
import org.chancery.content.Role;
import org.chancery.content.Section;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrators' Accounts page over the real server: adding, changing roles, disabling, enabling. */
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

  private static Browser.Reply changeRole(Browser browser, long id, String role) {
    return browser.post("/console/accounts/" + id + "/role", "csrf", browser.csrf(), "role", role);
  }

  /** A message a writer drafted and submitted, waiting for an editor. */
  private long submittedDraft() {
    Account writer = server.enrol("writer", Role.WRITER);
    long number = server.newsroom().draft(Message.create(Section.NEWS, "Statement on the bridge",
        LocalDate.parse("2026-11-20"), Body.of(List.of("The bridge opens in May."))), writer, SET_UP).messageNumber();
    server.newsroom().submit(number, 1, writer, SET_UP);
    return number;
  }

  private static String edition(long number) {
    return "/console/messages/" + number + "/editions/1";
  }

  /** The latest entries of the audit log as "account action detail". */
  private List<String> audited(int latest) {
    return server.audit.latest(latest).stream().map(AuditLog.Entry::event)
        .map(e -> e.account().orElse("-") + " " + e.action() + " " + e.detail()).toList();
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
        .isEqualTo("This account is disabled; an administrator can enable it again.");
    Browser.Reply page = admin.get("/console/accounts");
    assertThat(page.html().select("tbody tr").get(1).select("td").eachText().subList(0, 4)).containsExactly(
        "editor", "Editor", "2026-11-20 10:05", "Disabled");
    assertThat(page.html().select("tbody tr").get(1).select("form[action$=/disable]")).as("nothing left to disable")
        .isEmpty();
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
    assertThat(admin.get("/console/accounts").html().select("tbody form[action$=/disable]"))
        .as("no button to disable oneself").isEmpty();
  }

  @Test
  void an_administrator_changes_a_role_and_the_list_and_the_audit_log_show_it() {
    Account boris = server.enrol("boris", Role.WRITER);

    changeRole(admin, boris.id(), "editor").expectRedirectTo("/console/accounts?notice=account-role-changed");

    Browser.Reply page = admin.get("/console/accounts?notice=account-role-changed").expectStatus(200);
    assertThat(page.html().select("p.notice").text())
        .isEqualTo("The role was changed; the account's open sessions have the new role already.");
    Element row = page.html().select("tbody tr").get(1);
    assertThat(row.select("td").eachText().subList(0, 2)).containsExactly("boris", "Editor");
    assertThat(row.select("select[name=role] option[selected]").eachAttr("value")).containsExactly("editor");
    assertThat(server.accounts.byId(boris.id()).orElseThrow().account().role()).isEqualTo(Role.EDITOR);
    assertThat(audited(3)).contains("admin ACCOUNT_ROLE_CHANGED account 'boris' (Writer), now Editor");
  }

  @Test
  void a_demoted_editor_s_open_session_loses_the_editor_actions_at_once() {
    Browser editor = server.signedIn(Role.EDITOR);
    String csrf = editor.csrf();
    long editorId = server.accounts.byName("editor").orElseThrow().account().id();
    long number = submittedDraft();

    changeRole(admin, editorId, "writer").expectStatus(303);

    Browser.Reply refused = editor.post(edition(number) + "/publish", "csrf", csrf).expectStatus(403);
    assertThat(refused.lines()).contains(
        "Your role (Writer) cannot open this page or do this. Ask an administrator if you need to.");
    assertThat(server.editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.SUBMITTED);
    assertThat(editor.get("/console").expectStatus(200).lines()).as("still signed in, as a writer")
        .anySatisfy(l -> assertThat(l).startsWith("Signed in as editor (Writer)."));
  }

  @Test
  void the_only_administrator_cannot_give_up_the_role_and_nothing_changes() {
    long own = server.accounts.byName("admin").orElseThrow().account().id();
    long audited = server.audit.latest(1).get(0).seq();

    for (String role : new String[] {"editor", "writer"}) {
      assertThat(changeRole(admin, own, role).expectStatus(422).error())
          .isEqualTo("'admin' is the only enabled administrator; make another account an administrator first.");
    }

    assertThat(server.accounts.byId(own).orElseThrow().account().role()).isEqualTo(Role.ADMIN);
    assertThat(server.audit.latest(1).get(0).seq()).as("nothing recorded").isEqualTo(audited);
    admin.get("/console/accounts").expectStatus(200);
  }

  @Test
  void with_another_administrator_one_can_step_down_and_is_taken_to_the_dashboard() {
    server.enrol("boris", Role.ADMIN);
    long own = server.accounts.byName("admin").orElseThrow().account().id();

    changeRole(admin, own, "editor").expectRedirectTo("/console?notice=account-role-changed");

    assertThat(admin.get("/console?notice=account-role-changed").html().select("p.notice").text())
        .isEqualTo("The role was changed; the account's open sessions have the new role already.");
    admin.get("/console/accounts").expectStatus(403);
    assertThat(server.accounts.byId(own).orElseThrow().account().role()).isEqualTo(Role.EDITOR);
  }

  @Test
  void an_unknown_role_or_account_is_refused_by_name_and_changes_nothing() {
    Account boris = server.enrol("boris", Role.WRITER);
    long audited = server.audit.latest(1).get(0).seq();

    assertThat(changeRole(admin, boris.id(), "owner").expectStatus(422).error())
        .isEqualTo("Role: 'owner' is not a role; choose writer, editor or administrator.");
    Browser.Reply hostile = changeRole(admin, boris.id(), "<b>admin</b>").expectStatus(422);
    assertThat(hostile.error()).isEqualTo("Role: '<b>admin</b>' is not a role; choose writer, editor or administrator.");
    assertThat(hostile.html().select("p.error b")).as("the value is shown as text").isEmpty();
    assertThat(changeRole(admin, 99, "editor").expectStatus(422).error()).isEqualTo("There is no account number 99.");
    assertThat(admin.post("/console/accounts/x1/enable", "csrf", admin.csrf()).expectStatus(422).error())
        .isEqualTo("There is no account number x1.");

    assertThat(server.accounts.byId(boris.id()).orElseThrow().account().role()).isEqualTo(Role.WRITER);
    assertThat(server.audit.latest(1).get(0).seq()).as("nothing recorded").isEqualTo(audited);
  }

  @Test
  void enabling_a_disabled_account_lets_it_sign_in_again() {
    Account editor = server.enrol("editor", Role.EDITOR);
    admin.post("/console/accounts/" + editor.id() + "/disable", "csrf", admin.csrf()).expectStatus(303);
    Browser.Reply disabled = admin.get("/console/accounts");
    assertThat(disabled.html().select("tbody tr").get(1).select("form[action$=/enable] button").text())
        .isEqualTo("Enable editor");

    admin.post("/console/accounts/" + editor.id() + "/enable", "csrf", admin.csrf())
        .expectRedirectTo("/console/accounts?notice=account-enabled");

    server.browser().signIn("editor", ConsoleServer.PASSWORD).expectRedirectTo("/console");
    Element row = admin.get("/console/accounts").html().select("tbody tr").get(1);
    assertThat(row.select("td").eachText().subList(0, 4)).containsExactly("editor", "Editor", "2026-11-20 10:05", "Active");
    assertThat(row.select("form[action$=/enable]")).isEmpty();
    assertThat(row.select("form[action$=/disable]")).hasSize(1);
    assertThat(audited(5)).contains("admin ACCOUNT_ENABLED account 'editor' (Editor)");
  }

  @Test
  void a_writer_or_an_editor_cannot_change_roles_or_enable_accounts() {
    Account disabled = server.enrol("boris", Role.WRITER);
    server.verbs.disable(disabled.id(), Actor.commandLine());
    for (Role role : new Role[] {Role.WRITER, Role.EDITOR}) {
      Browser browser = server.signedIn(role);
      long own = server.accounts.byName(role.name().toLowerCase(Locale.ROOT)).orElseThrow().account().id();
      long audited = server.audit.latest(1).get(0).seq();

      changeRole(browser, own, "admin").expectStatus(403);
      browser.post("/console/accounts/" + disabled.id() + "/enable", "csrf", browser.csrf()).expectStatus(403);

      assertThat(server.accounts.byId(own).orElseThrow().account().role()).isEqualTo(role);
      assertThat(server.accounts.byId(disabled.id()).orElseThrow().disabled()).isTrue();
      assertThat(server.audit.latest(1).get(0).seq()).isEqualTo(audited);
    }
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
