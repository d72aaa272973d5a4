package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditEvent;
import org.chancery.content.AuditLog;
import org.chancery.content.Body;
import org.chancery.content.Message;
import org.chancery.content.Role;
import org.chancery.content.Section;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrators' sections page, over the real server: every managed section with its count;
 * adding, renaming and moving one, seen at once in the console and in the public menu; refusals
 * that change nothing.
 */
class SectionsPageTest {

  static final Section STATEMENTS = new Section("statements", "Statements");
  static final Section INTERVIEWS = new Section("interviews", "Interviews");

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

  private Message publish(Section section, String title, String published) {
    return server.messages.write(w -> w.add(Message.create(section, title, LocalDate.parse(published),
        Body.of(List.of("Question: Is it there?", "Answer: It is.")))));
  }

  private static void settle() {
    try {
      Thread.sleep(150); // the public site looks for changes every 100 ms
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The public menu's entries, as readers see them. */
  private List<String> menu(String path) {
    return server.browser().get(path).expectStatus(200).html().select("nav[aria-label=Sections] a").eachText();
  }

  private static List<String> names(Document page) {
    return page.select("table.sections td.name").eachText();
  }

  /** What no refused change may alter: the sections, the change log, the audit log. */
  private record Unchanged(List<Section> sections, long lastChange, long lastAudit) {}

  private Unchanged now() {
    List<AuditLog.Entry> last = server.audit.latest(1);
    return new Unchanged(server.messages.allSections(), server.messages.lastChange(),
        last.isEmpty() ? 0 : last.get(0).seq());
  }

  private AuditEvent lastAudit() {
    return server.audit.latest(1).get(0).event();
  }

  @Test
  void lists_every_section_in_menu_order_with_its_published_count_as_text() {
    Section hostile = new Section("statements", "Statements <script>alert(1)</script>");
    publish(Section.NEWS, "Opening of the consulate", "2026-11-01");
    publish(Section.NEWS, "Visit of the minister", "2026-11-02");
    publish(hostile, "Statement on the bridge", "2026-11-03");
    publish(new Section("later", "Later"), "Not yet published", "2026-12-25");

    Browser.Reply page = admin.get("/console/sections").expectStatus(200);
    Document html = page.html();
    assertThat(names(html)).containsExactly("News", "Statements <script>alert(1)</script>",
        "Later Not in the menu yet: no message in it is published.");
    assertThat(html.select("td.address").eachText()).containsExactly("/sections/news", "/sections/statements",
        "/sections/later");
    assertThat(html.select("td.count").eachText()).containsExactly("2", "1", "0");
    assertThat(html.select("td.name a").eachAttr("href")).as("only sections readers can open are links")
        .containsExactly("/sections/news", "/sections/statements");
    assertThat(page.body()).doesNotContain("<script>alert(1)");
    assertThat(admin.get("/console").html().select("a[href=/console/sections]")).hasSize(1);
  }

  @Test
  void an_added_section_is_offered_for_messages_and_is_in_the_menu_once_one_of_them_is_published() {
    publish(Section.NEWS, "Opening of the consulate", "2026-11-01");

    admin.post("/console/sections", "csrf", admin.csrf(), "name", "  Visits of the   Ambassador ", "slug", "")
        .expectRedirectTo("/console/sections?notice=section-added");
    admin.post("/console/sections", "csrf", admin.csrf(), "name", "Консульские вопросы", "slug", "consular")
        .expectRedirectTo("/console/sections?notice=section-added");

    Section visits = new Section("visits-of-the-ambassador", "Visits of the Ambassador");
    assertThat(server.messages.allSections()).containsExactly(Section.NEWS, visits,
        new Section("consular", "Консульские вопросы"));
    Document page = admin.get("/console/sections?notice=section-added").expectStatus(200).html();
    assertThat(page.select("p.notice").text())
        .isEqualTo("The section was added, last in the menu. Readers see it once a message in it is published.");
    assertThat(page.select("td.address").eachText())
        .containsExactly("/sections/news", "/sections/visits-of-the-ambassador", "/sections/consular");
    assertThat(lastAudit().action()).isEqualTo(AuditAction.SECTION_ADDED);
    assertThat(lastAudit().account()).contains("admin");
    assertThat(lastAudit().detail()).isEqualTo("section 'Консульские вопросы' at /sections/consular");

    settle();
    assertThat(menu("/")).containsExactly("News");
    server.browser().get("/sections/visits-of-the-ambassador").expectStatus(404);

    Browser writer = server.signedIn(Role.WRITER);
    assertThat(writer.get("/console/messages/new").html().select("#section option").eachAttr("value"))
        .containsExactly("news", "visits-of-the-ambassador", "consular");
    Browser.Reply saved = writer.post("/console/messages", "csrf", writer.csrf(), "title",
        "The Ambassador visits the port", "section", "visits-of-the-ambassador", "published", "2026-11-20",
        "body", "The Ambassador visited the port.").expectStatus(303);
    String edition = saved.header("Location").orElseThrow().replaceAll("\\?.*$", "") + "/editions/1";
    writer.post(edition + "/submit", "csrf", writer.csrf()).expectStatus(303);
    Browser editor = server.signedIn(Role.EDITOR);
    editor.post(edition + "/publish", "csrf", editor.csrf()).expectStatus(303);

    settle();
    assertThat(menu("/")).containsExactly("News", "Visits of the Ambassador");
    assertThat(server.browser().get("/sections/visits-of-the-ambassador").expectStatus(200).html()
        .select("main h1").text()).isEqualTo("Visits of the Ambassador");
  }

  @Test
  void a_rename_shows_at_once_in_the_menu_on_the_section_s_page_and_on_its_messages_pages() {
    publish(Section.NEWS, "Opening of the consulate", "2026-11-01");
    Message statement = publish(STATEMENTS, "Statement on the bridge", "2026-11-03");
    // Rendered and kept by the public site's cache before the rename.
    assertThat(menu("/")).containsExactly("News", "Statements");
    assertThat(menu(statement.path())).containsExactly("News", "Statements");
    server.browser().get("/sections/statements").expectStatus(200);

    admin.post("/console/sections/statements/rename", "csrf", admin.csrf(), "name", "Statements and comments")
        .expectRedirectTo("/console/sections?notice=section-renamed");

    settle();
    assertThat(menu("/")).containsExactly("News", "Statements and comments");
    Document page = server.browser().get(statement.path()).expectStatus(200).html();
    assertThat(page.select("p.section a").text()).isEqualTo("STATEMENTS AND COMMENTS");
    assertThat(page.select("p.section a").attr("href")).isEqualTo("/sections/statements");
    assertThat(server.browser().get("/sections/statements").expectStatus(200).html().select("main h1").text())
        .isEqualTo("Statements and comments");
    Document console = admin.get("/console/sections?notice=section-renamed").html();
    assertThat(console.select("p.notice").text()).isEqualTo("The section was renamed; the public site shows the new name now.");
    assertThat(names(console)).containsExactly("News", "Statements and comments");
    assertThat(console.select("#rename-statements").attr("value")).isEqualTo("Statements and comments");
    assertThat(lastAudit().action()).isEqualTo(AuditAction.SECTION_RENAMED);
    assertThat(lastAudit().detail())
        .isEqualTo("section /sections/statements from 'Statements' to 'Statements and comments'");

    long audited = server.audit.latest(1).get(0).seq();
    admin.post("/console/sections/statements/rename", "csrf", admin.csrf(), "name", "Statements and comments")
        .expectRedirectTo("/console/sections");
    assertThat(server.audit.latest(1).get(0).seq()).as("the same name again records nothing").isEqualTo(audited);
  }

  @Test
  void a_change_whose_audit_entry_cannot_be_written_changes_nothing() {
    publish(Section.NEWS, "Opening of the consulate", "2026-11-01");
    publish(STATEMENTS, "Statement on the bridge", "2026-11-03");
    Unchanged before = now();

    server.refuseAuditEntries(true);
    admin.post("/console/sections", "csrf", admin.csrf(), "name", "Visits", "slug", "").expectStatus(500);
    admin.post("/console/sections/statements/rename", "csrf", admin.csrf(), "name", "Comments").expectStatus(500);
    admin.post("/console/sections/statements/up", "csrf", admin.csrf()).expectStatus(500);
    server.refuseAuditEntries(false);

    assertThat(now()).isEqualTo(before);
  }

  @Test
  void moving_a_section_up_or_down_reorders_the_public_menu_at_once() {
    publish(Section.NEWS, "Opening of the consulate", "2026-11-01");
    publish(STATEMENTS, "Statement on the bridge", "2026-11-03");
    publish(INTERVIEWS, "Interview with the Herald", "2026-11-04");
    assertThat(menu("/")).containsExactly("News", "Statements", "Interviews");
    Document page = admin.get("/console/sections").html();
    assertThat(page.select("#section-news button.up")).as("the first cannot go up").isEmpty();
    assertThat(page.select("#section-news button.down")).hasSize(1);
    assertThat(page.select("#section-interviews button.down")).as("the last cannot go down").isEmpty();

    admin.post("/console/sections/interviews/up", "csrf", admin.csrf())
        .expectRedirectTo("/console/sections?notice=section-moved");
    settle();
    assertThat(menu("/")).containsExactly("News", "Interviews", "Statements");
    assertThat(lastAudit().action()).isEqualTo(AuditAction.SECTION_MOVED);
    assertThat(lastAudit().detail()).isEqualTo("section 'Interviews' at /sections/interviews up, now 2 of 3");

    admin.post("/console/sections/news/down", "csrf", admin.csrf()).expectStatus(303);
    settle();
    assertThat(menu("/archive")).containsExactly("Interviews", "News", "Statements");
    assertThat(names(admin.get("/console/sections").html())).containsExactly("Interviews", "News", "Statements");
    assertThat(lastAudit().detail()).isEqualTo("section 'News' at /sections/news down, now 2 of 3");
  }

  @Test
  void a_refused_change_says_what_to_do_keeps_what_was_typed_and_changes_nothing() {
    publish(Section.NEWS, "Opening of the consulate", "2026-11-01");
    publish(STATEMENTS, "Statement on the bridge", "2026-11-03");
    Unchanged before = now();
    String tooLong = "A".repeat(81);

    record Case(String path, String[] fields, int status, String sentence) {}
    List<Case> cases = List.of(
        new Case("/console/sections", new String[] {"name", "   ", "slug", ""}, 422,
            "Give the section a name, e.g. 'Press releases'."),
        new Case("/console/sections", new String[] {"name", tooLong, "slug", ""}, 422,
            "A section's name may have at most 80 characters; this one has 81."),
        new Case("/console/sections", new String[] {"name", "STATEMENTS!", "slug", ""}, 409,
            "A section with the address /sections/statements exists already: 'Statements'. "
                + "Choose another name, or give another address."),
        new Case("/console/sections", new String[] {"name", "Comments", "slug", "statements"}, 409,
            "A section with the address /sections/statements exists already: 'Statements'. "
                + "Choose another name, or give another address."),
        new Case("/console/sections", new String[] {"name", "news", "slug", "other-news"}, 409,
            "A section named 'News' exists already, at /sections/news; readers could not tell the two apart. "
                + "Choose another name."),
        new Case("/console/sections", new String[] {"name", "Comments", "slug", "Press Releases"}, 422,
            "A section's address is lower-case Latin letters, digits and single hyphens, at most 80 characters, "
                + "e.g. 'press-releases'; 'Press Releases' is not."),
        new Case("/console/sections", new String[] {"name", "Новости", "slug", ""}, 422,
            "The name 'Новости' has no Latin letters or digits to make the section's address of; "
                + "give the address too, e.g. 'press-releases'."),
        new Case("/console/sections/statements/rename", new String[] {"name", ""}, 422,
            "Give the section a name, e.g. 'Press releases'."),
        new Case("/console/sections/statements/rename", new String[] {"name", tooLong}, 422,
            "A section's name may have at most 80 characters; this one has 81."),
        new Case("/console/sections/statements/rename", new String[] {"name", "NEWS"}, 409,
            "A section named 'News' exists already, at /sections/news; readers could not tell the two apart. "
                + "Choose another name."),
        new Case("/console/sections/nowhere/rename", new String[] {"name", "Somewhere"}, 409,
            "There is no section with the address /sections/nowhere; another administrator may have changed "
                + "the list. The list below is as it is now."),
        new Case("/console/sections/nowhere/up", new String[] {}, 409,
            "There is no section with the address /sections/nowhere; another administrator may have changed "
                + "the list. The list below is as it is now."),
        new Case("/console/sections/news/up", new String[] {}, 409, "'News' is first in the menu already."),
        new Case("/console/sections/statements/down", new String[] {}, 409,
            "'Statements' is last in the menu already."));

    for (Case c : cases) {
      String[] fields = new String[c.fields().length + 2];
      fields[0] = "csrf";
      fields[1] = admin.csrf();
      System.arraycopy(c.fields(), 0, fields, 2, c.fields().length);
      Browser.Reply reply = admin.post(c.path(), fields).expectStatus(c.status());
      String what = c.path() + " " + String.join(" ", c.fields());
      assertThat(reply.error()).as(what).isEqualTo(c.sentence());
      assertThat(names(reply.html())).as("%s still lists the sections as they are", what)
          .containsExactly("News", "Statements");
      assertThat(now()).as("%s changed something", what).isEqualTo(before);
    }

    Document typed = admin.post("/console/sections", "csrf", admin.csrf(), "name", "Comments", "slug",
        "Press Releases").expectStatus(422).html();
    assertThat(typed.select("#name").attr("value")).as("what was typed is kept").isEqualTo("Comments");
    assertThat(typed.select("#slug").attr("value")).isEqualTo("Press Releases");
    Document renaming = admin.post("/console/sections/statements/rename", "csrf", admin.csrf(), "name", "NEWS")
        .expectStatus(409).html();
    assertThat(renaming.select("#rename-statements").attr("value")).isEqualTo("NEWS");
    assertThat(renaming.select("#rename-news").attr("value")).isEqualTo("News");

    settle();
    assertThat(menu("/")).containsExactly("News", "Statements");
  }

  @Test
  void a_change_posted_without_the_form_token_or_with_another_s_is_refused_and_changes_nothing() {
    publish(Section.NEWS, "Opening of the consulate", "2026-11-01");
    publish(STATEMENTS, "Statement on the bridge", "2026-11-03");
    Browser other = server.signedIn(Role.ADMIN);
    String othersToken = server.browser().get("/console/sign-in").formToken();
    Unchanged before = now();

    for (String[] fields : List.of(new String[] {"name", "Visits"}, new String[] {"csrf", othersToken, "name", "Visits"},
        new String[] {"csrf", "", "name", "Visits"})) {
      for (String path : List.of("/console/sections", "/console/sections/statements/rename",
          "/console/sections/statements/up", "/console/sections/news/down")) {
        Browser.Reply reply = other.post(path, fields).expectStatus(403);
        assertThat(reply.lines()).as(path).contains("The form could not be accepted");
        assertThat(now()).as("%s changed something", path).isEqualTo(before);
      }
    }
    settle();
    assertThat(menu("/")).containsExactly("News", "Statements");
  }

  @Test
  void hostile_names_are_shown_as_text_on_the_console_the_audit_log_and_the_public_site() {
    String script = "<script>alert(1)</script>' OR 1=1; --";
    String markup = "\"><img src=x onerror=alert(2)>'); DROP TABLE message; --";
    admin.post("/console/sections", "csrf", admin.csrf(), "name", script, "slug", "hostile").expectStatus(303);
    Message message = publish(new Section("hostile", "Hostile"), "A message in it", "2026-11-02");

    settle();
    Browser.Reply home = server.browser().get("/").expectStatus(200);
    assertThat(home.html().select("nav[aria-label=Sections] a").eachText()).containsExactly(script);
    assertThat(home.body()).doesNotContain("<script>alert(1)");

    admin.post("/console/sections/hostile/rename", "csrf", admin.csrf(), "name", markup).expectStatus(303);
    settle();
    assertThat(menu("/")).containsExactly(markup);
    Browser.Reply page = server.browser().get(message.path()).expectStatus(200);
    assertThat(page.body()).doesNotContain("<img src=x");
    assertThat(server.browser().get("/sections/hostile").expectStatus(200).html().select("main h1").text())
        .isEqualTo(markup);
    assertThat(server.messages.message(message.number(), LocalDate.parse("2026-11-20"))).as("the table is there")
        .map(m -> m.section().name()).contains(markup);

    Browser.Reply console = admin.get("/console/sections");
    assertThat(console.body()).doesNotContain("<script>alert(1)", "<img src=x");
    assertThat(names(console.html())).containsExactly(markup);
    assertThat(console.html().select("#rename-hostile").attr("value")).isEqualTo(markup);
    Browser.Reply audit = admin.get("/console/audit").expectStatus(200);
    assertThat(audit.body()).doesNotContain("<script>alert(1)", "<img src=x");
    assertThat(audit.lines()).anySatisfy(l -> assertThat(l).contains("from '" + script + "' to '" + markup + "'"));

    Browser.Reply refused = admin.post("/console/sections/%3Cb%3Ex/rename", "csrf", admin.csrf(), "name", "Any")
        .expectStatus(409);
    assertThat(refused.body()).doesNotContain("<b>x");
    assertThat(refused.error()).contains("/sections/<b>x;");
  }

  @Test
  void editors_and_writers_are_refused() {
    publish(STATEMENTS, "Statement on the bridge", "2026-11-03");
    publish(INTERVIEWS, "Interview with the Herald", "2026-11-04");
    for (Role role : List.of(Role.EDITOR, Role.WRITER)) {
      Browser browser = server.signedIn(role);
      Unchanged before = now();
      browser.get("/console/sections").expectStatus(403);
      browser.post("/console/sections", "csrf", browser.csrf(), "name", "Visits").expectStatus(403);
      browser.post("/console/sections/statements/rename", "csrf", browser.csrf(), "name", "Visits").expectStatus(403);
      browser.post("/console/sections/interviews/up", "csrf", browser.csrf()).expectStatus(403);
      assertThat(browser.get("/console").html().select("a[href=/console/sections]")).isEmpty();
      assertThat(now()).as("%s changed something", role).isEqualTo(before);
    }
  }

  @Test
  void a_russian_console_refuses_in_russian() {
    server.close();
    server = ConsoleServer.start(dir.resolve("ru"), Locale.forLanguageTag("ru"), false);
    Browser russian = server.signedIn(Role.ADMIN);

    Browser.Reply reply = russian.post("/console/sections", "csrf", russian.csrf(), "name", "", "slug", "")
        .expectStatus(422);

    assertThat(reply.error()).isEqualTo("Дайте разделу название, например «Пресс-релизы».");
    assertThat(reply.html().select("h2").eachText()).contains("Добавить раздел");
    assertThat(server.messages.allSections()).isEmpty();
  }
}
