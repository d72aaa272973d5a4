package org.chancery.site;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.EndpointNotFound;
import java.util.Map;
import org.chancery.web.ErrorResponder;
import org.chancery.web.SecurityHeaders;

/**
 * Every URL of the public site, in one place.
 *
 * <pre>
 * /                                home: the latest message in full, the latest ten
 * /messages/{number}/{slug}        a message; a wrong slug moves (301) to the right one
 * /messages/{number}               moves (301) to the message's path
 * /archive, /archive/{page}        all messages, ten a page (/archive/1 moves to /archive)
 * /sections/{slug}[/{page}]        one section's messages, likewise
 * /static/*                        site.css, clock.js
 * anything else                    an old path of the earlier site moves (301), else 404
 * </pre>
 */
final class SiteRoutes {

  private SiteRoutes() {}

  static void declare(JavalinConfig config, MessagePages messages, ArchivePages archive, LegacyRedirects legacy,
      ErrorResponder errors) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/static";
      files.directory = "/static";
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Cache-Control", "public, max-age=3600");
    });
    config.routes.before(SecurityHeaders::apply);
    config.routes.apiBuilder(() -> {
      get("/", messages::home);
      path("/messages/{number}", () -> {
        get(messages::messageWithoutSlug);
        get("/{slug}", messages::message);
      });
      path("/archive", () -> {
        get(archive::allMessages);
        get("/{page}", archive::allMessagesPage);
      });
      path("/sections/{slug}", () -> {
        get(archive::section);
        get("/{page}", archive::sectionPage);
      });
    });
    config.routes.exception(EndpointNotFound.class, legacy::redirectOrNotFound);
    config.routes.exception(HttpResponseException.class, errors::respond);
    config.routes.exception(Exception.class, errors::fail);
  }
}
