package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chancery.content.Account;
import org.chancery.content.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A form posted without the session's token, or with another, is refused and changes nothing. */
class CsrfTest {

  static final String REFUSAL =
      "The form had expired or did not come from this console, so nothing was changed. Go back, reload the page and try again.";

  @TempDir
  Path dir;

  ConsoleServer server;
  Browser admin;
  Account writer;

  @BeforeEach
  void start() {
    server = ConsoleServer.start(dir);
    admin = server.signedIn(Role.ADMIN);
    writer = server.enrol("writer", Role.WRITER);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void adding_an_account_without_the_token_or_with_a_wrong_one_is_refused() {
    for (String[] token : new String[][] {{}, {"csrf", ""}, {"csrf", "wrong"}, {"csrf", otherSessionsToken()}}) {
      String[] fields = concat(token, "name", "mallory", "role", "admin", "password", "mallory's password", "again",
          "mallory's password");

      Browser.Reply reply = admin.post("/console/accounts", fields).expectStatus(403);

      assertThat(reply.lines()).contains("The form could not be accepted", REFUSAL);
      assertThat(server.accounts.byName("mallory")).isEmpty();
    }
    admin.post("/console/accounts", "csrf", admin.csrf(), "name", "mallory", "role", "writer",
        "password", "mallory's password", "again", "mallory's password").expectRedirectTo("/console/accounts?notice=account-added");
  }

  @Test
  void disabling_an_account_changing_a_password_and_signing_out_need_the_token_too() {
    String hash = server.accounts.byName("admin").orElseThrow().passwordHash();
    long audited = server.audit.latest(1).get(0).seq();

    admin.post("/console/accounts/" + writer.id() + "/disable", "csrf", "wrong").expectStatus(403);
    admin.post("/console/password", "current", ConsoleServer.PASSWORD, "password", "a new long password",
        "again", "a new long password").expectStatus(403);
    admin.post("/console/sign-out").expectStatus(403);

    assertThat(server.accounts.byId(writer.id()).orElseThrow().isActive()).isTrue();
    assertThat(server.accounts.byName("admin").orElseThrow().passwordHash()).isEqualTo(hash);
    assertThat(server.audit.latest(1).get(0).seq()).isEqualTo(audited);
    admin.get("/console").expectStatus(200); // still signed in
  }

  @Test
  void changing_a_role_and_enabling_an_account_need_the_token_too() {
    Account disabled = server.enrol("boris", Role.EDITOR);
    server.verbs.disable(disabled.id(), Actor.commandLine());
    String[][] tokens = {{}, {"csrf", ""}, {"csrf", "wrong"}, {"csrf", otherSessionsToken()}};
    long audited = server.audit.latest(1).get(0).seq();

    for (String[] token : tokens) {
      assertThat(admin.post("/console/accounts/" + writer.id() + "/role", concat(token, "role", "admin"))
          .expectStatus(403).lines()).contains(REFUSAL);
      assertThat(admin.post("/console/accounts/" + disabled.id() + "/enable", token).expectStatus(403).lines())
          .contains(REFUSAL);
    }

    assertThat(server.accounts.byId(writer.id()).orElseThrow().account().role()).isEqualTo(Role.WRITER);
    assertThat(server.accounts.byId(disabled.id()).orElseThrow().disabled()).isTrue();
    assertThat(server.audit.latest(1).get(0).seq()).isEqualTo(audited);
    admin.post("/console/accounts/" + writer.id() + "/role", "csrf", admin.csrf(), "role", "admin").expectStatus(303);
    admin.post("/console/accounts/" + disabled.id() + "/enable", "csrf", admin.csrf()).expectStatus(303);
    assertThat(server.accounts.byId(writer.id()).orElseThrow().account().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void each_session_has_its_own_token() {
    String first = admin.csrf();
    Browser again = server.signedIn(Role.ADMIN);

    assertThat(again.csrf()).isNotEqualTo(first).matches("[A-Za-z0-9_-]{43}");
    assertThat(admin.csrf()).isEqualTo(first);
  }

  private String otherSessionsToken() {
    return server.signedIn(Role.EDITOR).csrf();
  }

  private static String[] concat(String[] first, String... rest) {
    String[] all = new String[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}
