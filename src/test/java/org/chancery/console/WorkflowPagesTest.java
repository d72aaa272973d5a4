package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.chancery.content.AuditAction;
import org.chancery.content.EditionState;
import org.chancery.content.Masthead;
import org.chancery.content.Role;
import org.junit.jupiter.api.Test;

/** Writing, reviewing and publishing through the console's pages, over the real server. */
class WorkflowPagesTest extends NewsroomPagesTest {

  static final String TRANSCRIPT = """
      Interview of the Ambassador to the Veloria Herald

      Question: Will the bridge be finished this year?

      Ambassador: It will. The last span arrives in May.

      The ministry has confirmed the date.

      Question: And the ferry?""";

  @Test
  void preview_shows_the_parsed_turns_and_saves_nothing() {
    Browser.Reply preview = writer.post("/console/messages", fields(writer, "Interview of the Ambassador", TRANSCRIPT,
        "preview", "1")).expectStatus(200);

    assertThat(preview.html().select("section.preview .speaker").eachText())
        .containsExactly("Question", "Ambassador", "Question");
    assertThat(preview.lines()).contains("It will. The last span arrives in May.", "The ministry has confirmed the date.");
    assertThat(preview.html().select("textarea[name=body]").text()).contains("Ambassador: It will.");
    assertThat(server.editions.messageNumbers(10)).isEmpty();
  }

  @Test
  void a_writer_drafts_and_submits_cannot_publish_and_an_editor_publishes_with_its_turns_on_the_public_page() {
    long number = draft(writer, "Interview of the Ambassador", TRANSCRIPT);
    assertThat(writer.get("/console/messages").expectStatus(200).lines())
        .anySatisfy(l -> assertThat(l).contains("Interview of the Ambassador"));

    writer.post(edition(number) + "/submit", "csrf", writer.csrf())
        .expectRedirectTo("/console/messages/" + number + "?notice=message-submitted");
    writer.post(edition(number) + "/publish", "csrf", writer.csrf()).expectStatus(403);
    assertThat(state(number)).isEqualTo(EditionState.SUBMITTED);

    editor.post(edition(number) + "/publish", "csrf", editor.csrf())
        .expectRedirectTo("/console/messages/" + number + "?notice=message-published");
    assertThat(state(number)).isEqualTo(EditionState.PUBLISHED);

    String path = editor.get("/console/messages/" + number).expectStatus(200).html()
        .select("a:contains(The public page)").attr("href");
    Browser.Reply page = server.browser().get(path).expectStatus(200);
    assertThat(page.html().select("a.speaker").eachText()).containsExactly("Question:", "Ambassador:", "Question:");
    assertThat(page.lines()).anySatisfy(l -> assertThat(l).contains("It will. The last span arrives in May."));
    assertThat(audited()).contains("MESSAGE_DRAFTED", "MESSAGE_SUBMITTED", "MESSAGE_PUBLISHED");
  }

  @Test
  void an_editor_cannot_publish_their_own_edition_and_is_told_why() {
    long number = draft(editor, "Statement on the bridge", "The bridge opens in May.");
    editor.post(edition(number) + "/submit", "csrf", editor.csrf()).expectStatus(303);
    long lastAudit = server.audit.latest(1).get(0).seq();

    Browser.Reply refused = editor.post(edition(number) + "/publish", "csrf", editor.csrf()).expectStatus(409);

    assertThat(refused.error()).isEqualTo("You wrote this edition, so another editor must review it.");
    assertThat(state(number)).isEqualTo(EditionState.SUBMITTED);
    assertThat(server.audit.latest(1).get(0).seq()).isEqualTo(lastAudit);
  }

  @Test
  void a_save_based_on_an_old_revision_is_refused_with_both_versions_and_overwrites_nothing() {
    long number = draft(writer, "Statement on the bridge", "The bridge opens in May.");
    String mine = writer.get(edition(number)).expectStatus(200).html().select("input[name=basedOn]").attr("value");
    String theirs = editor.get(edition(number)).expectStatus(200).html().select("input[name=basedOn]").attr("value");
    assertThat(mine).isEqualTo(theirs).isEqualTo("1");

    editor.post(edition(number), fields(editor, "Statement on the bridge", "The bridge opens in June.", "basedOn", theirs))
        .expectRedirectTo("/console/messages/" + number + "?notice=message-saved");
    Browser.Reply conflict = writer.post(edition(number),
        fields(writer, "Statement on the bridge", "The bridge opens in July.", "basedOn", mine)).expectStatus(409);

    assertThat(conflict.html().select(".version.theirs pre").text()).isEqualTo("The bridge opens in June.");
    assertThat(conflict.html().select(".version.yours pre").text()).isEqualTo("The bridge opens in July.");
    assertThat(conflict.html().select("input[name=basedOn]").attr("value")).isEqualTo("2");
    assertThat(server.editions.revisions(number)).hasSize(2);
    assertThat(server.editions.edition(number, 1).orElseThrow().content().body().paragraphs())
        .containsExactly("The bridge opens in June.");
  }

