package org.chancery.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

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
      throw new WorkflowRefusal("A " + lower(edition) + " edition cannot be changed. "
          + (edition.state().isPublic() ? "Start a new edition to change a live message." : "Wait for its review."));
    }
    requireWriterOrReviewer(edition, by, "change");
    return edition.withContent(content).moveTo(EditionState.DRAFT);
  }

  /** Sends a draft to another editor for review. */
  public Edition submit(Edition edition, Account by) {
    if (!edition.state().isEditable()) {
      throw new WorkflowRefusal("Only a draft can be submitted for review; this edition is " + lower(edition) + ".");
    }
    requireWriterOrReviewer(edition, by, "submit");
    return edition.moveTo(EditionState.SUBMITTED);
  }

  /** Sends a submitted edition back to its writer, saying why. */
  public Edition reject(Edition edition, Account by, String reason) {
    requireReview(edition, by, "rejected");
    String why = Text.squeeze(Objects.requireNonNull(reason, "reason"));
    if (why.isEmpty()) {
      throw new WorkflowRefusal("Say why the edition is rejected, so that its writer can put it right.");
    }
    return edition.reviewedBy(by).because(why).moveTo(EditionState.REJECTED);
  }

  /** Approves a submitted edition and puts it live now. The caller supersedes the previous live edition. */
  public Edition publish(Edition edition, Account by) {
    requireReview(edition, by, "published");
    return edition.reviewedBy(by).scheduledFor(Optional.empty()).publishedAt(clock.instant())
        .moveTo(EditionState.PUBLISHED);
  }

  /** Approves a submitted edition to go live at {@code at}. */
  public Edition schedule(Edition edition, Account by, Instant at) {
    requireReview(edition, by, "scheduled");
    Instant now = clock.instant();
    if (!at.isAfter(now)) {
      throw new WorkflowRefusal("An edition can only be scheduled for a time still to come; " + at
          + " has passed. Publish it now instead.");
    }
    return edition.reviewedBy(by).scheduledFor(Optional.of(at)).moveTo(EditionState.SCHEDULED);
  }

  /** Takes a scheduled edition back to review, so that it does not go live. */
  public Edition unschedule(Edition edition, Account by) {
    if (edition.state() != EditionState.SCHEDULED) {
      throw new WorkflowRefusal("Only a scheduled edition can be unscheduled; this one is " + lower(edition) + ".");
    }
    requireReviewer(by, "unschedule");
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
      throw new WorkflowRefusal("Only a published message can be withdrawn; this edition is " + lower(edition) + ".");
    }
    requireReviewer(by, "withdraw");
    String why = Text.squeeze(Objects.requireNonNull(reason, "reason"));
    if (why.isEmpty()) {
      throw new WorkflowRefusal("Say why the message is withdrawn: readers see the reason on its page.");
    }
    return edition.because(why).moveTo(EditionState.WITHDRAWN);
  }

  /** Removes a message published in error: its page answers 410 Gone. */
  public Edition remove(Edition edition, Account by, String reason) {
    if (!edition.state().isPublic()) {
      throw new WorkflowRefusal("Only a published or withdrawn message can be removed; this edition is "
          + lower(edition) + ". Discard the draft instead.");
    }
    requireReviewer(by, "remove");
    String why = Text.squeeze(Objects.requireNonNull(reason, "reason"));
    if (why.isEmpty()) {
      throw new WorkflowRefusal("Say why the message is removed; the reason is kept in its history.");
    }
    return edition.because(why).moveTo(EditionState.REMOVED);
  }

  /**
   * Sets aside an edition that has not gone live: a draft, a rejected or a submitted one. Its
   * revisions stay in the history, from where it can be restored; a live message stays as it is.
   */
  public Edition discard(Edition edition, Account by) {
    if (edition.state() == EditionState.SCHEDULED) {
      throw new WorkflowRefusal("A scheduled edition cannot be discarded: unschedule it first.");
    }
    if (!edition.state().isInProgress()) {
      throw new WorkflowRefusal("Only an edition that has not gone live can be discarded; this one is "
          + lower(edition) + "." + (edition.state().isPublic() ? " Withdraw or remove the message instead." : ""));
    }
    requireWriterOrReviewer(edition, by, "discard");
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
      throw new WorkflowRefusal("A new edition can only be started from the live one; this edition is "
          + lower(live) + ".");
    }
    return live.nextDraft(next, by, note);
  }

  private static void requireReview(Edition edition, Account by, String done) {
    if (edition.state() == EditionState.DRAFT || edition.state() == EditionState.REJECTED) {
      throw new WorkflowRefusal("A draft cannot be " + done + " before it is approved: submit it for review first.");
    }
    if (edition.state() != EditionState.SUBMITTED) {
      throw new WorkflowRefusal("Only an edition submitted for review can be " + done + "; this one is "
          + lower(edition) + ".");
    }
    requireReviewer(by, "review");
    if (edition.isWrittenBy(by)) {
      throw new WorkflowRefusal("You wrote this edition, so another editor must review it.");
    }
  }

  private static void requireReviewer(Account by, String verb) {
    if (!by.role().canReview()) {
      throw new WorkflowRefusal("Only an editor can " + verb + " a message; you are signed in as a "
          + by.role().label().toLowerCase(java.util.Locale.ROOT) + ".");
    }
  }

  private static void requireWriterOrReviewer(Edition edition, Account by, String verb) {
    if (!edition.isWrittenBy(by) && !by.role().canReview()) {
      throw new WorkflowRefusal("Only its writer or an editor can " + verb + " this edition.");
    }
  }

  private static String lower(Edition edition) {
    return edition.state().label().toLowerCase(java.util.Locale.ROOT);
  }
}
