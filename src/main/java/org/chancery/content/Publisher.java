package org.chancery.content;

import static org.chancery.content.WorkflowRefusal.Reason.*;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.chancery.content.WorkflowRefusal.Act;

/**
 * The editorial verbs: submit, reject, publish, schedule, withdraw, remove, and starting a new
 * edition of a live message. Each checks the edition's state and who is acting, and refuses with
 * a {@link WorkflowRefusal} whose sentence tells the editor what to do instead.
 *
 * <p>Second-person review: nobody reviews, publishes or schedules an edition they wrote, whatever
 * their role. Time comes from the clock given, so scheduled publication can be tested.
 */
public final class Publisher {

  private final Clock clock;

  public Publisher(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Replaces the text of a draft or a rejected edition; a rejected one becomes a draft again. */
  public Edition edit(Edition edition, Account by, Message content) {
    if (!edition.state().isEditable()) {
      throw new WorkflowRefusal(edition.state().isPublic() ? LIVE_NOT_EDITABLE : NOT_EDITABLE, edition.state());
    }
    requireWriterOrReviewer(edition, by, Act.CHANGE);
    return edition.withContent(content).moveTo(EditionState.DRAFT);
  }

  /** Sends a draft to another editor for review. */
  public Edition submit(Edition edition, Account by) {
    if (!edition.state().isEditable()) {
      throw new WorkflowRefusal(SUBMIT_ONLY_DRAFT, edition.state());
    }
    requireWriterOrReviewer(edition, by, Act.SUBMIT);
    return edition.moveTo(EditionState.SUBMITTED);
  }

  /** Sends a submitted edition back to its writer, saying why. */
  public Edition reject(Edition edition, Account by, String reason) {
    requireReview(edition, by, Act.REJECTED);
    String why = Text.squeeze(Objects.requireNonNull(reason, "reason"));
    if (why.isEmpty()) {
      throw new WorkflowRefusal(REJECT_WITHOUT_REASON);
    }
    return edition.reviewedBy(by).because(why).moveTo(EditionState.REJECTED);
  }

  /** Approves a submitted edition and puts it live now. The caller supersedes the previous live edition. */
  public Edition publish(Edition edition, Account by) {
    requireReview(edition, by, Act.PUBLISHED);
    return edition.reviewedBy(by).scheduledFor(Optional.empty()).publishedAt(clock.instant())
        .moveTo(EditionState.PUBLISHED);
  }

  /** Approves a submitted edition to go live at {@code at}. */
  public Edition schedule(Edition edition, Account by, Instant at) {
    requireReview(edition, by, Act.SCHEDULED);
    Instant now = clock.instant();
    if (!at.isAfter(now)) {
      throw new WorkflowRefusal(SCHEDULE_IN_THE_PAST, at);
    }
    return edition.reviewedBy(by).scheduledFor(Optional.of(at)).moveTo(EditionState.SCHEDULED);
  }

  /** Takes a scheduled edition back to review, so that it does not go live. */
  public Edition unschedule(Edition edition, Account by) {
    if (edition.state() != EditionState.SCHEDULED) {
      throw new WorkflowRefusal(UNSCHEDULE_ONLY_SCHEDULED, edition.state());
    }
    requireReviewer(by, Act.UNSCHEDULE);
    return edition.scheduledFor(Optional.empty()).moveTo(EditionState.SUBMITTED);
  }

  /**
   * Puts a scheduled edition live if its time has come; otherwise returns it unchanged. Only an
   * approved (scheduled) edition can go live this way.
   */
  public Edition publishIfDue(Edition edition) {
    if (edition.state() != EditionState.SCHEDULED || edition.scheduledAt().isEmpty()) {
      return edition;
    }
    Instant at = edition.scheduledAt().get();
    return at.isAfter(clock.instant()) ? edition : edition.publishedAt(at).moveTo(EditionState.PUBLISHED);
  }

  /** Marks the previously live edition as superseded by a newly published one. */
  public Edition supersede(Edition live) {
    if (live.state() != EditionState.PUBLISHED) {
      throw new IllegalArgumentException("only a published edition is superseded, got " + live.state());
    }
    return live.moveTo(EditionState.SUPERSEDED);
  }

  /** Takes a live message off the record: its page stays, with a notice and the reason. */
  public Edition withdraw(Edition edition, Account by, String reason) {
    if (edition.state() != EditionState.PUBLISHED) {
      throw new WorkflowRefusal(WITHDRAW_ONLY_PUBLISHED, edition.state());
    }
    requireReviewer(by, Act.WITHDRAW);
    String why = Text.squeeze(Objects.requireNonNull(reason, "reason"));
    if (why.isEmpty()) {
      throw new WorkflowRefusal(WITHDRAW_WITHOUT_REASON);
    }
    return edition.because(why).moveTo(EditionState.WITHDRAWN);
  }

  /** Removes a message published in error: its page answers 410 Gone. */
  public Edition remove(Edition edition, Account by, String reason) {
    if (!edition.state().isPublic()) {
      throw new WorkflowRefusal(REMOVE_ONLY_PUBLIC, edition.state());
    }
    requireReviewer(by, Act.REMOVE);
    String why = Text.squeeze(Objects.requireNonNull(reason, "reason"));
    if (why.isEmpty()) {
      throw new WorkflowRefusal(REMOVE_WITHOUT_REASON);
    }
    return edition.because(why).moveTo(EditionState.REMOVED);
  }

  /**
   * Sets aside an edition that has not gone live: a draft, a rejected or a submitted one. Its
   * revisions stay in the history, from where it can be restored; a live message stays as it is.
   */
  public Edition discard(Edition edition, Account by) {
    if (edition.state() == EditionState.SCHEDULED) {
      throw new WorkflowRefusal(DISCARD_SCHEDULED);
    }
    if (!edition.state().isInProgress()) {
      throw new WorkflowRefusal(edition.state().isPublic() ? DISCARD_LIVE : DISCARD_ENDED, edition.state());
    }
    requireWriterOrReviewer(edition, by, Act.DISCARD);
    return edition.moveTo(EditionState.DISCARDED);
  }

  /**
   * Starts a new edition of a live message; the live one stays until the new one is published.
   *
   * @param next the new edition's number: one more than the message's editions so far, which
   *     may include discarded ones after the live one
   */
  public Edition startNewEdition(Edition live, int next, Account by, ChangeNote note) {
    if (next <= live.number()) {
      throw new IllegalArgumentException("edition " + next + " cannot follow live edition " + live.number());
    }
    if (live.state() != EditionState.PUBLISHED) {
      throw new WorkflowRefusal(NEW_EDITION_ONLY_FROM_LIVE, live.state());
    }
    return live.nextDraft(next, by, note);
  }

  private static void requireReview(Edition edition, Account by, Act done) {
    if (edition.state() == EditionState.DRAFT || edition.state() == EditionState.REJECTED) {
      throw new WorkflowRefusal(NOT_YET_APPROVED, done);
    }
    if (edition.state() != EditionState.SUBMITTED) {
      throw new WorkflowRefusal(NOT_SUBMITTED, done, edition.state());
    }
    requireReviewer(by, Act.REVIEW);
    if (edition.isWrittenBy(by)) {
      throw new WorkflowRefusal(OWN_WORK);
    }
  }

  private static void requireReviewer(Account by, Act verb) {
    if (!by.role().canReview()) {
      throw new WorkflowRefusal(EDITORS_ONLY, verb, by.role());
    }
  }

  private static void requireWriterOrReviewer(Edition edition, Account by, Act verb) {
    if (!edition.isWrittenBy(by) && !by.role().canReview()) {
      throw new WorkflowRefusal(WRITER_OR_EDITOR, verb);
    }
  }
}
