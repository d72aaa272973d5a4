package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditEvent;
import org.chancery.content.AuditLog;
import org.chancery.content.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInTest {

  @TempDir
  Path dir;

  ConsoleServer server;

  @BeforeEach
  void start() {
    server = ConsoleServer.start(dir);
    server.enrol("anna", Role.EDITOR);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void signing_in_opens_the_dashboard_with_the_name_and_role() {
    Browser browser = server.browser();

    browser.signIn("anna", ConsoleServer.PASSWORD).expectRedirectTo("/console");
    Browser.Reply dashboard = browser.get("/console").expectStatus(200);

    assertThat(dashboard.lines()).contains("Signed in as anna (Editor). Sign out", "Dashboard");
    assertThat(dashboard.header("Cache-Control")).contains("no-store");
  }

  @Test
  void the_name_is_taken_in_any_case() {
    server.browser().signIn("ANNA", ConsoleServer.PASSWORD).expectRedirectTo("/console");
  }

  @Test
  void a_wrong_password_and_an_unknown_name_are_refused_alike() {
    Browser browser = server.browser();

    Browser.Reply wrongPassword = browser.signIn("anna", "wrong horse battery").expectStatus(422);
    Browser.Reply unknownName = browser.signIn("boris", ConsoleServer.PASSWORD).expectStatus(422);

    assertThat(wrongPassword.error()).isEqualTo("The name or the password is wrong.");
    assertThat(unknownName.error()).isEqualTo("The name or the password is wrong.");
    assertThat(wrongPassword.html().select("input[name=name]").attr("value")).isEqualTo("anna");
    assertThat(browser.cookie(Sessions.COOKIE)).isEmpty();
    browser.get("/console").expectRedirectTo("/console/sign-in");
  }

  @Test
  void a_disabled_account_cannot_sign_in() {
    server.accounts.disable(server.accounts.byName("anna").orElseThrow().account().id(),
        new AuditEvent(Instant.EPOCH, Optional.empty(), AuditAction.ACCOUNT_DISABLED, "set up by a test", Optional.empty()));

    Browser.Reply reply = server.browser().signIn("anna", ConsoleServer.PASSWORD).expectStatus(422);

    assertThat(reply.error()).isEqualTo("This account is disabled; an administrator can enable it again.");
  }

  @Test
  void a_sign_in_form_without_its_cookie_is_refused() {
    Browser browser = server.browser();
    String token = browser.get("/console/sign-in").formToken();
    Browser other = server.browser(); // another site's page posting the form: the browser sends no cookie

    Browser.Reply reply = other.post("/console/sign-in", "csrf", token, "name", "anna", "password", ConsoleServer.PASSWORD)
        .expectStatus(403);

    assertThat(reply.lines()).contains("The form could not be accepted",
        "The form had expired or did not come from this console, so nothing was changed. Go back, reload the page and try again.");
    assertThat(other.cookie(Sessions.COOKIE)).isEmpty();
    browser.post("/console/sign-in", "name", "anna", "password", ConsoleServer.PASSWORD).expectStatus(403);
  }

  @Test
  void the_session_cookie_is_http_only_same_site_strict_for_the_console_only() {
    Browser.Reply reply = server.browser().signIn("anna", ConsoleServer.PASSWORD);

    String cookie = reply.setCookies().stream().filter(c -> c.startsWith(Sessions.COOKIE + "=")).findFirst().orElseThrow();
    assertThat(cookie).contains("; Path=/console", "; HttpOnly", "; SameSite=Strict", "; Max-Age=43200")
        .doesNotContain("Secure").doesNotContain("Domain");
    String token = cookie.substring(Sessions.COOKIE.length() + 1, cookie.indexOf(';'));
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  void cookies_are_secure_when_the_site_is_served_over_https() {
    try (ConsoleServer https = ConsoleServer.start(dir.resolve("https"), Locale.ENGLISH, true)) {
      https.enrol("anna", Role.EDITOR);
      Browser browser = https.browser();

      Browser.Reply form = browser.get("/console/sign-in");
      assertThat(form.setCookies()).singleElement().asString().startsWith(SignInPages.FORM_COOKIE + "=")
          .contains("; Path=/console/sign-in", "; Secure", "; HttpOnly", "; SameSite=Strict");
      // Over http a browser does not send a Secure cookie back; put it back by hand, to get on.
      String token = form.formToken();
      browser.addCookie(SignInPages.FORM_COOKIE, token, "/console/sign-in");
      Browser.Reply reply = browser.post("/console/sign-in", "csrf", token, "name", "anna",
          "password", ConsoleServer.PASSWORD);
      assertThat(reply.setCookies()).anySatisfy(c -> assertThat(c).startsWith(Sessions.COOKIE + "=").contains("; Secure"));
    }
  }

  @Test
  void only_the_hash_of_the_session_token_is_stored() {
    Browser browser = server.browser();
    browser.signIn("anna", ConsoleServer.PASSWORD);
    String token = browser.cookie(Sessions.COOKIE).orElseThrow().getValue();

    assertThat(server.accounts.session(token)).isEmpty();
    assertThat(server.accounts.session(Tokens.hash(token))).hasValueSatisfying(
        s -> assertThat(s.account().name()).isEqualTo("anna"));
  }

  @Test
  void signing_out_closes_the_session_so_its_cookie_opens_nothing_any_more() {
    Browser browser = server.browser();
    browser.signIn("anna", ConsoleServer.PASSWORD);
    String token = browser.cookie(Sessions.COOKIE).orElseThrow().getValue();

    Browser.Reply out = browser.post("/console/sign-out", "csrf", browser.csrf()).expectRedirectTo("/console/sign-in");

    assertThat(out.setCookies()).anySatisfy(c -> assertThat(c).startsWith(Sessions.COOKIE + "=;").contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
    browser.get("/console").expectRedirectTo("/console/sign-in");
    Browser thief = server.browser();
    thief.addCookie(Sessions.COOKIE, token);
    thief.get("/console").expectRedirectTo("/console/sign-in");
  }

  @Test
  void a_signed_in_browser_asking_for_the_sign_in_page_goes_to_the_dashboard() {
    Browser browser = server.signedIn(Role.WRITER);

    browser.get("/console/sign-in").expectRedirectTo("/console");
  }

  @Test
  void signing_in_again_replaces_the_session() {
    Browser browser = server.browser();
    browser.signIn("anna", ConsoleServer.PASSWORD);
    String first = browser.cookie(Sessions.COOKIE).orElseThrow().getValue();
    browser.addCookie(SignInPages.FORM_COOKIE, "x"); // a stale form cookie does not matter
    browser.post("/console/sign-out", "csrf", browser.csrf());

    browser.signIn("anna", ConsoleServer.PASSWORD).expectRedirectTo("/console");

    assertThat(browser.cookie(Sessions.COOKIE).orElseThrow().getValue()).isNotEqualTo(first);
    assertThat(server.accounts.session(Tokens.hash(first))).isEmpty();
  }

  @Test
  void sign_ins_failures_and_sign_outs_are_in_the_audit_log() {
    Browser browser = server.browser();
    browser.signIn("anna", "wrong horse battery");
    browser.signIn("nobody", "wrong horse battery");
    browser.signIn("anna", ConsoleServer.PASSWORD);
    browser.post("/console/sign-out", "csrf", browser.csrf());

    assertThat(server.audit.latest(10)).extracting(AuditLog.Entry::event).extracting(
        e -> e.action() + " " + e.account().orElse("-") + " " + e.detail() + " " + e.remoteAddress().orElse("-"))
        .containsExactly(
            "SIGNED_OUT anna  127.0.0.1",
            "SIGNED_IN anna  127.0.0.1",
            "SIGN_IN_FAILED - no account named 'nobody' 127.0.0.1",
            "SIGN_IN_FAILED anna wrong password 127.0.0.1",
            "ACCOUNT_ADDED - account 'anna' (Editor) -");
    assertThat(server.audit.latest(1).get(0).event().action()).isEqualTo(AuditAction.SIGNED_OUT);
  }

  @Test
  void console_pages_carry_the_security_headers() {
    Browser.Reply page = server.browser().get("/console/sign-in");

    assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("script-src 'self'", "frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe-inline"));
    assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.html().select("script")).isEmpty();
    assertThat(page.html().select("[style]")).isEmpty();
  }

  @Test
  void a_russian_console_speaks_russian() {
    try (ConsoleServer russian = ConsoleServer.start(dir.resolve("ru"), Locale.forLanguageTag("ru"), false)) {
      russian.enrol("anna", Role.EDITOR);

      Browser.Reply reply = russian.browser().signIn("anna", "wrong horse battery").expectStatus(422);

      assertThat(reply.html().select("html").attr("lang")).isEqualTo("ru");
      assertThat(reply.error()).isEqualTo("Неверное имя или пароль.");
      assertThat(reply.lines()).contains("Вход");
    }
  }
}