  @Test
  void refused_actions_record_nothing_in_the_audit_log() {
    long number = draft(writer, "Statement on the bridge", "The bridge opens in May.");
    editor.post(edition(number), fields(editor, "Statement on the bridge", "The bridge opens in June.", "basedOn", "1"))
        .expectStatus(303);
    long lastAudit = server.audit.latest(1).get(0).seq();

    writer.post(edition(number), fields(writer, "Statement on the bridge", "The bridge opens in July.", "basedOn", "1"))
        .expectStatus(409);
    editor.post(edition(number) + "/reject", "csrf", editor.csrf(), "reason", "Not yet.").expectStatus(409);
    editor.post(message(number) + "/withdraw", "csrf", editor.csrf(), "reason", "Overtaken.").expectStatus(409);

    assertThat(server.audit.latest(1).get(0).seq()).as("no entry for a refused action").isEqualTo(lastAudit);
    assertThat(server.editions.revisions(number)).hasSize(2);
    assertThat(state(number)).isEqualTo(EditionState.DRAFT);
  }

  /** The entry is written in the action's transaction: where it cannot be written, the action is not done. */
  @Test
  void an_action_whose_audit_entry_cannot_be_written_is_not_done() {
    long number = draft(writer, "Statement on the bridge", "The bridge opens in May.");
    writer.post(edition(number) + "/submit", "csrf", writer.csrf()).expectStatus(303);
    long lastAudit = server.audit.latest(1).get(0).seq();

    server.refuseAuditEntries(true);
    editor.post(edition(number) + "/publish", "csrf", editor.csrf()).expectStatus(500);
    server.refuseAuditEntries(false);

    assertThat(state(number)).isEqualTo(EditionState.SUBMITTED);
    assertThat(server.messages.message(number, LocalDate.parse("2026-11-20"))).as("not live unaudited").isEmpty();
    assertThat(server.audit.latest(1).get(0).seq()).isEqualTo(lastAudit);

    editor.post(edition(number) + "/publish", "csrf", editor.csrf()).expectStatus(303);
    assertThat(state(number)).isEqualTo(EditionState.PUBLISHED);
    assertThat(server.audit.latest(1).get(0).event().action()).isEqualTo(AuditAction.MESSAGE_PUBLISHED);
  }

  @Test
  void a_form_with_wrong_fields_names_each_and_saves_nothing() {
    Browser.Reply refused = writer.post("/console/messages", "csrf", writer.csrf(), "title", " ", "section", "nowhere",
        "published", "20 November", "body", "").expectStatus(422);

    assertThat(refused.html().select("div.error li").eachText()).containsExactly(
        "Title: Give the message a title.",
        "Section: Choose a section from the list.",
        "Publication date: Give the publication date as a date, e.g. 2026-11-20.",
        "Text: Write the text of the message.");
    assertThat(server.editions.messageNumbers(10)).isEmpty();
  }

  @Test
  void rejection_needs_a_reason_and_scheduling_takes_the_home_zone() {
    long number = draft(writer, "Statement on the bridge", "The bridge opens in May.");
    writer.post(edition(number) + "/submit", "csrf", writer.csrf()).expectStatus(303);

    Browser.Reply noReason = editor.post(edition(number) + "/reject", "csrf", editor.csrf(), "reason", " ")
        .expectStatus(409);
    assertThat(noReason.error()).isEqualTo("Say why the edition is rejected, so that its writer can put it right.");
    editor.post(edition(number) + "/schedule", "csrf", editor.csrf(), "at", "tomorrow").expectStatus(422);
    assertThat(state(number)).isEqualTo(EditionState.SUBMITTED);

    // Lisbon is on UTC in November: 11:00 there is 11:00Z.
    editor.post(edition(number) + "/schedule", "csrf", editor.csrf(), "at", "2026-11-21T11:00").expectStatus(303);
    assertThat(server.editions.edition(number, 1).orElseThrow().scheduledAt())
        .contains(Instant.parse("2026-11-21T11:00:00Z"));
    assertThat(editor.get("/console/messages/" + number).lines())
        .anySatisfy(l -> assertThat(l).contains("goes live 2026-11-21 11:00"));
  }

  @Test
  void once_a_masthead_names_the_home_zone_the_console_schedules_and_shows_times_in_it() {
    server.messages.write(w -> {
      w.saveMasthead(Masthead.plain(ZoneId.of("Europe/Moscow")));
      return null;
    });
    long number = draft(writer, "Statement on the bridge", "The bridge opens in May.");
    writer.post(edition(number) + "/submit", "csrf", writer.csrf()).expectStatus(303);

    // Moscow is three hours ahead of UTC: 11:00 there is 08:00Z, whatever the home.zone setting says.
    editor.post(edition(number) + "/schedule", "csrf", editor.csrf(), "at", "2026-11-21T11:00").expectStatus(303);

    assertThat(server.editions.edition(number, 1).orElseThrow().scheduledAt())
        .contains(Instant.parse("2026-11-21T08:00:00Z"));
    assertThat(editor.get("/console/messages/" + number).lines())
        .anySatisfy(l -> assertThat(l).contains("goes live 2026-11-21 11:00"));
    assertThat(editor.get("/console/messages/" + number).html().select("label[for^=at-]").text())
        .isEmpty(); // scheduled: no schedule form any more
  }

