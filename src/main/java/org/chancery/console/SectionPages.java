package org.chancery.console;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.Audit;
import org.chancery.content.AuditAction;
import org.chancery.content.MessageStore;
import org.chancery.content.Section;
import org.chancery.content.SectionRefusal;
import org.chancery.content.Sections;
import org.chancery.content.Session;

/**
 * The administrators' sections page: every managed section in menu order, with how many messages
 * readers see in each today (in the masthead's home zone); adding one, renaming one, moving one up
 * or down the menu. A change the rules refuse is shown as its sentence on this page, with what was
 * typed kept, and changes nothing; a change made shows on the public site at once and is in the
 * audit log, written in the change's own transaction.
 */
final class SectionPages {

  private final MessageStore store;
  private final Sections sections;
  private final Clock clock;
  private final ConsolePages pages;

  SectionPages(MessageStore store, Sections sections, Clock clock, ConsolePages pages) {
    this.store = store;
    this.sections = sections;
    this.clock = clock;
    this.pages = pages;
  }

  void list(Context ctx, Session session) {
    show(ctx, 200, session, Typed.NOTHING, Optional.empty());
  }

  void add(Context ctx, Session session) {
    Typed typed = new Typed(Forms.field(ctx, "name"), Forms.field(ctx, "slug"), Map.of());
    try {
      sections.add(typed.name(), typed.slug(), recorded(ctx, session, AuditAction.SECTION_ADDED,
          added -> "section " + quoted(added.name()) + " at " + address(added.slug())));
      ConsolePages.seeOther(ctx, ConsolePages.Notice.SECTION_ADDED.on(ConsoleRoutes.SECTIONS));
    } catch (SectionRefusal refusal) {
      refused(ctx, session, typed, refusal);
    }
  }

  void rename(Context ctx, Session session) {
    String slug = ctx.pathParam("slug");
    String name = Forms.field(ctx, "name");
    try {
      Sections.Renamed renamed = sections.rename(slug, name, recorded(ctx, session, AuditAction.SECTION_RENAMED,
          done -> "section " + address(slug) + " from " + quoted(done.before().name()) + " to "
              + quoted(done.after().name())));
      if (!renamed.isChanged()) {
        ConsolePages.seeOther(ctx, ConsoleRoutes.SECTIONS); // the same name: nothing changed or recorded
        return;
      }
      ConsolePages.seeOther(ctx, ConsolePages.Notice.SECTION_RENAMED.on(ConsoleRoutes.SECTIONS));
    } catch (SectionRefusal refusal) {
      refused(ctx, session, new Typed("", "", Map.of(slug, name)), refusal);
    }
  }

  void moveUp(Context ctx, Session session) {
    move(ctx, session, true);
  }

  void moveDown(Context ctx, Session session) {
    move(ctx, session, false);
  }

  private void move(Context ctx, Session session, boolean up) {
    String slug = ctx.pathParam("slug");
    try {
      Audit<List<Section>> audit = recorded(ctx, session, AuditAction.SECTION_MOVED, order -> {
        Section moved = order.stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
        return "section " + quoted(moved.name()) + " at " + address(slug) + (up ? " up" : " down") + ", now "
            + (order.indexOf(moved) + 1) + " of " + order.size();
      });
      if (up) {
        sections.moveUp(slug, audit);
      } else {
        sections.moveDown(slug, audit);
      }
      ConsolePages.seeOther(ctx, ConsolePages.Notice.SECTION_MOVED.on(ConsoleRoutes.SECTIONS));
    } catch (SectionRefusal refusal) {
      refused(ctx, session, Typed.NOTHING, refusal);
    }
  }

  /**
   * What the forms held when a change was refused, to show again: the add form's fields, and the
   * name typed into one section's rename field, by slug.
   */
  private record Typed(String name, String slug, Map<String, String> renames) {
    static final Typed NOTHING = new Typed("", "", Map.of());
  }

  private void refused(Context ctx, Session session, Typed typed, SectionRefusal refusal) {
    // Another section in the way, or the list changed under the page: the page is out of date (409).
    int status = switch (refusal.reason()) {
      case NAME_TAKEN, ADDRESS_TAKEN, NO_SUCH_SECTION, FIRST_ALREADY, LAST_ALREADY -> 409;
      case NAME_BLANK, NAME_TOO_LONG, NAME_WITHOUT_ADDRESS, ADDRESS_MALFORMED -> 422;
    };
    show(ctx, status, session, typed, Optional.of(pages.sentence(refusal)));
  }

  private void show(Context ctx, int status, Session session, Typed typed, Optional<String> error) {
    ZoneId home = pages.homeZone();
    LocalDate today = LocalDate.ofInstant(clock.instant(), home);
    List<Section> all = store.allSections();
    List<Pages.SectionLine> lines = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Section s = all.get(i);
      long published = store.archive(ArchiveRequest.ofSection(s, 1, today)).total();
      lines.add(new Pages.SectionLine(s.slug(), s.name(), published, published > 0, i == 0, i == all.size() - 1,
          typed.renames().getOrDefault(s.slug(), s.name())));
    }
    pages.render(ctx, status, "sections.jte", new Pages.Sections(pages.chrome(ctx, Optional.of(session),
        "console.sections.title"), lines, typed.name(), typed.slug(), Sections.LONGEST_NAME, error));
  }

  /** The audit entry of a change by the session's account, its detail made from what the change did. */
  private <T> Audit<T> recorded(Context ctx, Session session, AuditAction action, Function<T, String> detail) {
    Actor by = Actor.signedIn(session.account(), pages.address(ctx));
    return done -> by.entry(clock.instant(), action, detail.apply(done));
  }

  private static String address(String slug) {
    return "/sections/" + slug;
  }

  private static String quoted(String name) {
    return "'" + name + "'";
  }
}
