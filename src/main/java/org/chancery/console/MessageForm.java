package org.chancery.console;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Body;
import org.chancery.content.Kind;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.Text;
import org.chancery.content.TitleEvent;

/**
 * What the message form sent, as typed, and the message it makes once every field is valid. The
 * body is plain text: paragraphs separated by blank lines, a paragraph opening "Question:" or
 * "Name:" opens a speaker's turn.
 *
 * @param basedOn the revision the form was opened at; 0 for a new message
 */
record MessageForm(String title, String section, String published, String body, int basedOn) {

  /** The longest title and body accepted; more is refused, not cut. */
  static final int TITLE_LIMIT = 500;
  static final int BODY_LIMIT = 200_000;

  /** A field that is wrong, and the key of the sentence that says so. */
  record Problem(String field, String key) {}

  static MessageForm read(Context ctx) {
    int basedOn;
    try {
      basedOn = Integer.parseInt(Forms.field(ctx, "basedOn"));
    } catch (NumberFormatException e) {
      basedOn = -1;
    }
    return new MessageForm(Forms.field(ctx, "title"), Forms.field(ctx, "section"), Forms.field(ctx, "published"),
        Forms.field(ctx, "body").replace("\r\n", "\n"), basedOn);
  }

  /** The form filled in with a message's content, at revision {@code basedOn}. */
  static MessageForm of(Message content, int basedOn) {
    return new MessageForm(content.title(), content.section().slug(), content.published().toString(),
        text(content.body()), basedOn);
  }

  /** The body as the form shows it: its paragraphs, a blank line between each two. */
  static String text(Body body) {
    return String.join("\n\n", body.paragraphs());
  }

  /** The parsed body: paragraphs split at blank lines, turns recognised. */
  Body parsedBody() {
    return Body.of(Arrays.asList(body.split("\\n\\s*\\n")));
  }

  /** Every field that is wrong, in the form's order; {@code sections} are the ones to choose from. */
  List<Problem> problems(List<Section> sections, boolean editing) {
    List<Problem> problems = new ArrayList<>();
    if (title.isBlank()) {
      problems.add(new Problem("title", "console.message.problem.title-missing"));
    } else if (title.length() > TITLE_LIMIT) {
      problems.add(new Problem("title", "console.message.problem.title-long"));
    }
    if (chosen(sections).isEmpty()) {
      problems.add(new Problem("section", "console.message.problem.section"));
    }
    if (date().isEmpty()) {
      problems.add(new Problem("published", "console.message.problem.published"));
    }
    if (body.length() > BODY_LIMIT) {
      problems.add(new Problem("body", "console.message.problem.body-long"));
    } else if (parsedBody().isEmpty()) {
      problems.add(new Problem("body", "console.message.problem.body-missing"));
    }
    if (editing && basedOn < 1) {
      problems.add(new Problem("basedOn", "console.message.problem.based-on"));
    }
    return problems;
  }

  /** A new message's content; call only when there are no {@link #problems}. */
  Message newMessage(List<Section> sections, String language) {
    String squeezed = Text.squeeze(title);
    return new Message(0, chosen(sections).orElseThrow(), Kind.fromTitle(squeezed), squeezed, date().orElseThrow(),
        false, 0, TitleEvent.of(squeezed), language, parsedBody(), "", List.of(), Optional.empty());
  }

  /** {@code current} with this form's title, section, date and body; the rest is kept. */
  Message applyTo(Message current, List<Section> sections) {
    String squeezed = Text.squeeze(title);
    return new Message(current.number(), chosen(sections).orElseThrow(), Kind.fromTitle(squeezed), squeezed,
        date().orElseThrow(), false, current.dayOrder(), TitleEvent.of(squeezed), current.language(), parsedBody(),
        current.lead(), current.legacyPaths(), current.translationOf());
  }

  private Optional<Section> chosen(List<Section> sections) {
    return sections.stream().filter(s -> s.slug().equals(section)).findFirst();
  }

  private Optional<LocalDate> date() {
    try {
      return Optional.of(LocalDate.parse(published.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
