package org.chancery.content;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the archive, newest first.
 *
 * @param section the section to list, or empty for all messages
 * @param page the page number, from 1
 * @param pageSize messages a page
 * @param today the home-zone date the site is shown as at
 */
public record ArchiveRequest(Optional<Section> section, int page, int pageSize, LocalDate today) {

  public static final int PAGE_SIZE = 10;

  public ArchiveRequest {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(today, "today");
    if (page < 1) {
      throw new IllegalArgumentException("archive page must be 1 or more, got " + page);
    }
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("archive page size must be from 1 to 100, got " + pageSize);
    }
  }

  public static ArchiveRequest allMessages(int page, LocalDate today) {
    return new ArchiveRequest(Optional.empty(), page, PAGE_SIZE, today);
  }

  public static ArchiveRequest ofSection(Section section, int page, LocalDate today) {
    return new ArchiveRequest(Optional.of(section), page, PAGE_SIZE, today);
  }
}
