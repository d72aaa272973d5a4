package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.chancery.content.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions end 8 hours after their last use, and 12 hours after sign-in however busy. */
class SessionExpiryTest {

  @TempDir
  Path dir;

  ConsoleServer server;

  @BeforeEach
  void start() {
    server = ConsoleServer.start(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_session_unused_for_eight_hours_has_ended() {
    Browser browser = server.signedIn(Role.EDITOR);
    String token = browser.cookie(Sessions.COOKIE).orElseThrow().getValue();

    server.clock.advance(Duration.ofHours(8).minusSeconds(1));
    browser.get("/console").expectStatus(200);
    server.clock.advance(Duration.ofHours(8));
    browser.get("/console").expectRedirectTo("/console/sign-in");

    assertThat(server.accounts.session(Tokens.hash(token))).as("an ended session is forgotten").isEmpty();
  }

  @Test
  void a_session_in_use_ends_twelve_hours_after_sign_in() {
    Browser browser = server.signedIn(Role.EDITOR);
    for (int hour = 1; hour < 12; hour++) {
      server.clock.advance(Duration.ofHours(1));
      browser.get("/console").expectStatus(200);
    }

    server.clock.advance(Duration.ofHours(1));

    browser.get("/console").expectRedirectTo("/console/sign-in");
    Browser.Reply post = browser.post("/console/sign-out", "csrf", "any").expectStatus(403);
    assertThat(post.lines()).contains("You are not signed in");
  }

  @Test
  void signing_in_forgets_sessions_that_have_ended() {
    Browser first = server.signedIn(Role.EDITOR);
    String token = first.cookie(Sessions.COOKIE).orElseThrow().getValue();
    server.clock.advance(Duration.ofHours(13));

    server.signedIn(Role.EDITOR);

    assertThat(server.accounts.session(Tokens.hash(token))).isEmpty();
  }
}
