package org.chancery.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.chancery.content.Account;
import org.chancery.content.Audit;
import org.chancery.content.AuditAction;
import org.chancery.content.ChangeNote;
import org.chancery.content.Edition;
import org.chancery.content.Message;
import org.chancery.content.Newsroom;
import org.chancery.content.Revision;

/**
 * The {@link Newsroom}'s editorial actions as the console calls them, each with what the audit log
 * is to say of it. The newsroom writes that entry in the action's own transaction, so the action
 * and its entry commit together or not at all; a refused action ({@code WorkflowRefusal},
 * {@code EditConflict}) writes and records nothing.
 */
final class Workflow {

  private final Newsroom newsroom;
  private final Clock clock;

  Workflow(Newsroom newsroom, Clock clock) {
    this.newsroom = Objects.requireNonNull(newsroom, "newsroom");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  Revision draft(Message content, Actor by) {
    return newsroom.draft(content, account(by), revision(by, AuditAction.MESSAGE_DRAFTED, saved -> ""));
  }

  Revision save(long message, int edition, int basedOn, Message content, Actor by) {
    return newsroom.save(message, edition, basedOn, content, account(by),
        revision(by, AuditAction.MESSAGE_SAVED, saved -> "revision " + saved.number()));
  }

  Edition submit(long message, int edition, Actor by) {
    return newsroom.submit(message, edition, account(by), edition(by, AuditAction.MESSAGE_SUBMITTED, ""));
  }

  Edition reject(long message, int edition, String reason, Actor by) {
    return newsroom.reject(message, edition, account(by), reason, edition(by, AuditAction.MESSAGE_REJECTED, reason));
  }

  Edition publish(long message, int edition, Actor by) {
    return newsroom.publish(message, edition, account(by), edition(by, AuditAction.MESSAGE_PUBLISHED, ""));
  }

  Edition schedule(long message, int edition, Instant at, Actor by) {
    return newsroom.schedule(message, edition, account(by), at,
        edition(by, AuditAction.MESSAGE_SCHEDULED, "for " + at));
  }

  Edition unschedule(long message, int edition, Actor by) {
    return newsroom.unschedule(message, edition, account(by), edition(by, AuditAction.MESSAGE_UNSCHEDULED, ""));
  }

  Edition discard(long message, int edition, Actor by) {
    return newsroom.discard(message, edition, account(by), edition(by, AuditAction.MESSAGE_DISCARDED, ""));
  }

  /** A new draft edition of a live message; the live one stays on the site until it is published. */
  Revision startNewEdition(long message, ChangeNote note, Actor by) {
    String detail = note.major() ? "major change: " + note.text() : "minor change";
    return newsroom.startNewEdition(message, account(by), note,
        revision(by, AuditAction.MESSAGE_NEW_EDITION, saved -> detail));
  }

  Edition withdraw(long message, String reason, Actor by) {
    return newsroom.withdraw(message, account(by), reason, edition(by, AuditAction.MESSAGE_WITHDRAWN, reason));
  }

  Edition remove(long message, String reason, Actor by) {
    return newsroom.remove(message, account(by), reason, edition(by, AuditAction.MESSAGE_REMOVED, reason));
  }

  Revision restore(long message, int revision, int basedOn, ChangeNote note, Actor by) {
    return newsroom.restore(message, revision, basedOn, account(by), note, revision(by,
        AuditAction.MESSAGE_RESTORED, saved -> "revision " + revision + " as revision " + saved.number()));
  }

  /** The entry of an action that leaves an edition: the edition as it left it. */
  private Audit<Edition> edition(Actor by, AuditAction action, String detail) {
    return done -> by.entry(clock.instant(), action, what(done.content(), done.number(), detail));
  }

  /** The entry of an action that saves a revision: its detail may name the revision. */
  private Audit<Revision> revision(Actor by, AuditAction action, Function<Revision, String> detail) {
    return saved -> by.entry(clock.instant(), action,
        what(saved.content(), saved.editionNumber(), detail.apply(saved)));
  }

  /** "message 12 edition 2 'Statement on the bridge': reason", the title cut at 60 characters. */
  private static String what(Message content, int edition, String detail) {
    String title = content.title().length() > 60 ? content.title().substring(0, 60) + "..." : content.title();
    return "message " + content.number() + " edition " + edition + " '" + title + "'"
        + (detail.isBlank() ? "" : ": " + detail);
  }

  private static Account account(Actor by) {
    return by.account().orElseThrow(() -> new IllegalArgumentException("an editorial action needs an account"));
  }
}
