package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.chancery.content.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitTest {

  static final String TOO_MANY = "Too many failed attempts for this name or from this address. Try again in 15 minutes.";

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
  void the_sixth_attempt_at_a_name_in_fifteen_minutes_is_refused_even_with_the_right_password() {
    Browser browser = server.browser();
    for (int i = 1; i <= 5; i++) {
      assertThat(browser.signIn("anna", "guess number " + i).status()).as("attempt %d", i).isEqualTo(422);
    }
    long audited = server.audit.latest(1).get(0).seq();

    Browser.Reply sixth = browser.signIn("anna", ConsoleServer.PASSWORD).expectStatus(429);

    assertThat(sixth.lines()).contains("Too many attempts", TOO_MANY);
    assertThat(sixth.header("Retry-After")).contains("900");
    assertThat(browser.cookie(Sessions.COOKIE)).isEmpty();
    assertThat(server.audit.latest(1).get(0).seq()).as("a refused attempt checks no password").isEqualTo(audited);
    assertThat(server.browser().signIn("ANNA", ConsoleServer.PASSWORD).status()).as("the name in any case").isEqualTo(429);

    server.clock.advance(Duration.ofMinutes(15));
    browser.signIn("anna", ConsoleServer.PASSWORD).expectRedirectTo("/console");
  }

  @Test
  void successful_sign_ins_use_up_nothing() {
    for (int i = 1; i <= 10; i++) {
      server.browser().signIn("anna", ConsoleServer.PASSWORD).expectRedirectTo("/console");
    }
    for (int i = 1; i <= 4; i++) {
      server.browser().signIn("anna", "guess number " + i).expectStatus(422);
    }
    server.browser().signIn("anna", ConsoleServer.PASSWORD).expectRedirectTo("/console");
  }

  @Test
  void one_address_trying_many_names_is_stopped_after_twenty_failures() {
    Browser browser = server.browser();
    for (int i = 1; i <= SignInLimits.PER_ADDRESS; i++) {
      assertThat(browser.signIn("name" + i, "guess").status()).as("attempt %d", i).isEqualTo(422);
    }

    browser.signIn("anna", ConsoleServer.PASSWORD).expectStatus(429);
  }

  @Test
  void behind_a_trusted_proxy_each_client_address_has_its_own_allowance_and_is_the_one_audited() {
    server.close();
    server = ConsoleServer.behind(dir.resolve("behind"), Set.of("127.0.0.1"));
    server.enrol("anna", Role.EDITOR);
    Browser guesser = server.browser().forwardedFor("198.51.100.1");
    for (int i = 1; i <= SignInLimits.PER_ADDRESS; i++) {
      assertThat(guesser.signIn("name" + i, "guess").status()).as("attempt %d", i).isEqualTo(422);
    }
    assertThat(server.audit.latest(1).get(0).event().remoteAddress()).contains("198.51.100.1");

    guesser.signIn("anna", ConsoleServer.PASSWORD).expectStatus(429);
    server.browser().forwardedFor("198.51.100.2").signIn("anna", ConsoleServer.PASSWORD).expectRedirectTo("/console");
  }

  @Test
  void without_a_trusted_proxy_a_forwarded_address_is_ignored() {
    for (int i = 1; i <= SignInLimits.PER_ADDRESS; i++) {
      server.browser().forwardedFor("198.51.100." + i).signIn("name" + i, "guess").expectStatus(422);
    }

    server.browser().forwardedFor("203.0.113.9").signIn("anna", ConsoleServer.PASSWORD).expectStatus(429);
    assertThat(server.audit.latest(1).get(0).event().remoteAddress()).contains("127.0.0.1");
  }

  @Test
  void guesses_at_the_current_password_count_against_the_same_allowance() {
    Browser browser = server.signedIn(Role.EDITOR);
    String csrf = browser.csrf();
    for (int i = 1; i <= 5; i++) {
      browser.post("/console/password", "csrf", csrf, "current", "guess " + i, "password", "a new long password",
          "again", "a new long password").expectStatus(422);
    }

    Browser.Reply sixth = browser.post("/console/password", "csrf", csrf, "current", ConsoleServer.PASSWORD,
        "password", "a new long password", "again", "a new long password").expectStatus(429);

    assertThat(sixth.lines()).contains(TOO_MANY);
  }
}
