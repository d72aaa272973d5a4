package org.chancery.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page as a browser shows it, line by line, for comparing a page with the
 * reference site's snapshots (the seed files: one visible line of the page per line).
 *
 * <p>Block elements (paragraphs, headings, list items, divs, sections...) and {@code <br>} start a
 * new line; inline elements ({@code a}, {@code b}, {@code span}, {@code time}...) do not, so
 * "<b>Question:</b> Are you..." is one line. Scripts, styles, the {@code <head>} and elements with
 * the {@code hidden} attribute show nothing. CSS is not applied: text hidden only by a style sheet
 * (a visually hidden heading, say) still counts.
 */
public final class PageText {

  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div",
      "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
      "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  private static final Set<String> INVISIBLE =
      Set.of("head", "script", "style", "noscript", "template", "title", "meta", "link");

  private PageText() {}

  /** The page's visible lines, top to bottom: white space squeezed, empty lines left out. */
  public static List<String> linesOf(String html) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      private int hiddenDepth;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element) {
          if (hiddenDepth > 0 || isInvisible(element)) {
            hiddenDepth++;
          } else if (BLOCKS.contains(element.normalName())) {
            endLine(lines, line);
          }
        } else if (node instanceof TextNode text && hiddenDepth == 0) {
          line.append(text.getWholeText());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element) {
          if (hiddenDepth > 0) {
            hiddenDepth--;
          } else if (BLOCKS.contains(element.normalName())) {
            endLine(lines, line);
          }
        }
      }
    }, Jsoup.parse(html));
    endLine(lines, line);
    return lines;
  }

  /**
   * Asserts that the page shows {@code expected} in this order, other lines allowed in between.
   * Each expected line (white space squeezed; blank ones skipped) must equal a page line or be
   * contained in one, after the end of the previous match: two expected lines may be found in the
   * same page line, one after the other.
   *
   * @throws AssertionError naming the first expected line not found, with the page lines around
   *     where it was looked for
   */
  public static void assertLinesInOrder(List<String> expected, List<String> actualPageLines) {
    List<String> page = actualPageLines.stream().map(PageText::squeeze).toList();
    int lineIndex = 0;
    int from = 0;
    String previous = null;
    for (int e = 0; e < expected.size(); e++) {
      String wanted = squeeze(expected.get(e));
      if (wanted.isEmpty()) {
        continue;
      }
      int found = -1;
      int at = -1;
      for (int i = lineIndex; i < page.size() && found < 0; i++) {
        int start = i == lineIndex ? from : 0;
        at = page.get(i).indexOf(wanted, start);
        if (at >= 0) {
          found = i;
        }
      }
      if (found < 0) {
        throw new AssertionError(notFound(e, wanted, previous, lineIndex, page));
      }
      lineIndex = found;
      from = at + wanted.length();
      previous = wanted;
    }
  }

  private static String notFound(int expectedIndex, String wanted, String previous, int lineIndex, List<String> page) {
    StringBuilder message = new StringBuilder()
        .append("expected line ").append(expectedIndex + 1).append(" not found")
        .append(previous == null ? " on the page" : " after the previous match")
        .append(":\n  missing:  ").append(abbreviate(wanted));
    if (previous != null) {
      message.append("\n  previous: ").append(abbreviate(previous))
          .append("\n            (matched in page line ").append(lineIndex + 1).append(")");
    }
    message.append("\n  page lines from there:");
    for (int i = lineIndex; i < Math.min(page.size(), lineIndex + 8); i++) {
      message.append("\n    ").append(i + 1).append(": ").append(abbreviate(page.get(i)));
    }
    int closest = closestLine(wanted, page);
    if (closest >= 0) {
      message.append("\n  most similar page line (").append(closest + 1).append("): ")
          .append(abbreviate(page.get(closest)));
    }
    return message.append("\n  (").append(page.size()).append(" page lines in all)").toString();
  }

  /** The page line sharing the longest common prefix with {@code wanted}, or -1 if none shares any. */
  private static int closestLine(String wanted, List<String> page) {
    int best = -1;
    int bestLength = 0;
    for (int i = 0; i < page.size(); i++) {
      String line = page.get(i);
      int length = 0;
      while (length < Math.min(line.length(), wanted.length()) && line.charAt(length) == wanted.charAt(length)) {
        length++;
      }
      if (length > bestLength) {
        best = i;
        bestLength = length;
      }
    }
    return best;
  }

  private static String abbreviate(String line) {
    return line.length() <= 160 ? line : line.substring(0, 157) + "...";
  }

  private static boolean isInvisible(Element element) {
    return INVISIBLE.contains(element.normalName()) || element.hasAttr("hidden");
  }

  private static void endLine(List<String> lines, StringBuilder line) {
    String text = squeeze(line.toString());
    if (!text.isEmpty()) {
      lines.add(text);
    }
    line.setLength(0);
  }

  private static String squeeze(String text) {
    return text.replace('\u00A0', ' ').replaceAll("[\\s\\u2007\\u202F]+", " ").strip();
  }
}
