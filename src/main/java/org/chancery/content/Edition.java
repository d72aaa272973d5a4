package org.chancery.content;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a message on its way through the workflow: the text and metadata (as a
 * {@link Message}), who wrote it, who reviewed it, and where it stands. A message has at most one
 * live edition and at most one edition in progress; editing a live message starts a new edition,
 * and the live one stays until the new one is published.
 *
 * <p>Editions change state only through {@link Publisher}, which checks who may do what.
 *
 * @param number 1 for a message's first edition, then 2, 3...
 * @param state where the edition stands
 * @param content the title, body, section, kind, dates... of this edition
 * @param authorId the account that wrote this edition
 * @param reviewerId the account that published, scheduled or rejected it
 * @param scheduledAt when a scheduled edition goes live
 * @param publishedAt when it went live
 * @param changeNote what changed since the previous edition; empty for a first edition
 * @param reason why it was rejected, withdrawn or removed
 */
public record Edition(
    int number,
    EditionState state,
    Message content,
    long authorId,
    Optional<Long> reviewerId,
    Optional<Instant> scheduledAt,
    Optional<Instant> publishedAt,
    Optional<ChangeNote> changeNote,
    Optional<String> reason) {

  public Edition {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(reviewerId, "reviewerId");
    Objects.requireNonNull(scheduledAt, "scheduledAt");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(changeNote, "changeNote");
    Objects.requireNonNull(reason, "reason");
    if (number < 1) {
      throw new IllegalArgumentException("edition numbers start at 1, got " + number);
    }
    if (number == 1 && changeNote.isPresent()) {
      throw new IllegalArgumentException("a first edition has nothing to note a change against");
    }
  }

  /**
   * The author and reviewer id of a message's first edition when it came in by import rather than
   * through the console: no account wrote it.
   */
  public static final long IMPORTED = 0;

  /** A message's first edition: a draft by {@code author}. */
  public static Edition firstDraft(Message content, Account author) {
    return redraft(1, content, author);
  }

  /**
   * A new draft of a message that never went live, its earlier editions discarded: edition
   * {@code number}, with {@code content}, by {@code author}; no change note, for there is no
   * public version to note a change against.
   */
  static Edition redraft(int number, Message content, Account author) {
    return new Edition(number, EditionState.DRAFT, content, author.id(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The first edition of a message that was imported, not written in the console: its stored
   * public content. It is recorded once someone first acts on the message (a new edition, a
   * withdrawal), so that the history starts from what readers saw. An import knows the day of
   * publication, not the instant: it is taken as live since the start of that day, in UTC.
   */
  public static Edition imported(Message live) {
    Instant since = live.published().atStartOfDay(ZoneOffset.UTC).toInstant();
    return new Edition(1, EditionState.PUBLISHED, live, IMPORTED, Optional.empty(), Optional.empty(),
        Optional.of(since), Optional.empty(), Optional.empty());
  }

  /** Whether this is the first edition of an imported message, written by no account. */
  public boolean isImported() {
    return authorId == IMPORTED;
  }

  /** Whether {@code account} wrote this edition. */
  public boolean isWrittenBy(Account account) {
    return authorId == account.id();
  }

  Edition moveTo(EditionState next) {
    return new Edition(number, next, content, authorId, reviewerId, scheduledAt, publishedAt, changeNote, reason);
  }

  Edition reviewedBy(Account reviewer) {
    return new Edition(number, state, content, authorId, Optional.of(reviewer.id()), scheduledAt, publishedAt,
        changeNote, reason);
  }

  Edition scheduledFor(Optional<Instant> at) {
    return new Edition(number, state, content, authorId, reviewerId, at, publishedAt, changeNote, reason);
  }

  Edition publishedAt(Instant at) {
    return new Edition(number, state, content, authorId, reviewerId, scheduledAt, Optional.of(at), changeNote, reason);
  }

  Edition because(String why) {
    return new Edition(number, state, content, authorId, reviewerId, scheduledAt, publishedAt, changeNote,
        Optional.of(why));
  }

  /** The same edition with new text; only the workflow decides whether that is allowed. */
  Edition withContent(Message newContent) {
    return new Edition(number, state, newContent, authorId, reviewerId, scheduledAt, publishedAt, changeNote, reason);
  }

  /**
   * A new edition of this live one, numbered {@code next}, a draft by {@code author}, noting what
   * will change.
   */
  Edition nextDraft(int next, Account author, ChangeNote note) {
    return new Edition(next, EditionState.DRAFT, content, author.id(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(note), Optional.empty());
  }
}
