package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.chancery.content.EditionState;
import org.chancery.content.Role;
import org.junit.jupiter.api.Test;

/**
 * Changing a live message through the console, over the real server: a new edition (major, with
 * a public change note, or minor), the live one staying public until the new one is published;
 * and taking a scheduled edition back to review.
 */
class LiveEditionPagesTest extends NewsroomPagesTest {

  @Test
  void a_major_new_edition_replaces_the_live_one_only_when_published_and_its_note_is_shown() {
    long number = published("Statement on the bridge", "The bridge opens in May.");
    String path = publicPath(number);
    assertThat(editor.get(message(number)).expectStatus(200).html().select("form[action$=/new-edition]")).hasSize(1);
    server.clock.advance(Duration.ofHours(2));

    writer.post(message(number) + "/new-edition", "csrf", writer.csrf(), "change", "major",
            "note", "The opening date was corrected.")
        .expectRedirectTo(message(number) + "?notice=message-new-edition");
    assertThat(server.editions.edition(number, 2).orElseThrow().state()).isEqualTo(EditionState.DRAFT);
    writer.post(edition(number, 2), fields(writer, "Statement on the bridge", "The bridge opens in June.", "basedOn", "2"))
        .expectRedirectTo(message(number) + "?notice=message-saved");
    writer.post(edition(number, 2) + "/submit", "csrf", writer.csrf()).expectStatus(303);

    // Edition 2 is written and submitted, not published: readers still see edition 1, with no note.
    Browser.Reply before = server.browser().get(path).expectStatus(200);
    assertThat(before.lines()).contains("The bridge opens in May.").doesNotContain("The bridge opens in June.");
    assertThat(before.html().select(".notice.updates")).isEmpty();
    assertThat(server.editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.PUBLISHED);

    editor.post(edition(number, 2) + "/publish", "csrf", editor.csrf()).expectStatus(303);

    Browser.Reply after = pageWithin(path, r -> r.lines().contains("The bridge opens in June."));
    assertThat(after.lines()).contains("The bridge opens in June.").doesNotContain("The bridge opens in May.");
    // 12:05 UTC on 20 November is the same day in Lisbon, the home zone.
    assertThat(after.html().select(".notice.updates p").eachText())
        .containsExactly("Updated 20 November 2026: The opening date was corrected.");
    assertThat(server.editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.SUPERSEDED);
    assertThat(audited()).contains("MESSAGE_NEW_EDITION");
  }

  @Test
  void a_minor_new_edition_changes_the_text_and_shows_no_note() {
    long number = published("Statement on the bridge", "The bridge opens in Mya.");
    String path = publicPath(number);

    writer.post(message(number) + "/new-edition", "csrf", writer.csrf(), "change", "minor", "note", "")
        .expectStatus(303);
    writer.post(edition(number, 2), fields(writer, "Statement on the bridge", "The bridge opens in May.", "basedOn", "2"))
        .expectStatus(303);
    writer.post(edition(number, 2) + "/submit", "csrf", writer.csrf()).expectStatus(303);
    editor.post(edition(number, 2) + "/publish", "csrf", editor.csrf()).expectStatus(303);

    Browser.Reply after = pageWithin(path, r -> r.lines().contains("The bridge opens in May."));
    assertThat(after.html().select(".notice.updates")).isEmpty();
    assertThat(after.body()).doesNotContain("Updated");
  }

  @Test
  void a_major_change_needs_a_note_a_choice_is_needed_and_only_one_edition_is_in_progress() {
    long number = published("Statement on the bridge", "The bridge opens in May.");

    Browser.Reply noNote = writer.post(message(number) + "/new-edition", "csrf", writer.csrf(), "change", "major",
        "note", "  ").expectStatus(409);
    assertThat(noNote.error()).isEqualTo("A major change needs a note for readers saying what changed.");
    Browser.Reply noChoice = writer.post(message(number) + "/new-edition", "csrf", writer.csrf(), "note", "x")
        .expectStatus(409);
    assertThat(noChoice.error()).isEqualTo("Choose whether the change is major or minor.");
    assertThat(server.editions.editions(number)).hasSize(1);

    writer.post(message(number) + "/new-edition", "csrf", writer.csrf(), "change", "minor").expectStatus(303);
    writer.post(message(number) + "/new-edition", "csrf", writer.csrf(), "change", "minor").expectStatus(409);
    assertThat(server.editions.editions(number)).hasSize(2);
    assertThat(editor.get(message(number)).expectStatus(200).html().select("form[action$=/new-edition]")).isEmpty();
  }

