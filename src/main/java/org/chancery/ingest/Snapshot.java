package org.chancery.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.content.Body;
import org.chancery.content.Masthead;
import org.chancery.content.Section;

/**
 * One page of the old site as a reader saw it at one instant: its masthead, its main message (if
 * it shows one) and the messages it lists. A value read from a snapshot file; nothing is stored.
 *
 * @param file the file's name as given, used in every message about it
 * @param legacyPath the page's path (and query) on the old site, from a first line "URL: ..."
 * @param masthead the clocks, contact and counters the page shows; each counter's shownFrom is
 *     its event date, since one page cannot tell when the counter first appeared, and its seenAt
 *     is {@code shownAt}
 * @param shownAt the instant the masthead's date and home clock show
 * @param main the page's own message, empty on a listing whose title is missing or an archive page
 * @param listingSection the section an archive page's heading names, if any
 * @param listed the listed messages in the page's order, newest first
 */
public record Snapshot(
    String file,
    Optional<String> legacyPath,
    Masthead masthead,
    Instant shownAt,
    Optional<Main> main,
    Optional<Section> listingSection,
    List<Listed> listed) {

  public Snapshot {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(legacyPath, "legacyPath");
    Objects.requireNonNull(masthead, "masthead");
    Objects.requireNonNull(shownAt, "shownAt");
    Objects.requireNonNull(main, "main");
    Objects.requireNonNull(listingSection, "listingSection");
    listed = List.copyOf(listed);
  }

  /** Reads and parses one snapshot file (UTF-8 text). */
  public static Snapshot read(Path file) throws IOException, SnapshotException {
    return parse(file.toString(), Files.readAllBytes(file));
  }

  /** Parses the bytes of a snapshot; {@code file} names it in error messages. */
  public static Snapshot parse(String file, byte[] content) throws SnapshotException {
    return new SnapshotParser(file, PageLines.decode(file, content)).parse();
  }

  /** The page's date in the mission's home zone: the date its masthead shows. */
  public LocalDate date() {
    return masthead.today(shownAt);
  }

  /**
   * The message a page is about.
   *
   * @param line the line of its title
   * @param title the title as written, white space squeezed
   * @param date the date an item page shows above the title; the home page's message shows none
   * @param section the section an item page's heading names
   * @param body paragraphs and turns; empty when the page shows only the title
   */
  public record Main(int line, String title, Optional<LocalDate> date, Optional<Section> section, Body body) {}

  /**
   * One item of a listing: "dd.mm.yyyy - Title" and the lead under it.
   *
   * @param line the line of the item
   * @param lead the lead as listed, white space squeezed; empty when the site listed none
   */
  public record Listed(int line, LocalDate date, String title, String lead) {}
}
