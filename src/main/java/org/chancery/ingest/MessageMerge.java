package org.chancery.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Message;
import org.chancery.content.MessageStore.MessageWriter;
import org.chancery.content.Section;
import org.chancery.content.Text;
import org.chancery.content.TitleEvent;

/**
 * The rules that make one stored message of many sightings.
 *
 * <p>Two sightings are the same message when their titles have the same
 * {@link Text#comparisonKey comparison key} (so straight and curly quotes, dashes and spacing do
 * not matter) and their dates agree wherever both show one. A stored date that no page showed
 * (an estimate) agrees with any date.
 *
 * <p>Every rule only fills what is missing or raises what is known, and never swaps one known
 * value for another: that is what makes importing the same files twice change nothing, whatever
 * the order. Pages are merged newest first, so where two pages disagree (a reworded lead, another
 * spelling of the title) the newest page's wording is the one kept.
 *
 * <p>Same-day ranks are not set here: a new message starts at 0 and {@link DayRanking} places
 * the messages of every listed day once the run has stored them.
 */
final class MessageMerge {

  enum Status { NEW, UPDATED, UNCHANGED }

  record Outcome(Message message, Status status) {}

  private MessageMerge() {}

  /** Stores what {@code seen} adds to the store, writing nothing when it adds nothing. */
  static Outcome apply(MessageWriter writer, Sighting seen) {
    Optional<Message> same = sameMessage(writer.messagesTitled(Text.comparisonKey(seen.title())), seen);
    if (same.isEmpty()) {
      return new Outcome(writer.add(create(seen)), Status.NEW);
    }
    Message before = same.get();
    Message after = merged(before, seen);
    if (after.equals(before)) {
      return new Outcome(before, Status.UNCHANGED);
    }
    writer.update(after);
    return new Outcome(after, Status.UPDATED);
  }

  private static Optional<Message> sameMessage(List<Message> titled, Sighting seen) {
    if (seen.shownDate().isPresent()) {
      LocalDate date = seen.shownDate().get();
      Optional<Message> exact = titled.stream()
          .filter(m -> !m.dateEstimated() && m.published().equals(date))
          .min(Comparator.comparingLong(Message::number));
      if (exact.isPresent()) {
        return exact;
      }
      return titled.stream()
          .filter(Message::dateEstimated)
          .min(Comparator.comparingLong((Message m) -> Math.abs(m.published().toEpochDay() - date.toEpochDay()))
              .thenComparingLong(Message::number));
    }
    // No date on the page: the newest message of that title the page could have been showing.
    Comparator<Message> newest = Comparator.comparing(Message::published).thenComparingLong(Message::number);
    Optional<Message> shown = titled.stream().filter(m -> !m.published().isAfter(seen.pageDate())).max(newest);
    return shown.isPresent() ? shown : titled.stream().max(newest);
  }

  private static Message create(Sighting seen) {
    LocalDate published = seen.shownDate().orElseGet(() -> estimate(seen.title(), seen.pageDate()));
    return Message.create(seen.section().orElse(Section.NEWS), seen.title(), published, seen.body())
        .withPublished(published, seen.shownDate().isEmpty())
        .withLead(seen.lead())
        .withLegacyPaths(seen.legacyPath().map(List::of).orElse(List.of()));
  }

  /** The date that stands in when no page shows one: the event's date from the title, else the page's. */
  private static LocalDate estimate(String title, LocalDate pageDate) {
    return TitleEvent.of(title).date().orElse(pageDate);
  }

  private static Message merged(Message stored, Sighting seen) {
    Message m = stored;
    if (m.dateEstimated()) {
      if (seen.shownDate().isPresent()) {
        m = m.withPublished(seen.shownDate().get(), false); // a date learnt from a list fills one that had none
      } else if (m.eventDate().isEmpty() && seen.pageDate().isBefore(m.published())) {
        m = m.withPublished(seen.pageDate(), true); // the earliest page that showed it bounds its date
      }
    }
    if (m.body().isEmpty() && !seen.body().isEmpty()) {
      m = m.withBody(seen.body()); // a full body wins over a lead
    }
    if (m.lead().isEmpty() && !seen.lead().isEmpty()) {
      m = m.withLead(seen.lead()); // lists show exactly what the site listed
    }
    // NEWS is only the default for pages that name none. By slug: an administrator may have renamed it.
    if (seen.section().isPresent() && m.section().slug().equals(Section.NEWS.slug())
        && !seen.section().get().slug().equals(Section.NEWS.slug())) {
      m = m.withSection(seen.section().get());
    }
    if (seen.legacyPath().isPresent() && !m.legacyPaths().contains(seen.legacyPath().get())) {
      List<String> paths = new ArrayList<>(m.legacyPaths());
      paths.add(seen.legacyPath().get());
      m = m.withLegacyPaths(paths);
    }
    return m;
  }
}
