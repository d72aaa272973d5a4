package org.chancery.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.MessageStore.MessageWriter;
import org.chancery.content.Section;
import org.chancery.content.Speaker;

/**
 * A made-up archive of a press office, for benchmarks: as many messages as asked, the same ones
 * for the same seed, that look like the real thing to the store, the site and a search index.
 *
 * <ul>
 *   <li>Statements, comments, press releases, interviews, news conferences and the other
 *       {@link org.chancery.content.Kind}s in a press office's proportions; a fifth of the messages
 *       are transcripts of 6 to 80 speaker turns, the others 3 to 40 paragraphs, most short.
 *   <li>Four in five in English and one in five in Russian, in Cyrillic, declined and conjugated,
 *       drawn from word lists of a few thousand words by Zipf's law, so that word queries are as
 *       selective as on real text.
 *   <li>Nine sections, about three messages a day over at most fifteen years (more a day when more
 *       are asked), fewer at weekends, ranked within their day; 200 named speakers and the
 *       anonymous questioner and answerer; some titles end in ", City, Month D, YYYY", from which
 *       the event is read; a quarter of the messages have a path on an earlier site.
 * </ul>
 *
 * <p>Messages are made one at a time as the iterator is read, never held together: an archive of
 * millions takes the memory of one message. Each depends only on the seed, its index and its day,
 * and is new to the store (number 0). Everything is fictional: countries, cities, people, media.
 */
public final class SyntheticArchive implements Iterable<Message> {

  public static final int MAX_MESSAGES = 5_000_000;
  /** The day an archive ends on unless it is appended to one: a past day, so the site shows it all. */
  public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
  /** How many messages {@link #writeTo} stores in one transaction. */
  static final int BATCH = 1_000;
  /** Fifteen years. */
  static final int MAX_DAYS = 5_479;
  static final double MESSAGES_A_DAY = 3;

  private final long seed;
  private final int size;
  private final LocalDate firstDay;
  private final int days;

  private SyntheticArchive(long seed, int size, LocalDate firstDay, int days) {
    if (size < 1 || size > MAX_MESSAGES) {
      throw new IllegalArgumentException("a synthetic archive has 1 to " + MAX_MESSAGES + " messages, not " + size);
    }
    this.seed = seed;
    this.size = size;
    this.firstDay = firstDay;
    this.days = days;
  }

  /** {@code messages} messages from {@code seed}, the newest published on {@code lastDay}. */
  public static SyntheticArchive endingOn(LocalDate lastDay, int messages, long seed) {
    int days = days(messages);
    return new SyntheticArchive(seed, messages, lastDay.minusDays(days - 1L), days);
  }

  /** {@code messages} messages from {@code seed}, the oldest published on {@code firstDay}. */
  public static SyntheticArchive startingOn(LocalDate firstDay, int messages, long seed) {
    return new SyntheticArchive(seed, messages, firstDay, days(messages));
  }

  /** Three messages a day, over fifteen years at most. */
  private static int days(int messages) {
    return (int) Math.max(1, Math.min(MAX_DAYS, Math.ceil(messages / MESSAGES_A_DAY)));
  }

  public int size() {
    return size;
  }

  public LocalDate firstDay() {
    return firstDay;
  }

  public LocalDate lastDay() {
    return firstDay.plusDays(days - 1L);
  }

  /** The sections every archive files its messages in, in menu order. */
  public static List<Section> sections() {
    return SyntheticMessages.SECTIONS;
  }

  /**
   * Everyone named in the transcripts, in English and in Russian; the anonymous questioner and
   * answerer ({@link Speaker#QUESTION}, {@link Speaker#ANSWER}, "Вопрос", "Ответ") speak too.
   */
  public static List<Speaker> speakers() {
    return Generator.MESSAGES.speakers();
  }

  /** The messages oldest first: by day, and within a day by rank, lowest (oldest) first. */
  @Override
  public Iterator<Message> iterator() {
    return new Messages();
  }

  public Stream<Message> stream() {
    return StreamSupport.stream(Spliterators.spliterator(iterator(), size,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED), false);
  }

