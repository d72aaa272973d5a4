package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.content.Block.Paragraph;
import org.chancery.content.Block.Turn;
import org.junit.jupiter.api.Test;

class BodyTest {

  @Test
  void question_and_named_speaker_open_turns_and_later_paragraphs_belong_to_the_turn() {
    Body body = Body.of(List.of(
        "Good afternoon, and thank you for coming.",
        "Question: Will the new consulate open this year?",
        "Ambassador Ilse Varga: We expect it to open in the spring.",
        "The building is ready; the staff are being trained.",
        "Question: And visas?",
        "Ilse Varga: Unchanged."));

    assertThat(body.blocks()).containsExactly(
        new Paragraph("Good afternoon, and thank you for coming."),
        new Turn(Speaker.QUESTION, List.of("Will the new consulate open this year?")),
        new Turn(new Speaker("Ambassador Ilse Varga"), List.of(
            "We expect it to open in the spring.", "The building is ready; the staff are being trained.")),
        new Turn(Speaker.QUESTION, List.of("And visas?")),
        new Turn(new Speaker("Ilse Varga"), List.of("Unchanged.")));
    assertThat(body.isTranscript()).isTrue();
  }

  @Test
  void every_spelling_of_question_and_answer_opens_a_turn_of_one_speaker() {
    Body body = Body.of(List.of("Q: one", "A: two", "Q.: three", "A.: four", "Question: five", "Answer: six"));

    assertThat(body.blocks()).extracting(b -> ((Turn) b).speaker()).containsExactly(
        Speaker.QUESTION, Speaker.ANSWER, Speaker.QUESTION, Speaker.ANSWER, Speaker.QUESTION, Speaker.ANSWER);
    assertThat(body.speakers()).containsExactly(Speaker.QUESTION, Speaker.ANSWER);
  }

  @Test
  void each_turn_keeps_its_label_as_written() {
    Body body = Body.of(List.of("Q.: one", "A.: two", "Question: three"));

    assertThat(body.paragraphs()).containsExactly("Q.: one", "A.: two", "Question: three");
    assertThat(body.speakers()).extracting(Speaker::name).containsExactly("Q.", "A.");
  }

  @Test
  void sentences_with_a_colon_are_not_turns() {
    List<String> paragraphs = List.of(
        "The third challenge: the situation tests every alliance.",
        "One more statement about the agency: its budget is public.",
        "The second priority: trade.",
        "Speaking of trade: it grew by ten per cent.",
        "In 2026: a record year.",
        "Note: the office is closed on Monday.");

    Body body = Body.of(paragraphs);

    assertThat(body.isTranscript()).as("no paragraph here opens a turn").isFalse();
    assertThat(body.paragraphs()).containsExactlyElementsOf(paragraphs);
  }

  @Test
  void a_colon_paragraph_inside_a_turn_stays_in_that_turn() {
    Body body = Body.of(List.of(
        "Minister Paul Ortega: We see three challenges.",
        "The third challenge: cooperation in international organisations."));

    assertThat(body.blocks()).containsExactly(new Turn(new Speaker("Minister Paul Ortega"),
        List.of("We see three challenges.", "The third challenge: cooperation in international organisations.")));
  }

  @Test
  void the_same_person_is_one_speaker_whatever_the_spacing() {
    Body body = Body.of(List.of("Ilse  Varga: Yes.", "Question: Why?", "Ilse Varga: Because."));

    assertThat(body.speakers()).extracting(Speaker::key).containsExactly("ilse varga", "question");
    assertThat(new Speaker("Ilse  Varga").key()).isEqualTo(new Speaker("ilse varga").key());
  }

  @Test
  void to_be_continued_is_kept_as_its_own_paragraph_after_the_last_turn() {
    Body body = Body.of(List.of("Question: First?", "Ilse Varga: Yes.", "To be continued..."));

    assertThat(body.blocks()).last().isEqualTo(new Paragraph("To be continued..."));
    assertThat(body.isContinued()).isTrue();
    assertThat(Body.of(List.of("Ilse Varga: Yes.")).isContinued()).isFalse();
  }

  @Test
  void lead_of_a_transcript_runs_the_first_question_and_answer_together() {
    Body transcript = Body.of(List.of("Question: Why now?", "Ilse Varga: Because it is time.", "More."));
    Body prose = Body.of(List.of("First paragraph.", "Second."));

    assertThat(transcript.lead()).isEqualTo("Question: Why now? Ilse Varga: Because it is time.");
    assertThat(prose.lead()).isEqualTo("First paragraph.");
    assertThat(Body.EMPTY.lead()).isEmpty();
  }

  @Test
  void blank_paragraphs_are_dropped_and_spaces_squeezed() {
    Body body = Body.of(List.of("  ", "A   line\u00A0with  runs ", ""));

    assertThat(body.paragraphs()).containsExactly("A line with runs");
  }

  @Test
  void paragraphs_read_back_give_the_same_body() {
    Body body = Body.of(List.of("Intro.", "Q: a?", "A: b.", "c.", "To be continued..."));

    assertThat(Body.of(body.paragraphs())).isEqualTo(body);
  }

  @Test
  void names_with_initials_titles_and_remarks_open_turns() {
    Body body = Body.of(List.of(
        "M.V. Petrova: Good afternoon.",
        "Mr. Hale: Thank you.",
        "Ilse Varga (in English): We agree.",
        "Ilse Varga: And we will sign.",
        "Вопрос: Когда?",
        "Ответ: Скоро."));

    assertThat(body.blocks()).extracting(b -> ((Turn) b).speaker().name())
        .containsExactly("M.V. Petrova", "Mr. Hale", "Ilse Varga (in English)", "Ilse Varga", "Вопрос", "Ответ");
    assertThat(body.speakers()).extracting(Speaker::key)
        .containsExactly("m.v. petrova", "mr. hale", "ilse varga", "question", "answer");
  }

  @Test
  void full_stops_outside_initials_keep_a_sentence_from_being_a_turn() {
    Body body = Body.of(List.of("Talks Ended. Vote Came: a long night.", "Mr. Hale said this: nothing."));

    assertThat(body.isTranscript()).isFalse();
  }
}
