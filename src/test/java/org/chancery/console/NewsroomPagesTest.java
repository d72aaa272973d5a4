package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.chancery.content.AuditLog;
import org.chancery.content.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the console's message pages share: a server of their own, a writer and an
 * editor signed in, the message form's fields, and the public page read once the site has
 * caught up with a change.
 */
abstract class NewsroomPagesTest {

  @TempDir
  Path dir;

  ConsoleServer server;
  Browser writer;
  Browser editor;

  @BeforeEach
  void start() {
    server = ConsoleServer.start(dir);
    writer = server.signedIn(Role.WRITER);
    editor = server.signedIn(Role.EDITOR);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The message form's fields with the browser's token, in News, dated 20 November 2026; then {@code more}. */
  static String[] fields(Browser browser, String title, String body, String... more) {
    String[] base = {"csrf", browser.csrf(), "title", title, "section", "news", "published", "2026-11-20", "body", body};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  /** Saves a new message through the form; returns its number. */
  static long draft(Browser browser, String... fields) {
    Browser.Reply saved = browser.post("/console/messages", fields).expectStatus(303);
    String location = saved.header("Location").orElseThrow();
    assertThat(location).endsWith("?notice=message-saved");
    return Long.parseLong(location.replaceAll("^/console/messages/(\\d+)\\?.*$", "$1"));
  }

  static long draft(Browser browser, String title, String body) {
    return draft(browser, fields(browser, title, body));
  }

  /** A message the writer drafted and another editor published; returns its number. */
  long published(String title, String body) {
    return publish(draft(writer, title, body));
  }

  /** Submits the first edition as the writer and publishes it as the editor. */
  long publish(long number) {
    writer.post(edition(number, 1) + "/submit", "csrf", writer.csrf()).expectStatus(303);
    editor.post(edition(number, 1) + "/publish", "csrf", editor.csrf()).expectStatus(303);
    return number;
  }

  /** The public page once it satisfies {@code ready}: the site follows a change within a moment (ChangeWatch). */
  Browser.Reply pageWithin(String path, Predicate<Browser.Reply> ready) {
    long deadline = System.nanoTime() + 3_000_000_000L;
    Browser.Reply reply = server.browser().get(path);
    while (!(reply.status() == 200 && ready.test(reply)) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      reply = server.browser().get(path);
    }
    return reply.expectStatus(200);
  }

  static String message(long number) {
    return "/console/messages/" + number;
  }

  static String edition(long number, int edition) {
    return message(number) + "/editions/" + edition;
  }

  /** The names of the latest audited actions, newest first. */
  List<String> audited() {
    return server.audit.latest(100).stream().map(AuditLog.Entry::event).map(e -> e.action().name()).toList();
  }

  /** No element a hostile field could have brought in: the console's own script is the only one. */
  static void assertNoInjectedMarkup(Browser.Reply reply) {
    assertThat(reply.html().select("script:not([src=/static/console.js]), img, style"))
        .as("elements in %s", reply.response().uri()).isEmpty();
    assertThat(reply.html().select("[onerror]")).isEmpty();
    assertThat(reply.body()).doesNotContain("<script>", "<img src=x");
  }
}
