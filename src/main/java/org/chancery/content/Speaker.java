package org.chancery.content;

import java.util.Locale;
import java.util.Objects;

/**
 * Someone who speaks in a transcript. Two speakers are the same person when their {@link #key()}s
 * are equal: "Q:", "Q.:" and "Question:" are all the questioner, "A:", "A.:" and "Answer:" the
 * one who answers, and a name is the same name whatever its spacing, quotes or case.
 *
 * @param name how the speaker is shown, e.g. "Question" or "Foreign Minister Ilse Varga"
 */
public record Speaker(String name) {

  public static final Speaker QUESTION = new Speaker("Question");
  public static final Speaker ANSWER = new Speaker("Answer");

  public Speaker {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a speaker needs a name");
    }
  }

  /** The speaker a turn's label names ("Q.", "Answer", "Sergei Ivanov"), canonical spelling. */
  public static Speaker labelled(String label) {
    String name = Text.squeeze(label);
    switch (name.toLowerCase(Locale.ROOT)) {
      case "q", "q.", "question":
        return QUESTION;
      case "a", "a.", "answer":
        return ANSWER;
      default:
        return new Speaker(name);
    }
  }

  /** The identity of the speaker, for grouping and search. */
  public String key() {
    return Text.comparisonKey(name);
  }

  /** Whether this is the anonymous questioner or answerer rather than a named person. */
  public boolean isAnonymous() {
    return equals(QUESTION) || equals(ANSWER);
  }
}
