package org.chancery.site;

/**
 * A message in a list: "dd.mm.yyyy - Title", a link, with its lead beneath.
 *
 * @param lead the lead, or blank when the message has none
 */
public record ListItem(String date, String isoDate, String title, String path, String lead) {

  public boolean hasLead() {
    return !lead.isBlank();
  }
}
