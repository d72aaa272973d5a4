package org.chancery.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.chancery.content.SearchResult.Snippet;

/**
 * Snippets as plain-text parts, the matched words marked: the site escapes them where it shows
 * them, so a message that quotes markup shows the markup as text. A passage longer than
 * {@link #LENGTH} is cut to that many characters around its first match, at spaces.
 */
final class Snippets extends PassageFormatter {

  static final int LENGTH = 200;
  /** How much of the text before the first match a cut passage keeps. */
  private static final int BEFORE = 60;
  private static final String ELLIPSIS = "\u2026";

  /** The best passage's parts, or null when no passage matched (the highlighter's "no highlight"). */
  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0 || passages[0].getNumMatches() == 0) {
      return null;
    }
    Passage passage = passages[0];
    int count = passage.getNumMatches();
    int[][] matches = new int[count][];
    for (int i = 0; i < count; i++) {
      matches[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
    }
    Arrays.sort(matches, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));

    int start = passage.getStartOffset();
    int end = passage.getEndOffset();
    if (end - start > LENGTH) {
      int first = matches[0][0];
      start = Math.max(start, first - BEFORE);
      start = wordStart(content, start, first);
      end = wordEnd(content, Math.min(end, start + LENGTH), Math.min(matches[0][1], end));
    }

    List<Snippet> parts = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    if (start > 0) {
      plain.append(ELLIPSIS).append(' ');
    }
    int at = start;
    for (int[] match : matches) {
      if (match[0] < at || match[1] > end) {
        continue; // the same word found again through its stem, or past the cut
      }
      plain.append(content, at, match[0]);
      flush(parts, plain, false);
      parts.add(new Snippet(squeeze(content.substring(match[0], match[1])), true));
      at = match[1];
    }
    plain.append(content, at, end);
    if (end < content.length()) {
      plain.append(' ').append(ELLIPSIS);
    }
    flush(parts, plain, false);
    return trimmed(parts);
  }

  /** Without the spaces a cut leaves at the very start and end. */
  private static List<Snippet> trimmed(List<Snippet> parts) {
    List<Snippet> out = new ArrayList<>(parts);
    Snippet first = out.get(0);
    out.set(0, new Snippet(first.text().stripLeading(), first.match()));
    Snippet last = out.get(out.size() - 1);
    out.set(out.size() - 1, new Snippet(last.text().stripTrailing(), last.match()));
    out.removeIf(part -> part.text().isEmpty());
    return List.copyOf(out);
  }

  /** The opening of a text, unmarked: a hit whose words were not in it, or a search with no words. */
  static List<Snippet> opening(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    if (text.length() <= LENGTH) {
      return List.of(new Snippet(squeeze(text), false));
    }
    int end = wordEnd(text, LENGTH, 0);
    return List.of(new Snippet(squeeze(text.substring(0, end)) + " " + ELLIPSIS, false));
  }

  private static void flush(List<Snippet> parts, StringBuilder plain, boolean match) {
    if (plain.length() > 0) {
      parts.add(new Snippet(squeeze(plain.toString()), match));
      plain.setLength(0);
    }
  }

  /** Paragraph breaks and runs of spaces as one space, keeping a space at either end. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /** The start of the word at {@code from}, moved forward past a cut word but never past {@code limit}. */
  private static int wordStart(String text, int from, int limit) {
    if (from == 0 || Character.isWhitespace(text.charAt(from - 1))) {
      return from;
    }
    int at = from;
    while (at < limit && !Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at < limit ? at + 1 : limit;
  }

  /** The end of the last whole word before {@code to}, but never before {@code floor}. */
  private static int wordEnd(String text, int to, int floor) {
    if (to >= text.length() || Character.isWhitespace(text.charAt(to))) {
      return Math.min(to, text.length());
    }
    int at = to;
    while (at > floor && !Character.isWhitespace(text.charAt(at - 1))) {
      at--;
    }
    return at > floor ? at - 1 : to;
  }
}
