package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chancery.content.Body;
import org.chancery.content.Message;
import org.chancery.content.Role;
import org.chancery.content.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrators' sections page, over the real server: each section readers see, with its count. */
class SectionsPageTest {

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

  private void publish(Section section, String title, String published) {
    server.messages.write(w -> w.add(Message.create(section, title, LocalDate.parse(published),
        Body.of(List.of("Question: Is it there?", "Answer: It is.")))));
  }

  @Test
  void lists_the_sections_readers_see_with_their_message_counts_as_text() {
    Section hostile = new Section("statements", "Statements <script>alert(1)</script>");
    publish(Section.NEWS, "Opening of the consulate", "2026-11-01");
    publish(Section.NEWS, "Visit of the minister", "2026-11-02");
    publish(hostile, "Statement on the bridge", "2026-11-03");
    publish(new Section("later", "Later"), "Not yet published", "2026-12-25");

    Browser admin = server.signedIn(Role.ADMIN);
    Browser.Reply page = admin.get("/console/sections").expectStatus(200);
    assertThat(page.html().select("table.console-table tbody tr").eachText()).containsExactly(
        "News news 2", "Statements <script>alert(1)</script> statements 1");
    assertThat(page.html().select("tbody a").eachAttr("href")).containsExactly("/sections/news", "/sections/statements");
    assertThat(page.body()).doesNotContain("<script>alert(1)");
    assertThat(admin.get("/console").html().select("a[href=/console/sections]")).hasSize(1);
  }

  @Test
  void editors_and_writers_are_refused() {
    for (Role role : List.of(Role.EDITOR, Role.WRITER)) {
      Browser browser = server.signedIn(role);
      browser.get("/console/sections").expectStatus(403);
      assertThat(browser.get("/console").html().select("a[href=/console/sections]")).isEmpty();
    }
  }
}
