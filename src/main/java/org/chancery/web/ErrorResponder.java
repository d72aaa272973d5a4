package org.chancery.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where an HTTP error becomes a page. Handlers throw {@code NotFoundResponse} and the
 * like; unexpected exceptions are logged here with the request that caused them and answered with
 * a 500 page that shows no stack trace.
 *
 * <p>If rendering the error page fails too (say the store is down, and the page's masthead needs
 * it), a minimal built-in page is sent instead, so an error never turns into a second, blank one.
 */
public final class ErrorResponder {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponder.class);

  /** Renders the site's own page for an error status. */
  @FunctionalInterface
  public interface ErrorPages {
    byte[] render(int status);
  }

  private final ErrorPages pages;

  public ErrorResponder(ErrorPages pages) {
    this.pages = pages;
  }

  /** Exception handler for {@link HttpResponseException}s thrown by handlers. */
  public void respond(HttpResponseException e, Context ctx) {
    show(ctx, e.getStatus());
  }

  /** Exception handler for anything else: a bug or an outage, answered with 500. */
  public void fail(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    show(ctx, 500);
  }

  /** Answers with the error page for {@code status}. */
  public void show(Context ctx, int status) {
    byte[] page;
    try {
      page = pages.render(status);
    } catch (RuntimeException e) {
      LOG.error("the error page for {} {} (status {}) could not be rendered", ctx.method(), ctx.path(), status, e);
      page = minimalPage(status);
    }
    ctx.status(status).header("Cache-Control", "no-store").contentType("text/html; charset=utf-8").result(page);
  }

  private static byte[] minimalPage(int status) {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error " + status
        + "</title></head><body><main><h1>Error " + status + "</h1><p>The page could not be shown."
        + " Please try again later.</p><p><a href=\"/\">Home</a></p></main></body></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }
}
