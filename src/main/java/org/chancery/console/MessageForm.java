package org.chancery.console;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.chancery.content.Body;
import org.chancery.content.Kind;
import org.chancery.content.LegacyPath;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.Text;
import org.chancery.content.TitleEvent;

/**
 * What the message form sent, as typed, and the message it makes once every field is valid. The
 * body is plain text: paragraphs separated by blank lines, a paragraph opening "Question:" or
 * "Name:" opens a speaker's turn.
 *
 * <p>Kind, event place and event date may be left blank: they are then read from the title, as
 * the importer reads them ("..., Vienna, April 14, 2020"). Legacy paths are one a line.
 *
 * @param kind a {@link Kind} name, or blank to read it from the title
 * @param eventDate the event's day as yyyy-mm-dd, or blank
 * @param language an ISO 639-1 code such as "en"
 * @param translationOf the number of the message this one translates, or blank
 * @param legacyPaths an earlier site's paths of this message, one a line
 * @param basedOn the revision the form was opened at; 0 for a new message
 */
public record MessageForm(String title, String section, String published, String body, String kind, String eventPlace,
    String eventDate, String language, String translationOf, String legacyPaths, int basedOn) {

  /** The longest title and body accepted; more is refused, not cut. */
  static final int TITLE_LIMIT = 500;
  static final int BODY_LIMIT = 200_000;
  static final int PLACE_LIMIT = 200;
  static final int PATH_LIMIT = 500;
  static final int PATHS_LIMIT = 50;

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  /** A field that is wrong, the key of the sentence that says so, and what the sentence names. */
  record Problem(String field, String key, List<Object> values) {
    Problem(String field, String key) {
      this(field, key, List.of());
    }
  }

  /** What the form needs to know about other messages to check its fields. */
  interface Others {
    /** Whether a message of this number exists (on the site, or being written). */
    boolean exists(long number);

    /** The message an earlier site's path already leads to, if any. */
    Optional<Long> ownerOfLegacyPath(String path);
  }

  /** What the form sent; a language left out is {@code siteLanguage}. */
  static MessageForm read(Context ctx, String siteLanguage) {
    int basedOn;
    try {
      basedOn = Integer.parseInt(Forms.field(ctx, "basedOn"));
    } catch (NumberFormatException e) {
      basedOn = -1;
    }
    return new MessageForm(Forms.field(ctx, "title"), Forms.field(ctx, "section"), Forms.field(ctx, "published"),
        lines(Forms.field(ctx, "body")), Forms.field(ctx, "kind"), Forms.field(ctx, "eventPlace"),
        Forms.field(ctx, "eventDate"), Forms.field(ctx, "language").isBlank() ? siteLanguage : Forms.field(ctx, "language"),
        Forms.field(ctx, "translationOf"),
        lines(Forms.field(ctx, "legacyPaths")), basedOn);
  }

  /** An empty form for a new message in {@code language}, dated {@code today}. */
  static MessageForm blank(LocalDate today, String language) {
    return new MessageForm("", Section.NEWS.slug(), today.toString(), "", "", "", "", language, "", "", 0);
  }

  /** The form filled in with a message's content, at revision {@code basedOn}. */
  static MessageForm of(Message content, int basedOn) {
    return new MessageForm(content.title(), content.section().slug(), content.published().toString(),
        text(content.body()), content.kind().name(), content.event().place().orElse(""),
        content.event().date().map(LocalDate::toString).orElse(""), content.language(),
        content.translationOf().map(String::valueOf).orElse(""), String.join("\n", content.legacyPaths()), basedOn);
  }

  /** The same fields, as if the form had been opened at {@code revision}. */
  MessageForm basedOn(int revision) {
    return new MessageForm(title, section, published, body, kind, eventPlace, eventDate, language, translationOf,
        legacyPaths, revision);
  }

  /** The body as the form shows it: its paragraphs, a blank line between each two. */
  static String text(Body body) {
    return String.join("\n\n", body.paragraphs());
  }

  /** The parsed body: paragraphs split at blank lines, turns recognised. */
  Body parsedBody() {
    return Body.of(Arrays.asList(body.split("\\n\\s*\\n")));
  }

  /**
   * Every field that is wrong, in the form's order.
   *
   * @param sections the sections to choose from
   * @param number the message's number when editing one, 0 for a new message
   */
  List<Problem> problems(List<Section> sections, long number, Others others) {
    List<Problem> problems = new ArrayList<>();
    if (title.isBlank()) {
      problems.add(new Problem("title", "console.message.problem.title-missing"));
    } else if (title.length() > TITLE_LIMIT) {
      problems.add(new Problem("title", "console.message.problem.title-long"));
    }
    if (!kind.isBlank() && chosenKind().isEmpty()) {
      problems.add(new Problem("kind", "console.message.problem.kind", List.of(kind)));
    }
    if (chosen(sections).isEmpty()) {
      problems.add(new Problem("section", "console.message.problem.section"));
    }
    if (date(published).isEmpty()) {
      problems.add(new Problem("published", "console.message.problem.published"));
    }
    if (eventPlace.length() > PLACE_LIMIT) {
      problems.add(new Problem("eventPlace", "console.message.problem.event-place"));
    }
    if (!eventDate.isBlank() && date(eventDate).isEmpty()) {
      problems.add(new Problem("eventDate", "console.message.problem.event-date", List.of(eventDate)));
    }
    if (!LANGUAGES.contains(language.strip())) {
      problems.add(new Problem("language", "console.message.problem.language", List.of(language)));
    }
    translationProblem(number, others).ifPresent(problems::add);
    problems.addAll(legacyPathProblems(number, others));
    if (body.length() > BODY_LIMIT) {
      problems.add(new Problem("body", "console.message.problem.body-long"));
    } else if (parsedBody().isEmpty()) {
      problems.add(new Problem("body", "console.message.problem.body-missing"));
    }
    if (number > 0 && basedOn < 1) {
      problems.add(new Problem("basedOn", "console.message.problem.based-on"));
    }
    return problems;
  }

  private Optional<Problem> translationProblem(long number, Others others) {
    if (translationOf.isBlank()) {
      return Optional.empty();
    }
    Optional<Long> original = original();
    if (original.isEmpty()) {
      return Optional.of(new Problem("translationOf", "console.message.problem.translation-number",
          List.of(translationOf)));
    }
    if (original.get() == number) {
      return Optional.of(new Problem("translationOf", "console.message.problem.translation-itself"));
    }
    if (!others.exists(original.get())) {
      return Optional.of(new Problem("translationOf", "console.message.problem.translation-missing",
          List.of(original.get())));
    }
    return Optional.empty();
  }

  private List<Problem> legacyPathProblems(long number, Others others) {
    List<Problem> problems = new ArrayList<>();
    List<String> typed = typedPaths();
    if (typed.size() > PATHS_LIMIT) {
      problems.add(new Problem("legacyPaths", "console.message.problem.paths-many", List.of(PATHS_LIMIT)));
      return problems;
    }
    for (String path : typed) {
      if (!path.startsWith("/") || path.length() < 2 || path.length() > PATH_LIMIT) {
        problems.add(new Problem("legacyPaths", "console.message.problem.path-shape", List.of(path)));
        continue;
      }
      Optional<Long> owner = others.ownerOfLegacyPath(LegacyPath.normalise(path));
      if (owner.isPresent() && owner.get() != number) {
        problems.add(new Problem("legacyPaths", "console.message.problem.path-taken", List.of(path, owner.get())));
      }
    }
    return problems;
  }

  /** A new message's content; call only when there are no {@link #problems}. */
  Message newMessage(List<Section> sections) {
    return content(0, sections, 0, "");
  }

  /** {@code current} with this form's fields; its day order and lead are kept. */
  Message applyTo(Message current, List<Section> sections) {
    return content(current.number(), sections, current.dayOrder(), current.lead());
  }

  private Message content(long number, List<Section> sections, int dayOrder, String lead) {
    String squeezed = Text.squeeze(title);
    return new Message(number, chosen(sections).orElseThrow(), chosenKind().orElse(Kind.fromTitle(squeezed)),
        squeezed, date(published).orElseThrow(), false, dayOrder, event(squeezed), language.strip(), parsedBody(),
        lead, paths(), original());
  }

  /** The event as typed; when both its fields are blank, the one the title names. */
  private TitleEvent event(String squeezedTitle) {
    if (eventPlace.isBlank() && eventDate.isBlank()) {
      return TitleEvent.of(squeezedTitle);
    }
    return new TitleEvent(Optional.of(eventPlace), date(eventDate));
  }

  private Optional<Kind> chosenKind() {
    return Arrays.stream(Kind.values()).filter(k -> k.name().equals(kind.strip())).findFirst();
  }

  private Optional<Long> original() {
    try {
      long value = Long.parseLong(translationOf.strip());
      return value > 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private List<String> typedPaths() {
    return Arrays.stream(legacyPaths.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  /** The legacy paths in their stored spelling, once each, in the order typed. */
  private List<String> paths() {
    Set<String> paths = new LinkedHashSet<>();
    typedPaths().forEach(p -> paths.add(LegacyPath.normalise(p)));
    return List.copyOf(paths);
  }

  private Optional<Section> chosen(List<Section> sections) {
    return sections.stream().filter(s -> s.slug().equals(section)).findFirst();
  }

  private static Optional<LocalDate> date(String typed) {
    try {
      return Optional.of(LocalDate.parse(typed.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String lines(String typed) {
    return typed.replace("\r\n", "\n");
  }
}
