package org.chancery.console;

import io.javalin.http.Context;
import java.util.Optional;
import org.chancery.content.AuditLog;
import org.chancery.content.Session;

/** The administrators' view of the audit log: the latest entries, newest first. */
final class AuditPages {

  static final int SHOWN = 200;

  private final AuditLog audit;
  private final ConsolePages pages;

  AuditPages(AuditLog audit, ConsolePages pages) {
    this.audit = audit;
    this.pages = pages;
  }

  void list(Context ctx, Session session) {
    var lines = audit.latest(SHOWN).stream().map(entry -> {
      var event = entry.event();
      return new Pages.AuditLine(entry.seq(), pages.time(event.at()), event.account().orElse("-"),
          pages.text().get("console.audit.action." + event.action().name().toLowerCase(java.util.Locale.ROOT)),
          event.detail(), event.remoteAddress().orElse("-"));
    }).toList();
    pages.render(ctx, 200, "audit.jte",
        new Pages.Audit(pages.chrome(ctx, Optional.of(session), "console.audit.title"), lines));
  }
}
