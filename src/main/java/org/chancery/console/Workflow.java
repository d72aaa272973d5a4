package org.chancery.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.chancery.content.Account;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditEvent;
import org.chancery.content.AuditLog;
import org.chancery.content.ChangeNote;
import org.chancery.content.Edition;
import org.chancery.content.Message;
import org.chancery.content.Newsroom;
import org.chancery.content.Revision;

/**
 * The {@link Newsroom}'s editorial actions as the console calls them, each recorded in the audit
 * log once it has been done. A refused action ({@code WorkflowRefusal}, {@code EditConflict})
 * throws before anything is written or recorded.
 */
final class Workflow {

  private final Newsroom newsroom;
  private final AuditLog audit;
  private final Clock clock;

  Workflow(Newsroom newsroom, AuditLog audit, Clock clock) {
    this.newsroom = Objects.requireNonNull(newsroom, "newsroom");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  Revision draft(Message content, Actor by) {
    Revision saved = newsroom.draft(content, account(by));
    record(by, AuditAction.MESSAGE_DRAFTED, saved.content(), saved.editionNumber(), "");
    return saved;
  }

  Revision save(long message, int edition, int basedOn, Message content, Actor by) {
    Revision saved = newsroom.save(message, edition, basedOn, content, account(by));
    record(by, AuditAction.MESSAGE_SAVED, saved.content(), edition, "revision " + saved.number());
    return saved;
  }

  Edition submit(long message, int edition, Actor by) {
    return recorded(by, AuditAction.MESSAGE_SUBMITTED, newsroom.submit(message, edition, account(by)), "");
  }

  Edition reject(long message, int edition, String reason, Actor by) {
    return recorded(by, AuditAction.MESSAGE_REJECTED, newsroom.reject(message, edition, account(by), reason), reason);
  }

  Edition publish(long message, int edition, Actor by) {
    return recorded(by, AuditAction.MESSAGE_PUBLISHED, newsroom.publish(message, edition, account(by)), "");
  }

  Edition schedule(long message, int edition, Instant at, Actor by) {
    return recorded(by, AuditAction.MESSAGE_SCHEDULED, newsroom.schedule(message, edition, account(by), at),
        "for " + at);
  }

  Edition unschedule(long message, int edition, Actor by) {
    return recorded(by, AuditAction.MESSAGE_UNSCHEDULED, newsroom.unschedule(message, edition, account(by)), "");
  }

  Edition discard(long message, int edition, Actor by) {
    return recorded(by, AuditAction.MESSAGE_DISCARDED, newsroom.discard(message, edition, account(by)), "");
  }

  /** A new draft edition of a live message; the live one stays on the site until it is published. */
  Revision startNewEdition(long message, ChangeNote note, Actor by) {
    Revision saved = newsroom.startNewEdition(message, account(by), note);
    record(by, AuditAction.MESSAGE_NEW_EDITION, saved.content(), saved.editionNumber(),
        note.major() ? "major change: " + note.text() : "minor change");
    return saved;
  }

  Edition withdraw(long message, String reason, Actor by) {
    return recorded(by, AuditAction.MESSAGE_WITHDRAWN, newsroom.withdraw(message, account(by), reason), reason);
  }

  Edition remove(long message, String reason, Actor by) {
    return recorded(by, AuditAction.MESSAGE_REMOVED, newsroom.remove(message, account(by), reason), reason);
  }

  Revision restore(long message, int revision, int basedOn, ChangeNote note, Actor by) {
    Revision saved = newsroom.restore(message, revision, basedOn, account(by), note);
    record(by, AuditAction.MESSAGE_RESTORED, saved.content(), saved.editionNumber(),
        "revision " + revision + " as revision " + saved.number());
    return saved;
  }

  private Edition recorded(Actor by, AuditAction action, Edition edition, String detail) {
    record(by, action, edition.content(), edition.number(), detail);
    return edition;
  }

  private void record(Actor by, AuditAction action, Message content, int edition, String detail) {
    String title = content.title().length() > 60 ? content.title().substring(0, 60) + "..." : content.title();
    String what = "message " + content.number() + " edition " + edition + " '" + title + "'"
        + (detail.isBlank() ? "" : ": " + detail);
    audit.append(new AuditEvent(clock.instant(), by.accountName(), action, what, by.address()));
  }

  private static Account account(Actor by) {
    return by.account().orElseThrow(() -> new IllegalArgumentException("an editorial action needs an account"));
  }
}
