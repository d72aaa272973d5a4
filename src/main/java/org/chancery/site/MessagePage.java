package org.chancery.site;

import java.util.List;

/** A message's own page: the message in full, then the latest messages. */
public record MessagePage(Chrome chrome, MessageView message, List<ListItem> related, List<ListItem> items) {
  public MessagePage {
    related = List.copyOf(related);
    items = List.copyOf(items);
  }
}
