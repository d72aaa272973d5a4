package org.chancery.site;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.MessageStore;
import org.chancery.content.Section;
import org.chancery.web.PageReply;
import org.chancery.web.RenderCache;

/**
 * The archive of all messages and the archive of each section, newest first, ten a page. Page 1
 * lives at the plain path ({@code /archive}); {@code /archive/1} moves there.
 */
final class ArchivePages {

  private final MessageStore store;
  private final SiteClock clock;
  private final SitePresenter presenter;
  private final Templates templates;
  private final RenderCache cache;

  ArchivePages(MessageStore store, SiteClock clock, SitePresenter presenter, Templates templates, RenderCache cache) {
    this.store = store;
    this.clock = clock;
    this.presenter = presenter;
    this.templates = templates;
    this.cache = cache;
  }

  /** {@code /archive} */
  void allMessages(Context ctx) {
    show(ctx, Optional.empty(), 1);
  }

  /** {@code /archive/{page}} */
  void allMessagesPage(Context ctx) {
    show(ctx, Optional.empty(), SitePaths.number(ctx.pathParam("page")));
  }

  /** {@code /sections/{slug}} */
  void section(Context ctx) {
    show(ctx, Optional.of(ctx.pathParam("slug")), 1);
  }

  /** {@code /sections/{slug}/{page}} */
  void sectionPage(Context ctx) {
    show(ctx, Optional.of(ctx.pathParam("slug")), SitePaths.number(ctx.pathParam("page")));
  }

  /** The page under its canonical path; other spellings of it move there (see RenderCache#serve). */
  private void show(Context ctx, Optional<String> sectionSlug, int page) {
    String path = sectionSlug.map(slug -> SitePaths.section(slug, page)).orElse(SitePaths.archive(page));
    cache.serve(ctx, path, () -> render(sectionSlug, page));
  }

  private PageReply render(Optional<String> sectionSlug, int page) {
    Snapshot at = clock.snapshot();
    Optional<Section> section = sectionSlug.map(slug -> at.section(slug)
        .orElseThrow(() -> new NotFoundResponse("no section '" + slug + "' with a message published by " + at.today())));
    ArchivePage archive = store.archive(new ArchiveRequest(section, page, ArchiveRequest.PAGE_SIZE, at.today()));
    if (section.isPresent() && archive.total() == 0) {
      // Not in the menu either: a section whose messages are all still to be published.
      throw new NotFoundResponse("section '" + section.get().slug() + "' has no message published by " + at.today());
    }
    if (page > archive.pageCount()) {
      throw new NotFoundResponse("page " + page + " of an archive of " + archive.pageCount() + " pages");
    }
    return templates.page("archive.jte", presenter.archive(at, section, archive));
  }
}
