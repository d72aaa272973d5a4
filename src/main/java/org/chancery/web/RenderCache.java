package org.chancery.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered pages kept as bytes, keyed by path, for as long as the site's version is unchanged.
 *
 * <p>The version is whatever the caller's supplier returns (for the public site: the store's last
 * change and the current minute, since the masthead's clocks show minutes). When it differs from
 * the version the cached pages were rendered at, all of them are dropped at once: there is no
 * per-page invalidation to get wrong. Only successful renders are kept; a renderer that throws
 * (a 404, a failure) leaves nothing behind.
 *
 * <p>Memory is bounded by {@code maxPages}: past it, pages are still served but no longer kept
 * until the next version starts a fresh generation.
 */
public final class RenderCache {

  private final Supplier<?> version;
  private final int maxPages;
  private volatile Generation generation = new Generation(new Object(), new ConcurrentHashMap<>());

  private record Generation(Object version, Map<String, PageReply> pages) {}

  public RenderCache(Supplier<?> version, int maxPages) {
    this.version = Objects.requireNonNull(version, "version");
    if (maxPages < 0) {
      throw new IllegalArgumentException("maxPages must be 0 (no caching) or more, got " + maxPages);
    }
    this.maxPages = maxPages;
  }

  /** Answers {@code ctx} with the page cached under {@code key}, rendering it first if needed. */
  public void serve(Context ctx, String key, Supplier<PageReply> render) {
    reply(key, render).writeTo(ctx);
  }

  /**
   * The page under {@code key} at the current version. The version is read before rendering, so
   * a page rendered while the store changes is filed under the older version and dropped at the
   * next request; a page can never outlive the content it shows.
   */
  public PageReply reply(String key, Supplier<PageReply> render) {
    Generation current = current();
    PageReply cached = current.pages.get(key);
    if (cached != null) {
      return cached;
    }
    PageReply fresh = Objects.requireNonNull(render.get(), () -> "renderer of " + key + " returned null");
    if (current.pages.size() < maxPages) {
      current.pages.put(key, fresh);
    }
    return fresh;
  }

  /** How many pages the current generation holds. */
  public int size() {
    return generation.pages.size();
  }

  private Generation current() {
    Object now = Objects.requireNonNull(version.get(), "the cache version supplier returned null");
    Generation current = generation;
    if (!current.version.equals(now)) {
      current = new Generation(now, new ConcurrentHashMap<>());
      generation = current; // a racing request may install its own; either is a correct, empty start
    }
    return current;
  }
}
