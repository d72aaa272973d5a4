package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.chancery.content.Kind;
import org.chancery.content.Message;
import org.chancery.content.TitleEvent;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The message form's fields beyond title, section, date and text: kind, the event's place and
 * date, language, the original of a translation, legacy paths, and the known speakers.
 */
class MessageFieldsPageTest extends NewsroomPagesTest {

  @Test
  void every_field_is_saved_and_a_published_translation_links_to_its_original_and_back() {
    long original = published("Statement on the bridge", "The bridge opens in May.");
    long translation = draft(writer, fields(writer, "Заявление о мосте, Вена, 14 апреля 2026", "Мост откроют в мае.",
        "kind", "STATEMENT", "eventPlace", "Vienna", "eventDate", "2026-04-14", "language", "ru",
        "translationOf", String.valueOf(original), "legacyPaths", "/fnapr/6443/\n\n/press/%d1%81?id=5\n/fnapr/6443"));

    Message saved = server.editions.edition(translation, 1).orElseThrow().content();
    assertThat(saved.kind()).isEqualTo(Kind.STATEMENT);
    assertThat(saved.event()).isEqualTo(new TitleEvent(Optional.of("Vienna"), Optional.of(LocalDate.of(2026, 4, 14))));
    assertThat(saved.language()).isEqualTo("ru");
    assertThat(saved.translationOf()).contains(original);
    assertThat(saved.legacyPaths()).as("stored once each, in the importer's spelling")
        .containsExactly("/fnapr/6443", "/press/%D1%81?id=5");

    Browser.Reply form = writer.get("/console/messages/" + translation + "/editions/1").expectStatus(200);
    assertThat(form.html().select("select[name=kind] option[selected]").val()).isEqualTo("STATEMENT");
    assertThat(form.html().select("select[name=language] option[selected]").val()).isEqualTo("ru");
    assertThat(form.html().select("input[name=eventPlace]").val()).isEqualTo("Vienna");
    assertThat(form.html().select("input[name=translationOf]").val()).isEqualTo(String.valueOf(original));
    assertThat(form.html().select("textarea[name=legacyPaths]").text()).contains("/fnapr/6443");

    publish(translation);
    Browser reader = server.browser();
    String translated = publicPath(reader, translation);
    Element toOriginal = reader.get(translated).expectStatus(200).html().selectFirst("p.languages a");
    assertThat(toOriginal.attr("hreflang")).isEqualTo("en");
    assertThat(toOriginal.text()).isEqualTo("English");
    String originalPath = toOriginal.attr("href");
    assertThat(originalPath).startsWith("/messages/" + original + "/");
    Element toTranslation = reader.get(originalPath).expectStatus(200).html().selectFirst("p.languages a");
    assertThat(toTranslation.text()).isEqualTo("Русский");
    assertThat(toTranslation.attr("href")).isEqualTo(translated);
    Browser.Reply old = reader.get("/fnapr/6443");
    assertThat(old.status()).isEqualTo(301);
    assertThat(old.header("Location")).contains(translated);
  }

  @Test
  void kind_and_event_left_blank_are_read_from_the_title() {
    long number = draft(writer, fields(writer, "Interview of the Ambassador to the Herald, Lisbon, November 18, 2026", "Text."));

    Message saved = server.editions.edition(number, 1).orElseThrow().content();
    assertThat(saved.kind()).isEqualTo(Kind.INTERVIEW);
    assertThat(saved.event()).isEqualTo(new TitleEvent(Optional.of("Lisbon"), Optional.of(LocalDate.of(2026, 11, 18))));
    assertThat(saved.language()).as("the site's language").isEqualTo("en");
  }

  @Test
  void each_wrong_field_is_named_with_what_was_typed_and_nothing_is_saved() {
    long other = publish(draft(writer, fields(writer, "Statement on the ferry", "The ferry runs again.", "legacyPaths", "/fnapr/100")));
    int before = server.editions.messageNumbers(100).size();

    Browser.Reply refused = writer.post("/console/messages", fields(writer, "Statement", "Text.",
        "kind", "MEMO", "eventDate", "14 April", "language", "xx1", "translationOf", "abc",
        "legacyPaths", "fnapr/7\n/fnapr/100/")).expectStatus(422);

    assertThat(refused.html().select("div.error li").eachText()).containsExactly(
        "Kind: 'MEMO' is not a kind of message; choose one from the list.",
        "Date of the event: '14 April' is not a date; give the day of the event as e.g. 2026-11-20, or leave it blank.",
        "Language: 'xx1' is not a language code; choose a language from the list.",
        "Translation of message number: 'abc' is not a message number; give the number of the message this one "
            + "translates, or leave it blank.",
        "Paths on the earlier site: 'fnapr/7' is not a path on the earlier site; write it as it followed the site's "
            + "address, starting with /, e.g. /fnapr/6443.",
        "Paths on the earlier site: /fnapr/100/ already leads to message " + other
            + "; remove it there first, or leave it out here.");
    assertThat(refused.html().select("input[name=eventDate]").val()).as("kept as typed").isEqualTo("14 April");
    assertThat(server.editions.messageNumbers(100)).hasSize(before);

    Browser.Reply missing = writer.post("/console/messages", fields(writer, "Statement", "Text.", "translationOf", "4242"))
        .expectStatus(422);
    assertThat(missing.html().select("div.error li").eachText()).containsExactly(
        "Translation of message number: There is no message 4242 to translate; check the original's number.");
    assertThat(server.editions.messageNumbers(100)).hasSize(before);
  }

