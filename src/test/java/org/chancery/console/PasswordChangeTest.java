package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditEvent;
import org.chancery.content.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordChangeTest {

  static final String NEW = "a brand new passphrase";

  @TempDir
  Path dir;

  ConsoleServer server;
  Browser browser;

  @BeforeEach
  void start() {
    server = ConsoleServer.start(dir);
    browser = server.signedIn(Role.WRITER);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Browser.Reply change(String current, String password, String again) {
    return browser.post("/console/password", "csrf", browser.csrf(), "current", current, "password", password,
        "again", again);
  }

  @Test
  void the_new_password_opens_the_account_and_the_old_one_no_longer_does() {
    Browser elsewhere = server.signedIn(Role.WRITER);

    change(ConsoleServer.PASSWORD, NEW, NEW).expectRedirectTo("/console/password?notice=password-changed");

    assertThat(browser.get("/console/password?notice=password-changed").html().select("p.notice").text())
        .isEqualTo("Your password was changed. Your other sessions were signed out.");
    elsewhere.get("/console").expectRedirectTo("/console/sign-in");
    server.browser().signIn("writer", ConsoleServer.PASSWORD).expectStatus(422);
    server.browser().signIn("writer", NEW).expectRedirectTo("/console");
    AuditEvent changed = server.audit.latest(10).stream().map(e -> e.event())
        .filter(e -> e.action() == AuditAction.PASSWORD_CHANGED).findFirst().orElseThrow();
    assertThat(changed.account()).contains("writer");
    assertThat(changed.detail()).isEqualTo("other sessions closed");
  }

  @Test
  void a_wrong_current_password_a_mismatch_and_a_short_password_are_refused_and_change_nothing() {
    String hash = server.accounts.byName("writer").orElseThrow().passwordHash();

    assertThat(change("not my password", NEW, NEW).expectStatus(422).error()).isEqualTo("The current password is wrong.");
    assertThat(change(ConsoleServer.PASSWORD, NEW, NEW + "!").expectStatus(422).error())
        .isEqualTo("The two passwords differ; type the same password twice.");
    assertThat(change(ConsoleServer.PASSWORD, "too short", "too short").expectStatus(422).error())
        .isEqualTo("A password needs at least 12 characters; this one has 9.");

    assertThat(server.accounts.byName("writer").orElseThrow().passwordHash()).isEqualTo(hash);
  }

  @Test
  void the_form_asks_for_the_current_password_and_the_new_one_twice() {
    Browser.Reply form = browser.get("/console/password").expectStatus(200);

    assertThat(form.html().select("form[action=/console/password] input[type=password]"))
        .extracting(e -> e.attr("name") + " " + e.attr("autocomplete"))
        .containsExactly("current current-password", "password new-password", "again new-password");
  }
}
