package org.chancery.content;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Someone who speaks in a transcript, named as the transcript writes it ("Q.", "Question",
 * "Foreign Minister Ilse Varga").
 *
 * <p>Two speakers are the same person when their {@link #key()}s are equal, and {@code equals}
 * follows the key, not the spelling: "Q:", "Q.:" and "Question:" are all the questioner, "A:",
 * "A.:" and "Answer:" the one who answers (and the Russian "Вопрос:" and "Ответ:"), and a name
 * is the same name whatever its spacing, quotes, case or a remark in brackets ("(in English)"). The spelling is kept so that a page shows each turn's label as it was written.
 *
 * @param name the label as written, without its colon
 */
public record Speaker(String name) {

  public static final Speaker QUESTION = new Speaker("Question");
  public static final Speaker ANSWER = new Speaker("Answer");

  /** A remark in brackets after a name, compiled once: keys are computed for every turn. */
  private static final Pattern REMARK = Pattern.compile("\\([^()]*\\)");

  public Speaker {
    Objects.requireNonNull(name, "name");
    name = Text.squeeze(name);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a speaker needs a name");
    }
  }

  /** The speaker a turn's label names ("Q.", "Answer", "Sergei Ivanov"). */
  public static Speaker labelled(String label) {
    return new Speaker(label);
  }

  /** The identity of the speaker, for grouping and search: "question", "answer" or the folded name. */
  public String key() {
    // A remark in brackets, "(in English)", says how the person spoke, not who they are.
    String person = Text.squeeze(REMARK.matcher(name).replaceAll(" "));
    return switch (person.toLowerCase(Locale.ROOT)) {
      case "q", "q.", "question", "вопрос" -> "question";
      case "a", "a.", "answer", "ответ" -> "answer";
      default -> Text.comparisonKey(person);
    };
  }

  /** Whether this is the anonymous questioner or answerer rather than a named person. */
  public boolean isAnonymous() {
    String key = key();
    return key.equals("question") || key.equals("answer");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Speaker speaker && speaker.key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }
}
