package org.chancery.console;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.MessageStore;
import org.chancery.content.Session;

/** The page after sign-in. For now it lists the latest messages on the site; editions come next. */
final class Dashboard {

  private final MessageStore messages;
  private final Clock clock;
  private final ConsolePages pages;

  Dashboard(MessageStore messages, Clock clock, ConsolePages pages) {
    this.messages = messages;
    this.clock = clock;
    this.pages = pages;
  }

  void show(Context ctx, Session session) {
    LocalDate today = LocalDate.now(clock.withZone(pages.homeZone()));
    var latest = messages.archive(ArchiveRequest.allMessages(1, today)).messages().stream()
        .map(m -> new Pages.MessageLine(m.published().toString(), m.title(), m.path()))
        .toList();
    pages.render(ctx, 200, "dashboard.jte",
        new Pages.Dashboard(pages.chrome(ctx, Optional.of(session), "console.dashboard.title"), latest));
  }
}