  @Test
  void hostile_values_in_every_new_field_render_as_text_and_change_nothing_they_should_not() {
    for (String hostile : HostileInputTest.HOSTILE) {
      Browser.Reply refused = writer.post("/console/messages", fields(writer, "Statement", "Text.",
          "kind", hostile, "language", hostile, "translationOf", hostile, "legacyPaths", hostile)).expectStatus(422);
      assertNoInjectedMarkup(refused);
      assertThat(refused.html().select("div.error li").eachText()).hasSize(4)
          .allSatisfy(problem -> assertThat(problem).contains(hostile.strip()));

      long number = draft(writer, fields(writer, "Statement", "Text.", "eventPlace", hostile,
          "legacyPaths", "/old/" + hostile));
      Message saved = server.editions.edition(number, 1).orElseThrow().content();
      assertThat(saved.event().place()).contains(hostile.strip());
      assertThat(saved.legacyPaths()).as("escaped as the importer stores paths")
          .singleElement().asString().startsWith("/old/").doesNotContain("<", ">", "\"", " ");
      Browser.Reply form = writer.get(edition(number, 1)).expectStatus(200);
      assertNoInjectedMarkup(form);
      assertThat(form.html().select("input[name=eventPlace]").val()).isEqualTo(hostile.strip());
    }
    assertThat(server.accounts.all()).as("no account was touched").hasSize(2);
  }

  @Test
  void a_message_cannot_translate_itself() {
    long number = draft(writer, fields(writer, "Statement", "Text."));
    int latest = server.editions.revisions(number).size();

    Browser.Reply refused = writer.post("/console/messages/" + number + "/editions/1", fields(writer, "Statement", "Text.",
        "translationOf", String.valueOf(number), "basedOn", String.valueOf(latest))).expectStatus(422);

    assertThat(refused.html().select("div.error li").eachText()).containsExactly(
        "Translation of message number: A message cannot be a translation of itself; give the number of the original.");
    assertThat(server.editions.revisions(number)).hasSize(latest);
  }

  @Test
  void the_questioner_is_offered_under_one_full_name_however_transcripts_wrote_it() {
    publish(draft(writer, fields(writer, "Interview", "Q: When?\n\nA: Soon.\n\nQuestion: Where?\n\nAnswer: Here.")));

    assertThat(writer.get("/console/messages/new").expectStatus(200).html().select("button.speaker-pick")
        .eachAttr("data-speaker")).containsExactly("Answer", "Question");
  }

  @Test
  void the_known_speakers_are_offered_and_the_preview_marks_a_new_one() {
    publish(draft(writer, fields(writer, "Interview of the Ambassador", "Question: When?\n\nAmbassador Ilse Varga: Soon.")));

    Browser.Reply form = writer.get("/console/messages/new").expectStatus(200);
    assertThat(form.html().select("button.speaker-pick").eachAttr("data-speaker"))
        .containsExactly("Ambassador Ilse Varga", "Question");
    assertThat(form.html().select("script[src=/static/console.js]")).hasSize(1);

    Browser.Reply preview = writer.post("/console/messages", fields(writer, "Briefing",
        "Question: And now?\n\nAmbassador Ilse Varga: We wait.\n\nSpokesperson Arno Tal: Next question.",
        "preview", "1")).expectStatus(200);
    assertThat(preview.html().select("section.preview .turn").eachText()).containsExactly(
        "Question And now?", "Ambassador Ilse Varga We wait.",
        "Spokesperson Arno Tal (new speaker: added to the known speakers when published) Next question.");
  }

  /** The public path of a published message, once the site has caught up with the store. */
  private static String publicPath(Browser reader, long number) {
    long deadline = System.nanoTime() + 3_000_000_000L;
    Browser.Reply moved;
    do {
      moved = reader.get("/messages/" + number);
    } while (moved.status() != 301 && System.nanoTime() < deadline);
    return moved.header("Location").orElseThrow();
  }
}