  @Test
  void a_live_message_is_withdrawn_with_its_reason_then_removed() {
    long number = draft(writer, "Statement on the bridge", "The bridge opens in May.");
    writer.post(edition(number) + "/submit", "csrf", writer.csrf()).expectStatus(303);
    editor.post(edition(number) + "/publish", "csrf", editor.csrf()).expectStatus(303);
    String path = server.editions.edition(number, 1).orElseThrow().content().path();

    editor.post("/console/messages/" + number + "/withdraw", "csrf", editor.csrf(), "reason", "The date was wrong.")
        .expectRedirectTo("/console/messages/" + number + "?notice=message-withdrawn");
    assertThat(server.browser().get(path).expectStatus(200).lines())
        .anySatisfy(l -> assertThat(l).contains("The date was wrong."));

    editor.post("/console/messages/" + number + "/remove", "csrf", editor.csrf(), "reason", "Published in error.")
        .expectStatus(303);
    // The public site notices a change within a tenth of a second (ChangeWatch), not at once.
    assertThat(statusWithin(path, 410)).isEqualTo(410);
    assertThat(audited()).contains("MESSAGE_WITHDRAWN", "MESSAGE_REMOVED");
  }

  @Test
  void the_history_shows_a_diff_between_revisions_and_restores_one_as_a_new_draft() {
    long number = draft(writer, "Statement on the bridge", "The bridge opens in May.\n\nIt is 300 metres long.");
    writer.post(edition(number), fields(writer, "Statement on the bridge", "The bridge opens in June.\n\nIt is 300 metres long.",
        "basedOn", "1")).expectStatus(303);

    Browser.Reply history = writer.get("/console/messages/" + number + "/history?from=1&to=2").expectStatus(200);
    assertThat(history.html().select(".diff-removed").eachText()).containsExactly("- The bridge opens in May.");
    assertThat(history.html().select(".diff-added").eachText()).containsExactly("+ The bridge opens in June.");

    writer.post("/console/messages/" + number + "/restore", "csrf", writer.csrf(), "revision", "1", "basedOn", "2")
        .expectRedirectTo("/console/messages/" + number + "?notice=message-restored");
    assertThat(server.editions.revisions(number)).hasSize(3);
    assertThat(server.editions.edition(number, 1).orElseThrow().content().body().paragraphs())
        .containsExactly("The bridge opens in May.", "It is 300 metres long.");
    Browser.Reply conflict = writer.post("/console/messages/" + number + "/restore", "csrf", writer.csrf(),
        "revision", "2", "basedOn", "2").expectStatus(409);
    assertThat(conflict.lines()).anySatisfy(l -> assertThat(l).startsWith(
        "Nothing was restored: you were looking at the history as of revision 2, and ").contains("saved revision 3 at "));
    assertThat(server.editions.revisions(number)).hasSize(3);
  }

  @Test
  void hostile_titles_and_bodies_render_as_text_everywhere() {
    for (String hostile : HostileInputTest.HOSTILE) {
      String body = hostile + "\n\nQuestion: " + hostile + "\n\n" + hostile + ": " + hostile;
      Browser.Reply preview = writer.post("/console/messages", fields(writer, hostile, body, "preview", "1"))
          .expectStatus(200);
      assertNoInjectedMarkup(preview);
      long number = draft(writer, hostile, body);
      assertThat(server.editions.edition(number, 1).orElseThrow().content().title()).isEqualTo(hostile.strip());
      for (String page : List.of("/console/messages", "/console/messages/" + number, edition(number),
          "/console/messages/" + number + "/history")) {
        Browser.Reply reply = writer.get(page).expectStatus(200);
        assertNoInjectedMarkup(reply);
        assertThat(reply.lines()).as(page).anySatisfy(l -> assertThat(l).contains(hostile.strip()));
      }
    }
    assertNoInjectedMarkup(server.signedIn(Role.ADMIN).get("/console/audit"));
  }

  @Test
  void unknown_messages_and_editions_are_not_found() {
    writer.get("/console/messages/999").expectStatus(404);
    writer.get("/console/messages/x'%20OR%201=1").expectStatus(404);
    long number = draft(writer, "Statement on the bridge", "The bridge opens in May.");
    writer.get("/console/messages/" + number + "/editions/7").expectStatus(404);
  }

  private int statusWithin(String path, int expected) {
    long deadline = System.nanoTime() + 3_000_000_000L;
    int status;
    do {
      status = server.browser().get(path).status();
      if (status == expected) {
        break;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    } while (System.nanoTime() < deadline);
    return status;
  }

  private static String edition(long number) {
    return "/console/messages/" + number + "/editions/1";
  }

  private EditionState state(long number) {
    return server.editions.edition(number, 1).orElseThrow().state();
  }
}
