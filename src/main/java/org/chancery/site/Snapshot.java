package org.chancery.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.content.Masthead;
import org.chancery.content.Section;

/**
 * The site as at one instant: the instant, the masthead in force and the sections with a message
 * published by that instant's date. One request takes one snapshot, so every part of a page
 * agrees on what "today" is.
 */
record Snapshot(Instant now, Masthead masthead, List<Section> sections) {

  Snapshot {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(masthead, "masthead");
    sections = List.copyOf(sections);
  }

  /** The home zone's date: messages published after it are not shown. */
  LocalDate today() {
    return masthead.today(now);
  }

  Optional<Section> section(String slug) {
    return sections.stream().filter(s -> s.slug().equals(slug)).findFirst();
  }
}
