package org.chancery.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered pages kept as bytes, keyed by their canonical path, for as long as the site's version
 * is unchanged.
 *
 * <p>The version is whatever the caller's supplier returns (for the public site: the store's last
 * change and the current minute, since the masthead's clocks show minutes). When it differs from
 * the version the cached pages were rendered at, all of them are dropped at once: there is no
 * per-page invalidation to get wrong. Only successful renders are kept; a renderer that throws
 * (a 404, a failure) leaves nothing behind.
 *
 * <p>Keys are canonical paths only: {@link #serve} answers any other spelling of a path with a
 * redirect to it, so a crawler trying {@code /archive/002}, {@code /archive/%32}... adds nothing.
 * Memory is bounded by {@code maxPages} and by {@code maxBytes} (the pages' bytes plus an estimate
 * of each entry's overhead): past either, pages are still served but no longer kept until the next
 * version starts a fresh generation.
 */
public final class RenderCache {

  /** 64 MiB: a few thousand pages of a few tens of KB, and more than a busy minute asks for. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  /** What an entry costs besides its page's bytes: the map entry, the key, the reply and its ETag. */
  static final int ENTRY_OVERHEAD = 256;

  private final Supplier<?> version;
  private final int maxPages;
  private final long maxBytes;
  private volatile Generation generation = new Generation(new Object(), new ConcurrentHashMap<>(), new AtomicLong());

  private record Generation(Object version, Map<String, PageReply> pages, AtomicLong bytes) {}

  /** A cache of at most {@code maxPages} pages and {@link #DEFAULT_MAX_BYTES}. */
  public RenderCache(Supplier<?> version, int maxPages) {
    this(version, maxPages, DEFAULT_MAX_BYTES);
  }

  public RenderCache(Supplier<?> version, int maxPages, long maxBytes) {
    this.version = Objects.requireNonNull(version, "version");
    if (maxPages < 0) {
      throw new IllegalArgumentException("maxPages must be 0 (no caching) or more, got " + maxPages);
    }
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be 0 (no caching) or more, got " + maxBytes);
    }
    this.maxPages = maxPages;
    this.maxBytes = maxBytes;
  }

  /**
   * Answers {@code ctx} with the reply cached under the canonical {@code path}, rendering it first
   * if needed. A request spelled otherwise ({@code /archive/02}, {@code /archive/2/}, escapes) is
   * moved (301) to {@code path}, or straight on to where a cached redirect leads, once the render
   * has shown that the page exists: odd spellings cost a lookup and keep nothing of their own.
   */
  public void serve(Context ctx, String path, Supplier<PageReply> render) {
    PageReply reply = reply(path, render);
    if (!ctx.path().equals(path) && reply instanceof PageReply.Html) {
      reply = PageReply.movedTo(path);
    }
    reply.writeTo(ctx);
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
    keep(current, key, fresh);
    return fresh;
  }

  /**
   * The bytes of a page that has no path of its own (an error page), kept under {@code key} like
   * the others; {@code key} must not be a path, e.g. "error 404".
   */
  public byte[] bytes(String key, Supplier<byte[]> render) {
    return ((PageReply.Html) reply(key, () -> PageReply.html(render.get()))).bytes();
  }

  /** How many pages the current generation holds. */
  public int size() {
    return generation.pages.size();
  }

  /** How many bytes the current generation is counted as holding, overheads included. */
  public long bytes() {
    return generation.bytes.get();
  }

  private void keep(Generation current, String key, PageReply reply) {
    if (current.pages.size() >= maxPages) {
      return;
    }
    long weight = weight(key, reply);
    // Reserve first, so that racing requests cannot together pass the bound.
    if (current.bytes.addAndGet(weight) > maxBytes || current.pages.putIfAbsent(key, reply) != null) {
      current.bytes.addAndGet(-weight);
    }
  }

  private static long weight(String key, PageReply reply) {
    long body = reply instanceof PageReply.Html html ? html.bytes().length : 0;
    long location = reply instanceof PageReply.MovedPermanently moved ? 2L * moved.location().length() : 0;
    return ENTRY_OVERHEAD + 2L * key.length() + body + location;
  }

  private Generation current() {
    Object now = Objects.requireNonNull(version.get(), "the cache version supplier returned null");
    Generation current = generation;
    if (!current.version.equals(now)) {
      current = new Generation(now, new ConcurrentHashMap<>(), new AtomicLong());
      generation = current; // a racing request may install its own; either is a correct, empty start
    }
    return current;
  }
}
