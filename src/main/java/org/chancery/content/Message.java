package org.chancery.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published message of the press office: a statement, an interview, a transcript...
 *
 * <p>Messages are ordered newest first by {@link #published()}, then by {@link #dayOrder()}
 * (higher is newer: the order in which the site listed messages of the same day), then by number.
 *
 * @param number the message's permanent number on the site; 0 until the store has assigned one
 * @param section where the message is filed
 * @param kind statement, interview, news conference...
 * @param title the title, as written
 * @param published the day of publication in the mission's home time zone
 * @param dateEstimated true when no page showed the publication date and the event's date from
 *     the title stands in for it
 * @param dayOrder rank among the messages published the same day, higher is newer
 * @param event the place and date of the event that the title names
 * @param language the language's ISO 639 code, e.g. "en"
 * @param body paragraphs and speaker turns; empty when only a listing of the message was seen
 * @param lead the lead shown in lists, or empty to use the body's own
 * @param legacyPaths the paths the message was known by on an earlier site, e.g. "/fnapr/6443"
 * @param translationOf the number of the message this one translates, if it is a translation
 */
public record Message(
    long number,
    Section section,
    Kind kind,
    String title,
    LocalDate published,
    boolean dateEstimated,
    int dayOrder,
    TitleEvent event,
    String language,
    Body body,
    String lead,
    List<String> legacyPaths,
    Optional<Long> translationOf) {

  public Message {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(lead, "lead");
    legacyPaths = List.copyOf(legacyPaths);
    Objects.requireNonNull(translationOf, "translationOf");
    if (number < 0) {
      throw new IllegalArgumentException("message number must not be negative, got " + number);
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("a message needs a title");
    }
    if (translationOf.isPresent() && translationOf.get() == number && number != 0) {
      throw new IllegalArgumentException("message " + number + " cannot be a translation of itself");
    }
    if (!language.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("language must be an ISO 639 code such as 'en', got '" + language + "'");
    }
  }

  /**
   * A new, not yet stored message with its kind and event read from the title. Its number is
   * assigned by the store.
   */
  public static Message create(Section section, String title, LocalDate published, Body body) {
    return new Message(0, section, Kind.fromTitle(title), Text.squeeze(title), published, false, 0,
        TitleEvent.of(title), "en", body, "", List.of(), Optional.empty());
  }

  /** The lead shown in lists: the one the site listed, else the body's first paragraph. */
  public String listLead() {
    return lead.isBlank() ? body.lead() : lead;
  }

  /** The slug in the message's URL, from its title; "message" when the title has no Latin letters. */
  public String slug() {
    String slug = Text.slug(title);
    return slug.isEmpty() ? "message" : slug;
  }

  /** The message's permanent path on the site: its number and its slug. */
  public String path() {
    return "/messages/" + number + "/" + slug();
  }

  /** The key under which differently typed copies of this title compare equal. */
  public String titleKey() {
    return Text.comparisonKey(title);
  }

  /** Whether the message is visible on a site whose home-zone date is {@code today}. */
  public boolean isPublishedBy(LocalDate today) {
    return !published.isAfter(today);
  }

  public Optional<LocalDate> eventDate() {
    return event.date();
  }

  public Message withNumber(long number) {
    return new Message(number, section, kind, title, published, dateEstimated, dayOrder, event, language, body, lead, legacyPaths, translationOf);
  }

  public Message withPublished(LocalDate published, boolean dateEstimated) {
    return new Message(number, section, kind, title, published, dateEstimated, dayOrder, event, language, body, lead, legacyPaths, translationOf);
  }

  public Message withDayOrder(int dayOrder) {
    return new Message(number, section, kind, title, published, dateEstimated, dayOrder, event, language, body, lead, legacyPaths, translationOf);
  }

  public Message withSection(Section section) {
    return new Message(number, section, kind, title, published, dateEstimated, dayOrder, event, language, body, lead, legacyPaths, translationOf);
  }

  public Message withBody(Body body) {
    return new Message(number, section, kind, title, published, dateEstimated, dayOrder, event, language, body, lead, legacyPaths, translationOf);
  }

  public Message withLead(String lead) {
    return new Message(number, section, kind, title, published, dateEstimated, dayOrder, event, language, body, lead, legacyPaths, translationOf);
  }

  public Message withLegacyPaths(List<String> legacyPaths) {
    return new Message(number, section, kind, title, published, dateEstimated, dayOrder, event, language, body, lead, legacyPaths, translationOf);
  }

  public Message withLanguage(String language) {
    return new Message(number, section, kind, title, published, dateEstimated, dayOrder, event, language, body, lead, legacyPaths, translationOf);
  }

  public Message withTranslationOf(Optional<Long> original) {
    return new Message(number, section, kind, title, published, dateEstimated, dayOrder, event, language, body, lead, legacyPaths, original);
  }
}
