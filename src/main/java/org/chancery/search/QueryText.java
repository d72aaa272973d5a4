package org.chancery.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chancery.content.SearchNotice;

/**
 * What a reader typed, read as a search. Every word must match (an archive's readers narrow a
 * search by adding words); {@code "an exact phrase"} matches its words in order; {@code -word} and
 * {@code -"a phrase"} leave out what holds them; {@code OR} between two words or phrases lets
 * either match; {@code negotiat*} matches words beginning so, with two letters or more before the
 * star. Anything else is read as plainly as it can be, and each liberty taken is told in a
 * {@link #notices() notice}: this never fails.
 *
 * @param required the groups that must all match; each matches when any of its alternatives does
 * @param excluded what a match must not hold
 * @param notices what the reader is to be told about how the query was read, in the order it arose, each once
 */
record QueryText(List<List<Part>> required, List<Part> excluded, List<SearchNotice> notices) {

  /** Words looked for at most; each word of a phrase counts. A longer query is cut. */
  static final int MOST_WORDS = SearchNotice.MOST_WORDS;
  /** Prefixes at most: each can stand for thousands of words. Later ones are read as words. */
  static final int MOST_PREFIXES = SearchNotice.MOST_PREFIXES;

  QueryText {
    required = required.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
    notices = List.copyOf(notices);
  }

  /** One thing to look for. */
  sealed interface Part {
    String text();

    /** How many words it counts for against {@link #MOST_WORDS}. */
    default int words() {
      return Math.max(1, text().strip().split("\\s+").length);
    }
  }

  /** A word as typed; the analysis may split it ("covid-19") into a phrase. */
  record Word(String text) implements Part {}

  record Phrase(String text) implements Part {}

  /** The beginning of a word, without its star. */
  record Prefix(String text) implements Part {}

  boolean isBlank() {
    return required.isEmpty() && excluded.isEmpty();
  }

  static QueryText read(String typed) {
    return new Reader(clean(typed)).read();
  }

  /** Control and format characters become spaces; quotes of every shape become straight ones. */
  static String clean(String typed) {
    StringBuilder out = new StringBuilder(typed.length());
    typed.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
          || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
        out.append(' ');
      } else if ("\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02".indexOf(c) >= 0) {
        out.append('"');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static final class Reader {
    private final String text;
    private int at;
    private final List<List<Part>> required = new ArrayList<>();
    private final List<Part> excluded = new ArrayList<>();
    private final Set<SearchNotice> notices = new LinkedHashSet<>();
    private int words;
    private int prefixes;
    /** An OR was read after a required part and waits for the part that follows it. */
    private boolean orPending;
    /** The last thing read was a required part, so an OR may follow. */
    private boolean afterRequired;

    Reader(String text) {
      this.text = text;
    }

    QueryText read() {
      while (true) {
        skipSpaces();
        if (at >= text.length()) {
          break;
        }
        boolean exclude = false;
        if (text.charAt(at) == '-') {
          while (at < text.length() && text.charAt(at) == '-') {
            at++;
          }
          if (at >= text.length() || Character.isWhitespace(text.charAt(at))) {
            notices.add(SearchNotice.LONE_DASH);
            continue;
          }
          exclude = true;
        }
        Part part;
        if (text.charAt(at) == '"') {
          part = phrase();
        } else {
          String word = word();
          if (word.equals("OR") && !exclude) {
            or();
            continue;
          }
          part = wordOrPrefix(word);
        }
        if (part == null) {
          continue;
        }
        if (words + part.words() > MOST_WORDS) {
          notices.add(SearchNotice.TOO_MANY_WORDS);
          break;
        }
        words += part.words();
        if (exclude) {
          excluded.add(part);
          if (orPending) {
            notices.add(SearchNotice.LONE_OR);
            orPending = false;
          }
          afterRequired = false;
        } else {
          if (orPending) {
            required.get(required.size() - 1).add(part);
            orPending = false;
          } else {
            required.add(new ArrayList<>(List.of(part)));
          }
          afterRequired = true;
        }
      }
      if (orPending) {
        notices.add(SearchNotice.LONE_OR);
      }
      if (required.isEmpty() && !excluded.isEmpty()) {
        notices.add(SearchNotice.ONLY_EXCLUSIONS);
      }
      return new QueryText(required, excluded, List.copyOf(notices));
    }

    private void or() {
      if (afterRequired && !orPending) {
        orPending = true;
      } else {
        notices.add(SearchNotice.LONE_OR);
      }
      afterRequired = false;
    }

    private void skipSpaces() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    /** From an opening quote to the closing one, or to the end when it is missing. */
    private Part phrase() {
      int close = text.indexOf('"', at + 1);
      String inside;
      if (close < 0) {
        notices.add(SearchNotice.MISSING_QUOTE);
        inside = text.substring(at + 1);
        at = text.length();
      } else {
        inside = text.substring(at + 1, close);
        at = close + 1;
      }
      inside = inside.strip();
      return hasLetterOrDigit(inside) ? new Phrase(inside) : null;
    }

    /** Up to the next space or quote. */
    private String word() {
      int start = at;
      while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '"') {
        at++;
      }
      return text.substring(start, at);
    }

    private Part wordOrPrefix(String word) {
      String stem = word;
      boolean starred = false;
      while (stem.endsWith("*")) {
        stem = stem.substring(0, stem.length() - 1);
        starred = true;
      }
      // A star inside a word stands for nothing: it separates, as any other punctuation would.
      stem = stem.replace('*', ' ').strip();
      if (!hasLetterOrDigit(stem)) {
        if (starred) {
          notices.add(SearchNotice.LONE_STAR);
        }
        return null;
      }
      if (!starred) {
        return new Word(stem);
      }
      String last = stem.substring(stem.lastIndexOf(' ') + 1);
      if (last.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
        notices.add(SearchNotice.SHORT_PREFIX);
        return new Word(stem);
      }
      if (prefixes == MOST_PREFIXES) {
        notices.add(SearchNotice.TOO_MANY_PREFIXES);
        return new Word(stem);
      }
      prefixes++;
      return new Prefix(stem);
    }
  }
}
