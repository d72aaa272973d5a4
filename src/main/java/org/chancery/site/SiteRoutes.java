package org.chancery.site;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.head;
import static io.javalin.apibuilder.ApiBuilder.path;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.EndpointNotFound;
import java.util.Map;
import org.chancery.web.ErrorResponder;
import org.chancery.web.SecurityHeaders;

/**
 * Every URL of the public site, in one place. Each page answers GET and HEAD alike.
 *
 * <pre>
 * /                                home: the latest message in full, the latest ten
 * /messages/{number}/{slug}        a message; a wrong slug moves (301) to the right one
 * /messages/{number}               moves (301) to the message's path
 * /archive, /archive/{page}        all messages, ten a page (/archive/1 moves to /archive)
 * /sections/{slug}[/{page}]        one section's messages, likewise; 404 until one is published
 * /search?q=...                    search: words, filters, facets, order, pages (not cached)
 * /speakers/{key}[?page=N]         what one speaker said, newest first; 404 for nobody the index knows
 * /api/v1/search?q=...             the same search as JSON
 * /static/*                        site.css, clock.js, console.css, console.js
 * anything else                    an old path of the earlier site moves (301), else 404
 * </pre>
 *
 * <p>Each path has one spelling: another spelling of an existing page ({@code /archive/02},
 * {@code /archive/%32}, {@code /archive/2/}, {@code /messages/006/...}) moves (301) to it.
 */
final class SiteRoutes {

  private SiteRoutes() {}

  static void declare(JavalinConfig config, MessagePages messages, ArchivePages archive, SearchPages search,
      LegacyRedirects legacy, ErrorResponder errors) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/static";
      files.directory = "/static";
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Cache-Control", "public, max-age=3600");
    });
    config.routes.before(SecurityHeaders::apply);
    config.routes.apiBuilder(() -> {
      page("/", messages::home);
      path("/messages/{number}", () -> {
        page("", messages::messageWithoutSlug);
        page("/{slug}", messages::message);
      });
      path("/archive", () -> {
        page("", archive::allMessages);
        page("/{page}", archive::allMessagesPage);
      });
      path("/sections/{slug}", () -> {
        page("", archive::section);
        page("/{page}", archive::sectionPage);
      });
      page("/search", search::search);
      page("/speakers/{key}", search::speaker);
      page("/api/v1/search", search::api);
    });
    config.routes.exception(EndpointNotFound.class, legacy::redirectOrNotFound);
    config.routes.exception(HttpResponseException.class, errors::respond);
    config.routes.exception(Exception.class, errors::fail);
  }

  /**
   * GET and HEAD on one handler. Left alone, Javalin answers HEAD on a GET route with an empty
   * 200 without running the handler, so HEAD would call a missing page or a redirect a 200;
   * running the handler gives HEAD GET's status and headers, and Jetty sends no body.
   */
  private static void page(String path, Handler handler) {
    get(path, handler);
    head(path, handler);
  }
}