  @Test
  void unscheduling_returns_a_scheduled_edition_to_review() {
    long number = draft(writer, "Statement on the bridge", "The bridge opens in May.");
    writer.post(edition(number, 1) + "/submit", "csrf", writer.csrf()).expectStatus(303);
    editor.post(edition(number, 1) + "/schedule", "csrf", editor.csrf(), "at", "2026-11-21T11:00").expectStatus(303);
    assertThat(editor.get(message(number)).html().select("form[action$=/unschedule]")).hasSize(1);
    assertThat(writer.get(message(number)).html().select("form[action$=/unschedule]")).isEmpty();

    writer.post(edition(number, 1) + "/unschedule", "csrf", writer.csrf()).expectStatus(403);
    assertThat(server.editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.SCHEDULED);

    editor.post(edition(number, 1) + "/unschedule", "csrf", editor.csrf())
        .expectRedirectTo(message(number) + "?notice=message-unscheduled");
    assertThat(server.editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.SUBMITTED);
    assertThat(server.editions.edition(number, 1).orElseThrow().scheduledAt()).isEmpty();
    assertThat(audited()).contains("MESSAGE_UNSCHEDULED");

    Browser.Reply again = editor.post(edition(number, 1) + "/unschedule", "csrf", editor.csrf()).expectStatus(409);
    assertThat(again.error()).startsWith("Only a scheduled edition can be unscheduled");
  }

  @Test
  void hostile_change_notes_render_as_text_on_the_public_page_and_in_the_console() {
    for (String hostile : HostileInputTest.HOSTILE) {
      long number = published("Statement on the bridge", "The bridge opens in May.");
      writer.post(message(number) + "/new-edition", "csrf", writer.csrf(), "change", "major", "note", hostile)
          .expectStatus(303);
      writer.post(edition(number, 2) + "/submit", "csrf", writer.csrf()).expectStatus(303);
      editor.post(edition(number, 2) + "/publish", "csrf", editor.csrf()).expectStatus(303);

      Browser.Reply page = pageWithin(publicPath(number), r -> !r.html().select(".notice.updates").isEmpty());
      assertThat(page.html().select(".notice.updates p").eachText())
          .containsExactly("Updated 20 November 2026: " + hostile.strip());
      // The public page has the masthead clock's own script; nothing else.
      assertThat(page.html().select("script").eachAttr("src")).containsOnly("/static/clock.js");
      assertThat(page.html().select("img, style, [onerror]")).isEmpty();
      assertThat(page.body()).doesNotContain("<script>", "<img src=x");
      assertNoInjectedMarkup(editor.get(message(number)).expectStatus(200));
    }
    assertNoInjectedMarkup(server.signedIn(Role.ADMIN).get("/console/audit"));
  }

  private String publicPath(long number) {
    return server.editions.edition(number, 1).orElseThrow().content().path();
  }

  @Test
  void a_draft_is_discarded_by_its_writer_not_by_another_writer_and_its_revisions_stay() {
    long number = draft(writer, "Statement on the bridge", "The bridge opens in May.");
    Browser other = server.browser();
    server.enrol("walt", org.chancery.content.Role.WRITER);
    other.signIn("walt", ConsoleServer.PASSWORD).expectRedirectTo("/console");
    assertThat(other.get(message(number)).expectStatus(200).html().select("form[action$=/discard]")).isEmpty();
    other.post(edition(number, 1) + "/discard", "csrf", other.csrf()).expectStatus(409);
    writer.post(edition(number, 1) + "/discard", "csrf", "not-the-token").expectStatus(403);
    assertThat(server.editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.DRAFT);

    writer.post(edition(number, 1) + "/discard", "csrf", writer.csrf())
        .expectRedirectTo(message(number) + "?notice=message-discarded");

    assertThat(server.editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.DISCARDED);
    assertThat(writer.get("/console/messages").expectStatus(200).lines())
        .noneSatisfy(l -> assertThat(l).contains("Statement on the bridge"));
    assertThat(writer.get(message(number) + "/history").expectStatus(200).lines())
        .anySatisfy(l -> assertThat(l).contains("Statement on the bridge"));
    assertThat(audited()).contains("MESSAGE_DISCARDED");
  }
}
