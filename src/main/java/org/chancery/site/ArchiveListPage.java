package org.chancery.site;

import java.util.List;

/**
 * A page of the archive of all messages, or of one section.
 *
 * @param heading "All messages" or the section's name
 * @param position "Page 50 of 60"
 */
public record ArchiveListPage(Chrome chrome, String heading, String position, List<ListItem> items, PagerView pager) {
  public ArchiveListPage {
    items = List.copyOf(items);
  }
}
