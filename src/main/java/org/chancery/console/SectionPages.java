package org.chancery.console;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.Masthead;
import org.chancery.content.MessageStore;
import org.chancery.content.Session;

/**
 * The administrators' list of the site's sections with how many messages each holds, as readers
 * see them today (in the masthead's home zone). Read only: renaming comes later.
 */
final class SectionPages {

  private final MessageStore store;
  private final Clock clock;
  private final ConsolePages pages;

  SectionPages(MessageStore store, Clock clock, ConsolePages pages) {
    this.store = store;
    this.clock = clock;
    this.pages = pages;
  }

  void list(Context ctx, Session session) {
    ZoneId home = store.masthead().map(Masthead::homeZone).orElse(pages.settings().homeZone());
    LocalDate today = LocalDate.ofInstant(clock.instant(), home);
    var lines = store.sections(today).stream()
        .map(s -> new Pages.SectionLine(s.slug(), s.name(),
            store.archive(ArchiveRequest.ofSection(s, 1, today)).total()))
        .toList();
    pages.render(ctx, 200, "sections.jte",
        new Pages.Sections(pages.chrome(ctx, Optional.of(session), "console.sections.title"), lines));
  }
}
