package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chancery.content.AccountRecord;
import org.chancery.content.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Script, markup and SQL typed into any field is shown as text and changes nothing it should not. */
class HostileInputTest {

  static final List<String> HOSTILE = List.of(
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>",
      "admin' OR '1'='1",
      "x'); DROP TABLE account; --",
      "</title><style>*{}</style>");

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

  @Test
  void hostile_sign_in_names_and_passwords_sign_nobody_in_and_show_as_text() {
    for (String hostile : HOSTILE) {
      Browser browser = server.browser();

      Browser.Reply reply = browser.signIn(hostile, hostile).expectStatus(422);

      assertThat(reply.error()).isEqualTo("The name or the password is wrong.");
      assertThat(reply.html().select("input[name=name]").attr("value")).isEqualTo(hostile);
      assertNoInjectedMarkup(reply);
      assertThat(browser.cookie(Sessions.COOKIE)).isEmpty();
    }
    Browser.Reply audit = admin.get("/console/audit").expectStatus(200);
    assertThat(audit.lines()).anySatisfy(line -> assertThat(line).contains("no account named '<script>alert(1)</script>'"));
    assertNoInjectedMarkup(audit);
  }

  @Test
  void hostile_account_names_are_refused_shown_as_text_and_store_nothing() {
    List<AccountRecord> before = server.accounts.all();
    for (String hostile : HOSTILE) {
      Browser.Reply reply = admin.post("/console/accounts", "csrf", admin.csrf(), "name", hostile, "role", "admin",
          "password", "a long enough password", "again", "a long enough password").expectStatus(422);

      assertThat(reply.error()).isEqualTo("An account name is 2 to 40 letters, digits, dots, hyphens or underscores; '"
          + hostile.strip() + "' is not.");
      assertThat(reply.html().select("input[name=name]").attr("value")).isEqualTo(hostile);
      assertNoInjectedMarkup(reply);
    }
    assertThat(server.accounts.all()).isEqualTo(before);
  }

  @Test
  void hostile_roles_passwords_and_paths_change_nothing() {
    List<AccountRecord> before = server.accounts.all();
    for (String hostile : HOSTILE) {
      admin.post("/console/accounts", "csrf", admin.csrf(), "name", "boris", "role", hostile,
          "password", "a long enough password", "again", "a long enough password").expectStatus(422);
      Browser.Reply password = admin.post("/console/password", "csrf", admin.csrf(), "current", hostile,
          "password", hostile, "again", hostile).expectStatus(422);
      assertNoInjectedMarkup(password);
    }
    admin.post("/console/accounts/1%20OR%201=1/disable", "csrf", admin.csrf()).expectStatus(422);

    assertThat(server.accounts.all()).isEqualTo(before);
    admin.get("/console/accounts").expectStatus(200);
  }

  @Test
  void a_link_cannot_put_its_own_notice_on_a_page() {
    Browser.Reply page = admin.get("/console?notice=%3Cscript%3Ealert(1)%3C/script%3E").expectStatus(200);

    assertThat(page.html().select("p.notice")).isEmpty();
    assertNoInjectedMarkup(page);
  }

  private static void assertNoInjectedMarkup(Browser.Reply reply) {
    assertThat(reply.html().select("script, img, style")).as("elements in %s", reply.response().uri()).isEmpty();
    assertThat(reply.html().select("[onerror]")).isEmpty();
    assertThat(reply.body()).doesNotContain("<script>", "<img src=x");
  }
}
