package org.chancery.console;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.chancery.content.ChangeNote;
import org.chancery.content.Session;
import org.chancery.content.WorkflowRefusal;

/**
 * The workflow's verbs as forms: submit, reject, publish, schedule, unschedule, discard, start a
 * new edition, withdraw, remove. Each
 * redirects to the message with a notice when done; a refusal shows the message page again with
 * the refusal's sentence (409), and changes nothing.
 */
final class ActionPages {

  /** One verb, given the message and edition from the path and who acts. */
  @FunctionalInterface
  private interface Verb {
    void apply(long message, int edition, Actor by);
  }

  private final Workflow workflow;
  private final MessagePages messages;
  private final ConsolePages pages;

  ActionPages(Workflow workflow, MessagePages messages, ConsolePages pages) {
    this.workflow = workflow;
    this.messages = messages;
    this.pages = pages;
  }

  void submit(Context ctx, Session session) {
    act(ctx, session, ConsolePages.Notice.MESSAGE_SUBMITTED, workflow::submit);
  }

  void reject(Context ctx, Session session) {
    String reason = Forms.field(ctx, "reason");
    act(ctx, session, ConsolePages.Notice.MESSAGE_REJECTED, (m, e, by) -> workflow.reject(m, e, reason, by));
  }

  void publish(Context ctx, Session session) {
    act(ctx, session, ConsolePages.Notice.MESSAGE_PUBLISHED, workflow::publish);
  }

  void schedule(Context ctx, Session session) {
    Optional<Instant> at = instant(Forms.field(ctx, "at"));
    if (at.isEmpty()) {
      messages.show(ctx, 422, session, MessagePages.number(ctx),
          Optional.of(pages.text().format("console.message.problem.at", pages.homeZone().getId())));
      return;
    }
    act(ctx, session, ConsolePages.Notice.MESSAGE_SCHEDULED, (m, e, by) -> workflow.schedule(m, e, at.get(), by));
  }

  void unschedule(Context ctx, Session session) {
    act(ctx, session, ConsolePages.Notice.MESSAGE_UNSCHEDULED, workflow::unschedule);
  }

  void discard(Context ctx, Session session) {
    act(ctx, session, ConsolePages.Notice.MESSAGE_DISCARDED, workflow::discard);
  }

  /**
   * Starts a new edition of a live message: {@code change} is {@code major} (with {@code note},
   * the sentence readers will see once it is published) or {@code minor}.
   */
  void startNewEdition(Context ctx, Session session) {
    String change = Forms.field(ctx, "change");
    String note = Forms.field(ctx, "note");
    act(ctx, session, ConsolePages.Notice.MESSAGE_NEW_EDITION, (m, e, by) -> {
      ChangeNote changeNote = switch (change) {
        case "major" -> ChangeNote.major(note);
        case "minor" -> ChangeNote.minor();
        default -> throw new WorkflowRefusal(WorkflowRefusal.Reason.CHANGE_NOT_CHOSEN);
      };
      workflow.startNewEdition(m, changeNote, by);
    });
  }

  void withdraw(Context ctx, Session session) {
    String reason = Forms.field(ctx, "reason");
    act(ctx, session, ConsolePages.Notice.MESSAGE_WITHDRAWN, (m, e, by) -> workflow.withdraw(m, reason, by));
  }

  void remove(Context ctx, Session session) {
    String reason = Forms.field(ctx, "reason");
    act(ctx, session, ConsolePages.Notice.MESSAGE_REMOVED, (m, e, by) -> workflow.remove(m, reason, by));
  }

  private void act(Context ctx, Session session, ConsolePages.Notice done, Verb verb) {
    long message = MessagePages.number(ctx);
    int edition = ctx.pathParamMap().containsKey("edition") ? MessagePages.editionNumber(ctx) : 0;
    try {
      verb.apply(message, edition, Actor.signedIn(session.account(), pages.address(ctx)));
      ConsolePages.seeOther(ctx, done.on(MessagePages.path(message)));
    } catch (WorkflowRefusal refusal) {
      messages.show(ctx, 409, session, message, Optional.of(pages.sentence(refusal)));
    }
  }

  /** A date and time typed in the mission's home zone ({@code 2026-11-21T09:30}). */
  private Optional<Instant> instant(String typed) {
    try {
      return Optional.of(LocalDateTime.parse(typed.strip()).atZone(pages.homeZone()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
