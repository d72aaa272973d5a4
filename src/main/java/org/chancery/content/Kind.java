package org.chancery.content;

import java.util.List;
import java.util.Locale;

/**
 * What sort of message this is. The reference site never states the kind; it is read from the
 * title ("...'s interview with ...", "Comment by ...") and, failing that, is {@link #MESSAGE}.
 */
public enum Kind {
  NEWS_CONFERENCE("News conference", List.of("news conference", "press conference", "press-conference")),
  INTERVIEW("Interview", List.of("interview")),
  REMARKS("Remarks", List.of("remarks", "answers to questions", "answers to media questions")),
  ADDRESS("Address", List.of("address", "speech")),
  ARTICLE("Article", List.of("article")),
  COMMENT("Comment", List.of("comment")),
  STATEMENT("Statement", List.of("statement")),
  PRESS_RELEASE("Press release", List.of("press release")),
  MESSAGE("Message", List.of());

  private final String label;
  private final List<String> titleWords;

  Kind(String label, List<String> titleWords) {
    this.label = label;
    this.titleWords = titleWords;
  }

  /** The English name of the kind, as shown to readers. */
  public String label() {
    return label;
  }

  /**
   * The kind a title names, checked in declaration order so that "remarks ... at a news
   * conference" is a news conference, not remarks.
   */
  public static Kind fromTitle(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    for (Kind kind : values()) {
      for (String word : kind.titleWords) {
        if (lower.contains(word)) {
          return kind;
        }
      }
    }
    return MESSAGE;
  }
}
