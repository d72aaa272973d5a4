package org.chancery.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.chancery.content.EditionStore.EditionWriter;

/**
 * The editorial actions as the console calls them: each applies one of {@link Publisher}'s verbs
 * to a stored edition, in one transaction, and keeps the public site in step (see
 * {@link PublicProjection}). Refusals are {@link WorkflowRefusal}s; a save that would overwrite
 * someone else's is an {@link EditConflict}. Either way nothing is written.
 *
 * <p>Editions are named by their message's number and their own number, as the console's
 * addresses will; the latest revision number is what the editor's form was based on.
 *
 * <p>Each action writes its audit entry, worded by the caller ({@link Audit}), last in its
 * transaction: the action and its entry commit together or not at all, and a refused action
 * records nothing.
 */
public final class Newsroom {

  private final EditionStore store;
  private final Publisher publisher;
  private final Clock clock;

  /**
   * @param store where editions are kept; its transactions include the public messages' writes
   * @param publisher the workflow's rules
   * @param clock stamps revisions and withdrawals
   */
  public Newsroom(EditionStore store, Publisher publisher, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Starts a new message: its first edition, a draft, under a newly reserved number; revision 1. */
  public Revision draft(Message content, Account by, Audit<? super Revision> audit) {
    return store.write(w -> {
      long number = w.messages().reserveNumber();
      Edition draft = Edition.firstDraft(content.withNumber(number), by);
      w.insert(draft);
      return recorded(w, w.appendRevision(draft, by.id(), clock.instant()), audit);
    });
  }

  /**
   * Saves new content for a draft or rejected edition as the message's next revision.
   *
   * @param basedOn the revision the editor's form started from
   * @throws EditConflict when a newer revision than {@code basedOn} exists
   */
  public Revision save(long message, int edition, int basedOn, Message content, Account by,
      Audit<? super Revision> audit) {
    return store.write(w -> {
      Edition current = find(w, message, edition);
      requireLatest(w, message, basedOn, content);
      Edition saved = publisher.edit(current, by, content.withNumber(message));
      w.update(saved);
      return recorded(w, w.appendRevision(saved, by.id(), clock.instant()), audit);
    });
  }

  public Edition submit(long message, int edition, Account by, Audit<? super Edition> audit) {
    return change(message, edition, e -> publisher.submit(e, by), audit);
  }

  public Edition reject(long message, int edition, Account by, String reason, Audit<? super Edition> audit) {
    return change(message, edition, e -> publisher.reject(e, by, reason), audit);
  }

  public Edition schedule(long message, int edition, Account by, Instant at, Audit<? super Edition> audit) {
    return change(message, edition, e -> publisher.schedule(e, by, at), audit);
  }

  public Edition unschedule(long message, int edition, Account by, Audit<? super Edition> audit) {
    return change(message, edition, e -> publisher.unschedule(e, by), audit);
  }

  /** Sets aside an edition that has not gone live; the live edition, if any, stays. */
  public Edition discard(long message, int edition, Account by, Audit<? super Edition> audit) {
    return change(message, edition, e -> publisher.discard(e, by), audit);
  }

  /** Publishes a submitted edition now; the public message follows in the same transaction. */
  public Edition publish(long message, int edition, Account by, Audit<? super Edition> audit) {
    return store.write(w -> {
      Edition live = publisher.publish(find(w, message, edition), by);
      PublicProjection.goLive(w, live, publisher);
      return recorded(w, live, audit);
    });
  }

  /** Withdraws the live edition: the message stays on the site with a notice and the reason. */
  public Edition withdraw(long message, Account by, String reason, Audit<? super Edition> audit) {
    return store.write(w -> {
      Edition withdrawn = publisher.withdraw(live(w, message), by, reason);
      w.update(withdrawn);
      w.messages().withdraw(message, new Withdrawal(clock.instant(), withdrawn.reason().orElseThrow()));
      return recorded(w, withdrawn, audit);
    });
  }

  /** Removes a message published in error: off every list, its page answers 410 Gone. */
  public Edition remove(long message, Account by, String reason, Audit<? super Edition> audit) {
    return store.write(w -> {
      Edition removed = publisher.remove(live(w, message), by, reason);
      w.update(removed);
      w.messages().remove(message);
      return recorded(w, removed, audit);
    });
  }

  /**
   * Starts the next edition of a live message, a draft with the live content; the live edition
   * stays on the site until the new one is published.
   */
  public Revision startNewEdition(long message, Account by, ChangeNote note, Audit<? super Revision> audit) {
    return store.write(w -> {
      Edition live = live(w, message); // first, for it may record an imported message's first edition
      Edition next = publisher.startNewEdition(live, nextNumber(w, message), by, note);
      requireNoneInProgress(w, message);
      w.insert(next);
      return recorded(w, w.appendRevision(next, by.id(), clock.instant()), audit);
    });
  }

  /**
   * Brings back the content of an earlier revision as a new draft: as the next revision of the
   * edition in progress when there is one (a save, so {@code basedOn} is checked), otherwise as
   * a new edition of the live message, noting {@code note}; for a message that never went live
   * (its drafts discarded), as a new draft with no note.
   */
  public Revision restore(long message, int revision, int basedOn, Account by, ChangeNote note,
      Audit<? super Revision> audit) {
    return store.write(w -> {
      Message content = store.revision(message, revision)
          .orElseThrow(() -> new WorkflowRefusal(WorkflowRefusal.Reason.NO_REVISION, message, revision)).content();
      requireLatest(w, message, basedOn, content);
      Optional<Edition> inProgress = inProgress(w, message);
      Edition draft;
      if (inProgress.isPresent()) {
        draft = publisher.edit(inProgress.get(), by, content);
        w.update(draft);
      } else if (neverLive(w, message)) {
        draft = Edition.redraft(nextNumber(w, message), content, by);
        w.insert(draft);
      } else {
        Edition live = live(w, message);
        requireNoneInProgress(w, message);
        draft = publisher.startNewEdition(live, nextNumber(w, message), by, note).withContent(content);
        w.insert(draft);
      }
      return recorded(w, w.appendRevision(draft, by.id(), clock.instant()), audit);
    });
  }

  private Edition change(long message, int edition, UnaryOperator<Edition> verb, Audit<? super Edition> audit) {
    return store.write(w -> {
      Edition changed = verb.apply(find(w, message, edition));
      w.update(changed);
      return recorded(w, changed, audit);
    });
  }

  /** Writes the action's audit entry, after its other writes, in its transaction; returns {@code done}. */
  private static <T> T recorded(EditionWriter w, T done, Audit<? super T> audit) {
    w.messages().audit(audit.entry(done));
    return done;
  }

  private static Edition find(EditionWriter w, long message, int edition) {
    return w.editions(message).stream().filter(e -> e.number() == edition).findFirst()
        .orElseThrow(() -> new WorkflowRefusal(WorkflowRefusal.Reason.NO_EDITION, message, edition));
  }

  /**
   * The edition readers see (published or withdrawn). A message that came in by import has no
   * editions yet: its public content is recorded as its first edition (and revision) here, in
   * the same transaction as whatever is done to it next.
   */
  private Edition live(EditionWriter w, long message) {
    List<Edition> editions = w.editions(message);
    if (editions.isEmpty()) {
      return adoptImported(w, message);
    }
    return editions.stream().filter(e -> e.state().isPublic()).findFirst()
        .orElseThrow(() -> new WorkflowRefusal(WorkflowRefusal.Reason.NO_LIVE_EDITION, message));
  }

  private Edition adoptImported(EditionWriter w, long message) {
    Message stored = w.messages().stored(message)
        .orElseThrow(() -> new WorkflowRefusal(WorkflowRefusal.Reason.NO_SUCH_MESSAGE, message));
    Edition first = Edition.imported(stored);
    w.insert(first);
    w.appendRevision(first, Edition.IMPORTED, clock.instant());
    return first;
  }

  /** The number of a message's next edition: editions are numbered 1, 2, 3... and never deleted. */
  private static int nextNumber(EditionWriter w, long message) {
    return w.editions(message).stream().mapToInt(Edition::number).max().orElse(0) + 1;
  }

  /** Whether a message has editions, none of which ever went live: a first draft set aside. */
  private static boolean neverLive(EditionWriter w, long message) {
    List<Edition> editions = w.editions(message);
    return !editions.isEmpty() && editions.stream().allMatch(e -> e.publishedAt().isEmpty());
  }

  private static Optional<Edition> inProgress(EditionWriter w, long message) {
    List<Edition> editions = w.editions(message);
    return editions.stream().filter(e -> e.state().isEditable()).findFirst();
  }

  private static void requireNoneInProgress(EditionWriter w, long message) {
    w.editions(message).stream().filter(e -> e.state().isInProgress()).findFirst().ifPresent(e -> {
      throw new WorkflowRefusal(WorkflowRefusal.Reason.ALREADY_IN_PROGRESS, e.number(), e.state());
    });
  }

  /** The conflict check: under the write lock, so nobody can save between it and our save. */
  private static void requireLatest(EditionWriter w, long message, int basedOn, Message attempted) {
    Optional<Revision> latest = w.latestRevision(message);
    if (latest.isPresent() && latest.get().number() != basedOn) {
      throw new EditConflict(latest.get(), attempted.withNumber(message), basedOn);
    }
  }
}