  /**
   * Adds every message to {@code store}, {@value #BATCH} a transaction, oldest first, so that each
   * transaction only extends the archive's positions (an older message would renumber every newer
   * one). The first transaction adds the sections in their menu order, those the store lacks.
   * If a transaction fails, the batches before it stay; the exception says how many.
   */
  public Summary writeTo(MessageStore store, ProgressListener progress) {
    progress.started(size);
    Iterator<Message> messages = iterator();
    Summary.Tally tally = new Summary.Tally();
    while (messages.hasNext()) {
      boolean first = tally.messages == 0;
      try {
        store.write(writer -> {
          if (first) {
            addSections(writer);
          }
          for (int i = 0; i < BATCH && messages.hasNext(); i++) {
            Message message = messages.next();
            writer.add(message);
            tally.count(message);
            progress.stepped(message.published().toString());
          }
          return null;
        });
      } catch (RuntimeException e) {
        throw new IllegalStateException("storing the synthetic archive failed after " + tally.committed
            + " of its " + size + " messages had been stored: " + e.getMessage(), e);
      }
      tally.commit();
    }
    return tally.summary(firstDay, lastDay());
  }

  private static void addSections(MessageWriter writer) {
    List<String> stored = writer.sections().stream().map(Section::slug).toList();
    for (Section section : SyntheticMessages.SECTIONS) {
      if (!stored.contains(section.slug())) {
        writer.addSection(section);
      }
    }
  }

  /**
   * What {@link #writeTo} stored.
   *
   * @param messages how many messages, all new
   * @param russian how many of them are in Russian; the others are in English
   * @param transcripts how many have speaker turns
   */
  public record Summary(int messages, int russian, int transcripts, LocalDate firstDay, LocalDate lastDay) {

    /** "Generated 1000 messages (803 in English, 197 in Russian; 214 transcripts), 2024-12-03 to 2025-12-31". */
    public String summaryLine() {
      return "Generated " + messages + " message" + (messages == 1 ? "" : "s") + " (" + (messages - russian)
          + " in English, " + russian + " in Russian; " + transcripts + " transcript" + (transcripts == 1 ? "" : "s")
          + "), " + firstDay + " to " + lastDay;
    }

    /** Counts as the messages go in; {@link #committed} only those of committed batches. */
    private static final class Tally {
      int messages;
      int russian;
      int transcripts;
      int committed;

      void count(Message message) {
        messages++;
        russian += message.language().equals("ru") ? 1 : 0;
        transcripts += message.body().isTranscript() ? 1 : 0;
      }

      void commit() {
        committed = messages;
      }

      Summary summary(LocalDate firstDay, LocalDate lastDay) {
        return new Summary(messages, russian, transcripts, firstDay, lastDay);
      }
    }
  }

  /**
   * The days and their messages: each day gets a Poisson share of the messages still to come,
   * weighted by its weekday and drawn again day by day so the count comes out exact; the last day
   * takes what is left, at least one.
   */
  private final class Messages implements Iterator<Message> {
    private final Dice schedule = new Dice(Dice.seedOf(seed, -1));
    private double weightLeft;
    private int made;
    private int day = -1;
    private int today;
    private int rank;

    Messages() {
      for (int i = 0; i < days; i++) {
        weightLeft += weight(firstDay.plusDays(i));
      }
    }

    @Override
    public boolean hasNext() {
      return made < size;
    }

    @Override
    public Message next() {
      if (!hasNext()) {
        throw new NoSuchElementException("the archive has only " + size + " messages");
      }
      while (rank == today) {
        nextDay();
      }
      Message message = Generator.MESSAGES.message(seed, made, firstDay.plusDays(day), rank);
      rank++;
      made++;
      return message;
    }

    private void nextDay() {
      day++;
      double weight = weight(firstDay.plusDays(day));
      int left = size - made;
      if (day == days - 1) {
        today = left;
      } else {
        // One is kept for the last day, so that the archive ends on the day it was asked to.
        today = Math.min(left - 1, schedule.poisson(left * weight / Math.max(weight, weightLeft)));
      }
      weightLeft -= weight;
      rank = 0;
    }

    /** A press office publishes less at weekends. */
    private static double weight(LocalDate date) {
      DayOfWeek weekday = date.getDayOfWeek();
      return weekday == DayOfWeek.SATURDAY ? 0.5 : weekday == DayOfWeek.SUNDAY ? 0.3 : 1.2;
    }
  }

  /** The word lists and the people, read once and shared: they never change. */
  private static final class Generator {
    static final SyntheticMessages MESSAGES = create();

    private static SyntheticMessages create() {
      Cast cast = Cast.load();
      return new SyntheticMessages(cast, new EnglishProse(EnglishWords.load(), cast),
          new RussianProse(RussianWords.load(), cast));
    }
  }
}
