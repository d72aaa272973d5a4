package org.chancery.site;

import io.javalin.http.Context;
import io.javalin.http.GoneResponse;
import io.javalin.router.EndpointNotFound;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.LegacyPath;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.web.ErrorResponder;

/**
 * Answers paths that no route matches: a path the earlier site used moves (301) to its page here,
 * anything else is the 404 page.
 *
 * <p>Two kinds of old path are known: a message's own old path, which the store keeps with the
 * message ("/fnapr/6443"), and the old paged archive, "/apress_arh/&start=501&ps=10&ppp=15", where
 * {@code start} is the 1-based position of the page's first message. Both are matched in
 * {@link LegacyPath#normalise}'s spelling, the one the importer stores, so that an escaped or
 * unescaped request, in either hex case, with or without a trailing slash, finds the same page.
 */
final class LegacyRedirects {

  /** "/apress_arh" then "/", "?", "&" or nothing: not "/apress_arhzzz". */
  private static final Pattern OLD_ARCHIVE = Pattern.compile("^/apress_arh(?=$|[/?&])/?[?&]?(.*)$");

  private final MessageStore store;
  private final SiteClock clock;
  private final ErrorResponder errors;

  LegacyRedirects(MessageStore store, SiteClock clock, ErrorResponder errors) {
    this.store = store;
    this.clock = clock;
    this.errors = errors;
  }

  /** Exception handler for {@link EndpointNotFound}. */
  void redirectOrNotFound(EndpointNotFound notFound, Context ctx) {
    String query = ctx.queryString();
    Optional<String> target;
    try {
      target = targetOf(LegacyPath.normalise(query == null ? ctx.path() : ctx.path() + "?" + query));
    } catch (GoneResponse gone) {
      errors.respond(gone, ctx);
      return;
    }
    if (target.isPresent()) {
      ctx.status(301).header("Location", target.get());
    } else {
      errors.respond(notFound, ctx);
    }
  }

  /** Where an old path, its query included and in its normal spelling, now lives; empty when unknown. */
  private Optional<String> targetOf(String normalPathAndQuery) {
    Matcher oldArchive = OLD_ARCHIVE.matcher(normalPathAndQuery);
    if (oldArchive.matches()) {
      return archivePage(parameters(oldArchive.group(1)));
    }
    Optional<Long> number = store.messageForLegacyPath(normalPathAndQuery);
    if (number.isPresent() && store.isRemoved(number.get())) {
      throw new GoneResponse("the message at old path " + normalPathAndQuery + " was removed");
    }
    return number.flatMap(n -> store.message(n, clock.snapshot().today())).map(Message::path);
  }

  private Optional<String> archivePage(Map<String, String> parameters) {
    String start = parameters.getOrDefault("start", "1");
    if (!start.matches("[0-9]{1,9}") || Integer.parseInt(start) < 1) {
      return Optional.empty();
    }
    // The old page size does not matter: the message at position `start` is on this page here.
    int page = (Integer.parseInt(start) - 1) / ArchiveRequest.PAGE_SIZE + 1;
    if (page > 1) {
      // The old archive may have been longer than this one (or counted messages not yet out):
      // its deepest pages go to our last page rather than to a 404.
      LocalDate today = clock.snapshot().today();
      page = Math.min(page, store.archive(ArchiveRequest.allMessages(1, today)).pageCount());
    }
    return Optional.of(SitePaths.archive(page));
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : query.split("[&?]")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        parameters.putIfAbsent(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return parameters;
  }
}
