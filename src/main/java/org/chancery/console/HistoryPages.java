package org.chancery.console;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.content.ChangeNote;
import org.chancery.content.EditConflict;
import org.chancery.content.EditionStore;
import org.chancery.content.Message;
import org.chancery.content.Revision;
import org.chancery.content.Session;
import org.chancery.content.WorkflowRefusal;

/** A message's revisions, a line diff between any two, and restoring one as a new draft. */
final class HistoryPages {

  private final EditionStore editions;
  private final Workflow workflow;
  private final MessagePages messages;
  private final ConsolePages pages;

  HistoryPages(EditionStore editions, Workflow workflow, MessagePages messages, ConsolePages pages) {
    this.editions = editions;
    this.workflow = workflow;
    this.messages = messages;
    this.pages = pages;
  }

  void show(Context ctx, Session session) {
    show(ctx, 200, session, Optional.empty());
  }

  void restore(Context ctx, Session session) {
    long number = MessagePages.number(ctx);
    int revision = integer(Forms.field(ctx, "revision"));
    int basedOn = integer(Forms.field(ctx, "basedOn"));
    String note = Forms.field(ctx, "note");
    try {
      workflow.restore(number, revision, basedOn, note.isBlank() ? ChangeNote.minor() : ChangeNote.major(note),
          Actor.signedIn(session.account(), pages.address(ctx)));
      ConsolePages.seeOther(ctx, ConsolePages.Notice.MESSAGE_RESTORED.on(MessagePages.path(number)));
    } catch (EditConflict conflict) {
      show(ctx, 409, session, Optional.of(messages.conflictSentence("console.history.conflict", conflict)));
    } catch (WorkflowRefusal refusal) {
      show(ctx, 409, session, Optional.of(pages.sentence(refusal)));
    }
  }

  private void show(Context ctx, int status, Session session, Optional<String> error) {
    long number = MessagePages.number(ctx);
    List<Revision> revisions = editions.revisions(number);
    if (revisions.isEmpty()) {
      throw new NotFoundResponse();
    }
    int latest = revisions.get(revisions.size() - 1).number();
    int from = chosen(ctx.queryParam("from"), revisions, Math.max(1, latest - 1));
    int to = chosen(ctx.queryParam("to"), revisions, latest);
    List<Pages.DiffLine> diff = LineDiff.between(lines(revisions, from), lines(revisions, to)).stream()
        .map(l -> new Pages.DiffLine(l.kind(), l.marker(), l.text())).toList();
    List<Pages.RevisionLine> lines = revisions.stream().map(r -> new Pages.RevisionLine(r.number(), r.editionNumber(),
        messages.author(r.savedBy()), pages.time(r.savedAt()), r.content().title())).toList();
    pages.render(ctx, status, "history.jte", new Pages.History(pages.chrome(ctx, Optional.of(session),
        "console.history.title"), number, revisions.get(revisions.size() - 1).content().title(), lines, from, to, diff,
        latest, error));
  }

  /** The revision a query names, if the message has it; otherwise {@code fallback}. */
  private static int chosen(String query, List<Revision> revisions, int fallback) {
    int asked = integer(query == null ? "" : query);
    return revisions.stream().anyMatch(r -> r.number() == asked) ? asked : fallback;
  }

  /** A revision as lines to compare: title, date, section, then each paragraph. */
  private static List<String> lines(List<Revision> revisions, int number) {
    Message m = revisions.stream().filter(r -> r.number() == number).findFirst().orElseThrow().content();
    List<String> lines = new ArrayList<>(List.of(m.title(), m.published().toString(), m.section().name(), ""));
    lines.addAll(m.body().paragraphs());
    return lines;
  }

  private static int integer(String typed) {
    try {
      return Integer.parseInt(typed.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
