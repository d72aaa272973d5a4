package org.chancery.ingest;

import static org.chancery.ingest.MastheadParser.clip;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.content.Body;
import org.chancery.content.LegacyPath;
import org.chancery.content.Section;
import org.chancery.ingest.PageLines.Line;

/**
 * Reads the layout of a snapshot below its masthead. The layouts of the old site:
 *
 * <pre>
 * home page:    Title / body paragraphs / (blank lines) / "dd.mm.yyyy - Title" + lead ... / "all messages"
 * item page:    HEADING / dd.mm.yyyy / Title / body paragraphs / [listing as above]
 * archive page: [HEADING] / "Pages: ««« :: 46 47 ... :: »»»" / "dd.mm.yyyy - Title" + lead ... / [pager]
 * </pre>
 *
 * Each paragraph is one line. Where the main message ends and the listing begins is not marked,
 * so the listing is taken to be the last run of lines that reads as items each followed by at
 * most one lead; of the places where such a run can start, the first one after two or more blank
 * lines wins (the old site leaves a wider gap there), which keeps a body paragraph such as
 * "01.09.2021 - the first day of school" in the body.
 */
final class SnapshotParser {

  private static final Pattern URL_LINE = Pattern.compile("(?i)URL ?: ?(\\S+)");
  private static final Pattern ITEM = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4}) [-\u2010-\u2015] (\\S.*)");
  private static final Pattern DATE_ONLY = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");
  /**
   * The pager in its real shape only: "Pages:" then page numbers, arrows and separators, so that
   * a body paragraph "Pages: this decision is unlawful" stays a paragraph.
   */
  private static final Pattern PAGER = Pattern.compile("(?i)pages ?:(?: ?(?:\u00ab+|\u00bb+|::|\\d+|\\.\\.\\.|\u2026))+");
  private static final String ALL_MESSAGES = "all messages";

  private final String file;
  private final PageLines page;
  private final List<Line> lines;

  SnapshotParser(String file, PageLines page) {
    this.file = file;
    this.page = page;
    this.lines = page.lines();
  }

  Snapshot parse() throws SnapshotException {
    if (lines.isEmpty()) {
      throw new SnapshotException(file, 1,
          "empty file: expected a snapshot page starting with a date such as \"25 July 2021\"");
    }
    int start = 0;
    Optional<String> legacyPath = Optional.empty();
    Matcher url = URL_LINE.matcher(lines.get(0).text());
    if (url.matches()) {
      legacyPath = Optional.of(legacyPath(lines.get(0), url.group(1)));
      start = 1;
      if (lines.size() == 1) {
        throw truncated("the masthead date such as \"25 July 2021\" after the URL line");
      }
    }
    MastheadParser.Result head = new MastheadParser(file, lines, page.lastLine()).parse(start);
    List<Line> region = lines.subList(head.next(), lines.size());
    if (region.isEmpty()) {
      throw truncated("the page's message or a listing after the masthead");
    }
    Layout layout = pagerAt(region) >= 0 ? archive(region) : page(region);
    return new Snapshot(file, legacyPath, head.masthead(), head.shownAt(), layout.main, layout.section, layout.listed);
  }

  private record Layout(Optional<Snapshot.Main> main, Optional<Section> section, List<Snapshot.Listed> listed) {}

  /** Home and item pages: an optional main message, then an optional listing. */
  private Layout page(List<Line> region) throws SnapshotException {
    int end = region.size();
    boolean terminated = region.get(end - 1).text().equalsIgnoreCase(ALL_MESSAGES);
    if (terminated) {
      end--;
    }
    int from = 0;
    Optional<Section> section = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    if (end >= 2 && isHeading(region.get(0)) && DATE_ONLY.matcher(region.get(1).text()).matches()) {
      section = Optional.of(Section.named(region.get(0).text()));
      date = Optional.of(numericDate(region.get(1), DATE_ONLY));
      from = 2;
    }
    int listingStart = listingStart(region, from, end);
    List<Snapshot.Listed> listed = items(region.subList(listingStart, end));
    if (!terminated && !listed.isEmpty()) {
      Line last = region.get(end - 1);
      Matcher item = ITEM.matcher(last.text());
      throw item.matches()
          ? truncated("the lead of the listed item \"" + clip(item.group(4)) + "\"")
          : truncated("\"" + ALL_MESSAGES + "\" after the last listed item");
    }
    List<Line> mainLines = region.subList(from, listingStart);
    Optional<Snapshot.Main> main = Optional.empty();
    if (!mainLines.isEmpty() && !opensTurn(mainLines.get(0))) {
      Line title = mainLines.get(0);
      List<String> paragraphs = mainLines.subList(1, mainLines.size()).stream().map(Line::text).toList();
      main = Optional.of(new Snapshot.Main(title.number(), title.text(), date, section, Body.of(paragraphs)));
    }
    if (listed.isEmpty() && !terminated) {
      if (main.isEmpty() && mainLines.isEmpty()) {
        throw truncated(from == 2 ? "the title after the date line" : "the page's message or a listing after the masthead");
      }
      if (main.isPresent() && main.get().body().isEmpty()) {
        throw truncated("the body of \"" + clip(main.get().title()) + "\" after its title");
      }
    }
    if (main.isEmpty() && listed.isEmpty()) {
      Line at = mainLines.isEmpty() ? region.get(0) : mainLines.get(0);
      throw new SnapshotException(file, at.number(), mainLines.isEmpty()
          ? "unknown layout: the page shows neither a message nor a listing"
          : "unknown layout: expected a title, found the speaker's turn \"" + clip(at.text())
              + "\", and the page lists no messages");
    }
    return new Layout(main, Optional.empty(), listed);
  }

  /** Archive pages: an optional section heading, a pager, items, and perhaps the pager again. */
  private Layout archive(List<Line> region) throws SnapshotException {
    int pager = pagerAt(region);
    Optional<Section> section = Optional.empty();
    if (pager == 1) {
      section = Optional.of(Section.named(region.get(0).text()));
    }
    List<Line> rest = new ArrayList<>(region.subList(pager + 1, region.size()));
    // The pager again and "all messages" close the page; anywhere else they are not the pager.
    while (!rest.isEmpty() && isPagerOrEnd(rest.get(rest.size() - 1))) {
      rest.remove(rest.size() - 1);
    }
    if (rest.isEmpty()) {
      throw truncated("listed items \"dd.mm.yyyy - Title\" after the pager line");
    }
    Line first = rest.get(0);
    if (!ITEM.matcher(first.text()).matches()) {
      throw new SnapshotException(file, first.number(),
          "expected a listed item \"dd.mm.yyyy - Title\" after the pager line, found \"" + clip(first.text()) + "\"");
    }
    for (int i = 0; i < rest.size(); ) {
      boolean leadFollows = i + 1 < rest.size() && !ITEM.matcher(rest.get(i + 1).text()).matches();
      int next = i + (leadFollows ? 2 : 1);
      if (next < rest.size() && !ITEM.matcher(rest.get(next).text()).matches()) {
        throw new SnapshotException(file, rest.get(next).number(), "expected a listed item \"dd.mm.yyyy - Title\" "
            + "after the lead of line " + rest.get(i).number() + ", found \"" + clip(rest.get(next).text()) + "\"");
      }
      i = next;
    }
    Line last = rest.get(rest.size() - 1);
    Matcher lastItem = ITEM.matcher(last.text());
    if (lastItem.matches() && last == region.get(region.size() - 1)) {
      throw truncated("the lead of the listed item \"" + clip(lastItem.group(4)) + "\"");
    }
    return new Layout(Optional.empty(), section, items(rest));
  }

  /**
   * Where the listing starts in {@code region[from, end)}; {@code end} when there is none. A
   * listing is a run of items, each followed by at most one lead, up to {@code end}.
   */
  private static int listingStart(List<Line> region, int from, int end) {
    boolean[] valid = new boolean[end + 2];
    valid[end] = true;
    valid[end + 1] = true;
    for (int i = end - 1; i >= from; i--) {
      if (!isItem(region.get(i))) {
        continue;
      }
      boolean leadFollows = i + 1 < end && !isItem(region.get(i + 1));
      valid[i] = valid[i + (leadFollows ? 2 : 1)];
    }
    int firstValid = end;
    for (int i = from; i < end; i++) {
      if (!valid[i]) {
        continue;
      }
      if (i == from || region.get(i).blanksBefore() >= 2) {
        return i;
      }
      firstValid = Math.min(firstValid, i);
    }
    return firstValid;
  }

  private List<Snapshot.Listed> items(List<Line> listing) throws SnapshotException {
    List<Snapshot.Listed> listed = new ArrayList<>();
    for (int i = 0; i < listing.size(); i++) {
      Line line = listing.get(i);
      Matcher m = ITEM.matcher(line.text());
      if (!m.matches()) {
        continue; // a lead, taken with its item below
      }
      LocalDate date = numericDate(line, ITEM);
      boolean leadFollows = i + 1 < listing.size() && !isItem(listing.get(i + 1));
      String lead = leadFollows ? listing.get(i + 1).text() : "";
      listed.add(new Snapshot.Listed(line.number(), date, m.group(4), lead));
    }
    return listed;
  }

  private LocalDate numericDate(Line line, Pattern pattern) throws SnapshotException {
    Matcher m = pattern.matcher(line.text());
    if (!m.matches()) {
      throw new IllegalStateException("line " + line.number() + " was matched before");
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    } catch (DateTimeException e) {
      String shown = m.group(1) + "." + m.group(2) + "." + m.group(3);
      throw new SnapshotException(file, line.number(),
          "impossible date \"" + shown + "\": expected a real date as dd.mm.yyyy");
    }
  }

  private String legacyPath(Line line, String url) throws SnapshotException {
    // Only the path and query identify the page: the old host name may differ between snapshots.
    String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*", "").replaceFirst("#.*$", "");
    if (path.isEmpty() && !url.equals(path)) {
      return "/";
    }
    if (!path.startsWith("/")) {
      throw new SnapshotException(file, line.number(),
          "expected a path such as /press/6443 or an absolute URL after \"URL:\", found \"" + clip(url) + "\"");
    }
    // Stored as the site looks it up: one spelling whether escaped or not, with or without "/".
    return LegacyPath.normalise(path);
  }

  /**
   * Where the archive layout puts the pager: first below the masthead, or right below the section
   * heading; -1 when it is in neither place, so the page is a home or item page.
   */
  private static int pagerAt(List<Line> region) {
    if (isPager(region.get(0))) {
      return 0;
    }
    return region.size() > 1 && isHeading(region.get(0)) && isPager(region.get(1)) ? 1 : -1;
  }

  private static boolean isPager(Line line) {
    return PAGER.matcher(line.text()).matches();
  }

  private static boolean isPagerOrEnd(Line line) {
    return isPager(line) || line.text().equalsIgnoreCase(ALL_MESSAGES);
  }

  private static boolean isItem(Line line) {
    return ITEM.matcher(line.text()).matches();
  }

  /** A section heading is written in capitals: "PRESS RELEASES AND NEWS". */
  private static boolean isHeading(Line line) {
    String text = line.text();
    return text.codePoints().filter(Character::isLetter).count() >= 3
        && text.equals(text.toUpperCase(Locale.ROOT));
  }

  /** A body that opens with "Question: ..." has lost its title: it cannot be named. */
  private static boolean opensTurn(Line line) {
    return Body.of(List.of(line.text())).isTranscript();
  }

  private SnapshotException truncated(String expected) {
    return new SnapshotException(file, page.lastLine(),
        "truncated page: expected " + expected + ", found the end of the file");
  }
}
