package org.chancery.content;

import java.util.List;

/**
 * One page of the archive.
 *
 * @param messages the messages on the page, newest first; empty past the last page
 * @param page this page's number, from 1
 * @param total how many messages the whole archive holds
 * @param pageSize messages a full page holds
 */
public record ArchivePage(List<Message> messages, int page, long total, int pageSize) {

  public ArchivePage {
    messages = List.copyOf(messages);
  }

  /** How many pages the archive has; at least 1, so an empty archive still has its first page. */
  public int pageCount() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
