package org.chancery.site;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.chancery.content.MessageStore;
import org.chancery.content.SearchIndex;
import org.chancery.web.ChangeWatch;
import org.chancery.web.ErrorResponder;
import org.chancery.web.ErrorResponder.ErrorPages;
import org.chancery.web.RenderCache;

/**
 * The public website of the press office, served over HTTP.
 *
 * <pre>{@code
 * PublicSite site = PublicSite.create(store, searchIndex, Clock.systemUTC(), SiteSettings.english("Embassy of Valdoria", zone));
 * site.start(8080);   // 0 picks a free port; see port()
 * ...
 * site.stop();
 * }</pre>
 *
 * <p>Every page is shown as at the clock's instant: the masthead's date, clocks and counters, and
 * only the messages published by that day in the home zone. Pass a fixed clock to show the site
 * as at another moment. Rendered pages are cached until the store changes or the minute turns; a
 * change is seen within a tenth of a second, even one made by another process.
 */
public final class PublicSite {

  /**
   * More pages than a busy minute asks for; a generation past this, or past the cache's 64 MiB,
   * is served uncached.
   */
  private static final int CACHED_PAGES = 20_000;

  /** The request line and headers Jetty accepts, in bytes: 64 KiB, eight times its default. */
  private static final int REQUEST_HEADERS = 64 * 1024;

  /** The cache key of the 404 page: not a path, so no request can ask for it. */
  private static final String NOT_FOUND_KEY = "error 404";

  private final Javalin app;

  private PublicSite(Javalin app) {
    this.app = app;
  }

  /** A site ready to {@link #start}; nothing listens until then. */
  public static PublicSite create(MessageStore store, SearchIndex search, Clock clock, SiteSettings settings) {
    return create(store, search, clock, settings, config -> {});
  }

  /**
   * A site that also serves the routes {@code more} declares, e.g. the console's
   * ({@code config -> ConsoleRoutes.declare(config, console)}). They share the site's security
   * headers and error pages; a path of the site's own is the site's.
   */
  public static PublicSite create(MessageStore store, SearchIndex search, Clock clock, SiteSettings settings,
      Consumer<JavalinConfig> more) {
    Objects.requireNonNull(more, "more");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    ChangeWatch changes = ChangeWatch.everyTenthOfASecond(store::lastChange);
    SiteClock siteClock = new SiteClock(store, clock, settings.homeZone(), changes::lastChange);
    SitePresenter presenter = new SitePresenter(settings, UiText.load(settings.locale()));
    Templates templates = new Templates();
    // Message pages list related messages from the index, which follows the store a moment later:
    // its progress is part of a page's version too, so no page keeps links the index has dropped.
    RenderCache cache = new RenderCache(
        () -> List.of(changes.lastChange(), search.indexedChange(), siteClock.minute()), CACHED_PAGES);
    ErrorPages errorPages = status -> templates.render("error.jte", presenter.error(siteClock.snapshot(), status));
    // A 404 page is the same for every path until the content or the minute changes: kept like a
    // page, so that a flood of 404s costs a lookup rather than two store reads and a render each.
    ErrorResponder errors = new ErrorResponder(
        status -> status == 404 ? cache.bytes(NOT_FOUND_KEY, () -> errorPages.render(404)) : errorPages.render(status));
    MessagePages messages = new MessagePages(store, search, siteClock, presenter, templates, cache);
    SearchPages searchPages = new SearchPages(search, siteClock, presenter, templates);
    ArchivePages archive = new ArchivePages(store, siteClock, presenter, templates, cache);
    LegacyRedirects legacy = new LegacyRedirects(store, siteClock, errors);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      // A search address carries what the reader typed: up to 10,000 characters, percent-encoded,
      // must reach the search page (which reads the first 1,000), not Jetty's 414 page.
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(REQUEST_HEADERS));
      SiteRoutes.declare(config, messages, archive, searchPages, legacy, errors);
      more.accept(config);
    });
    return new PublicSite(app);
  }

  /** Starts listening on {@code port} on all interfaces; 0 picks a free port. */
  public PublicSite start(int port) {
    app.start(port);
    return this;
  }

  /** Starts listening on {@code port} of {@code host} only, e.g. "127.0.0.1". */
  public PublicSite start(String host, int port) {
    app.start(host, port);
    return this;
  }

  /** The port listened on, once started. */
  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }
}
