package org.chancery.site;

import java.util.List;
import java.util.Optional;

/** The home page: the latest message in full, then the latest messages; empty before the first. */
public record HomePage(Chrome chrome, Optional<MessageView> latest, List<ListItem> items) {
  public HomePage {
    items = List.copyOf(items);
  }
}
