package org.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.content.PublishingTimer;
import org.chancery.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console end to end, in Debian's headless Chromium: an editor signs in through the sign-in
 * form, writes a transcript and sees its turns in the preview, saves and submits it, and is told
 * she may not publish her own edition; a second editor, in a browser of his own, publishes it;
 * a reader with no cookies finds the page with its turns. The server is wired as
 * {@code chancery serve} wires it, over SQLite in a temporary data directory, and the accounts
 * are added with {@code chancery user add}.
 */
class ConsoleEndToEndTest {

  static final String PASSWORD = "correct horse battery";
  static final String TITLE = "Interview of Ambassador Ilse Varga to the Veloria Herald";
  static final String LEAD = "The Ambassador answered three questions on the new bridge.";
  static final String QUESTION = "Question: Will the bridge over the Vel be finished this year?";
  static final String ANSWER = "Ilse Varga: It will. The last span arrives in May, and the road opens in June.";
  static final String NOT_A_TURN = "The second point: both ministries have confirmed the date in writing.";
  static final String BODY = String.join("\n\n", LEAD, QUESTION, ANSWER, NOT_A_TURN);

  @TempDir
  Path dir;

  private Database database;
  private PublishingTimer timer;
  private Chancery.ServedSite site;
  private String base;

  @BeforeEach
  void serve() {
    Assumptions.assumeTrue(HeadlessBrowser.isInstalled(), "Chromium and chromedriver are not installed");
    String data = dir.resolve("data").toString();
    addUser(data, "editor", "anna");
    addUser(data, "editor", "boris");
    // The same wiring as `chancery serve --data DIR`: the site with the console, and the timer.
    Settings settings = Settings.read(Optional.empty(), Map.of(), Map.of("data", data));
    database = Database.open(settings.jdbcUrl());
    timer = Chancery.scheduledPublishing(database);
    site = Chancery.publicSite(settings, database).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + site.port();
  }

  @AfterEach
  void stop() {
    if (site != null) {
      site.stop();
    }
    if (timer != null) {
      timer.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void an_editor_writes_a_transcript_a_second_editor_publishes_it_and_a_reader_sees_its_turns() {
    String message;
    try (HeadlessBrowser anna = HeadlessBrowser.start()) {
      signIn(anna, "anna");

      anna.follow("Messages");
      anna.follow("New message");
      anna.fill("Title", TITLE);
      anna.set("Publication date", "2024-05-03");
      anna.fill("Text", BODY);
      anna.press("Preview");
      assertThat(anna.texts("section.preview .turn .speaker")).containsExactly("Question", "Ilse Varga");
      assertThat(anna.texts("section.preview .turn .new-speaker")).as("nobody has spoken on the site yet")
          .hasSize(2);
      assertThat(anna.texts("section.preview .turn p:not(.speaker):not(.new-speaker)")).containsExactly(
          "Will the bridge over the Vel be finished this year?",
          "It will. The last span arrives in May, and the road opens in June.",
          NOT_A_TURN);
      assertThat(anna.texts("section.preview > p")).as("the lead stays a paragraph outside the turns")
          .containsExactly(LEAD);
      assertThat(anna.script("return document.getElementById('body').value"))
          .as("the previewed text is offered again, unchanged").isEqualTo(BODY);

      anna.press("Save");
      message = messagePath(anna.url());
      assertThat(anna.lines()).contains("The message was saved.", TITLE);

      anna.press("Submit for review");
      assertThat(anna.url()).startsWith(base + message);
      assertThat(anna.lines()).contains("The edition was submitted for review.");

      anna.press("Publish now");
      assertThat(anna.texts("p.error[role=alert]"))
          .containsExactly("You wrote this edition, so another editor must review it.");
      assertThat(anna.attribute("a[href^='/console/messages/'][href$='/history']", "href"))
          .isEqualTo(message + "/history");
      assertThat(anna.lines()).noneMatch(line -> line.contains("The public page"));

      anna.press("Sign out");
      anna.open(base + "/console/messages");
      assertThat(anna.texts("h1")).as("signed out, the console asks to sign in again").containsExactly("Sign in");
    }

    String publicPath;
    try (HeadlessBrowser boris = HeadlessBrowser.start()) {
      signIn(boris, "boris");
      boris.follow("Messages");
      assertThat(boris.lines()).anyMatch(line -> line.contains(TITLE) && line.contains("anna"));
      boris.follow(TITLE);
      assertThat(boris.url()).isEqualTo(base + message);
      boris.press("Publish now");
      assertThat(boris.lines()).contains("The edition was published.");
      publicPath = boris.attribute("main a[href]:not([href^='/console'])", "href");
      assertThat(boris.texts("main a[href='" + publicPath + "']")).containsExactly("The public page");
    }

    try (HeadlessBrowser reader = HeadlessBrowser.start()) {
      // The public site sees a published edition within a moment: load the page until it is there.
      reader.openUntilShown(base + publicPath, "article.message h1");
      List<String> lines = reader.lines();
      assertThat(reader.texts("article.message h1")).containsExactly(TITLE);
      assertThat(reader.texts("article.message .turn a.speaker")).containsExactly("Question:", "Ilse Varga:");
      assertThat(reader.script("return Array.from(document.querySelectorAll('article.message .turn'))"
          + ".map(t => t.id + '|' + t.querySelector('a.speaker').getAttribute('href')).join(',')"))
          .as("each turn is an anchor its speaker links to").isEqualTo("turn-1|#turn-1,turn-2|#turn-2");
      assertThat(lines).containsSubsequence(TITLE, LEAD, QUESTION, ANSWER, NOT_A_TURN);
      assertThat(reader.texts("article.message p")).contains(NOT_A_TURN);
      assertThat(reader.script("return Array.from(document.querySelectorAll('article.message p'))"
          + ".filter(p => p.textContent.includes('The second point'))"
          + ".map(p => p.querySelectorAll('a.speaker, b').length).join(',')"))
          .as("the second point is a paragraph with no speaker's label").isEqualTo("0");
      assertThat(reader.texts("article.message > p")).contains(LEAD);
    }
  }

  private void signIn(HeadlessBrowser browser, String name) {
    browser.open(base + "/console/sign-in");
    browser.fill("Name", name);
    browser.fill("Password", PASSWORD);
    browser.press("Sign in");
    assertThat(browser.lines()).as("signed in as " + name)
        .anyMatch(line -> line.startsWith("Signed in as " + name + " ("));
  }

  /** Adds an account as an operator would: {@code chancery user add --data DIR --role ROLE NAME}. */
  private static void addUser(String data, String role, String name) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Chancery.commandLine(account -> PASSWORD).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("user", "add", "--data", data, "--role", role, name);
    assertThat(exit).as("chancery user add " + name + ": " + out + err).isZero();
  }

  /** The console path of the message a page of it is at: "/console/messages/7" of ".../7?notice=...". */
  private String messagePath(String url) {
    Matcher matcher = Pattern.compile("^" + Pattern.quote(base) + "(/console/messages/\\d+)(\\?.*)?$").matcher(url);
    assertThat(matcher.matches()).as("a message's page: " + url).isTrue();
    return matcher.group(1);
  }
}
