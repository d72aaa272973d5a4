package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RenderCacheTest {

  private final AtomicLong version = new AtomicLong(1);
  private final AtomicInteger renders = new AtomicInteger();
  private final RenderCache cache = new RenderCache(version::get, 100);

  private final Supplier<PageReply> page = () -> {
    renders.incrementAndGet();
    return PageReply.html(("render " + renders.get()).getBytes(StandardCharsets.UTF_8));
  };

  @Test
  void repeated_requests_for_a_path_render_it_once() {
    PageReply first = cache.reply("/archive", page);

    assertThat(cache.reply("/archive", page)).isSameAs(first);
    assertThat(renders).hasValue(1);
    cache.reply("/archive/2", page);
    assertThat(renders).hasValue(2);
  }

  @Test
  void a_new_version_drops_every_cached_page() {
    cache.reply("/", page);
    cache.reply("/archive", page);
    version.incrementAndGet();

    PageReply again = cache.reply("/", page);

    assertThat(renders).hasValue(3);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(((PageReply.Html) again).bytes()).asString(StandardCharsets.UTF_8).isEqualTo("render 3");
  }

  @Test
  void a_renderer_that_throws_leaves_nothing_cached() {
    assertThatThrownBy(() -> cache.reply("/messages/9/x", () -> {
      throw new IllegalStateException("not found");
    })).hasMessage("not found");

    assertThat(cache.size()).isZero();
  }

  @Test
  void past_its_limit_the_cache_serves_without_keeping() {
    RenderCache small = new RenderCache(version::get, 1);
    small.reply("/a", page);
    small.reply("/b", page);
    small.reply("/b", page);

    assertThat(renders).hasValue(3);
    assertThat(small.size()).isEqualTo(1);
  }

  @Test
  void past_its_byte_bound_the_cache_serves_without_keeping() {
    byte[] tenKilobytes = new byte[10_000];
    long perPage = 10_000 + RenderCache.ENTRY_OVERHEAD + 2 * "/p0".length();
    RenderCache bounded = new RenderCache(version::get, 100, 3 * perPage);
    Supplier<PageReply> big = () -> {
      renders.incrementAndGet();
      return PageReply.html(tenKilobytes);
    };

    for (int i = 0; i < 5; i++) {
      bounded.reply("/p" + i, big);
    }
    bounded.reply("/p4", big);

    assertThat(bounded.size()).isEqualTo(3);
    assertThat(bounded.bytes()).isEqualTo(3 * perPage);
    assertThat(renders).hasValue(6);
    version.incrementAndGet();
    bounded.reply("/p4", big);
    assertThat(bounded.size()).isEqualTo(1);
    assertThat(bounded.bytes()).isEqualTo(perPage);
  }

  @Test
  void the_etag_depends_on_the_bytes_only() {
    PageReply.Html one = (PageReply.Html) PageReply.html("same".getBytes(StandardCharsets.UTF_8));
    PageReply.Html two = (PageReply.Html) PageReply.html("same".getBytes(StandardCharsets.UTF_8));
    PageReply.Html other = (PageReply.Html) PageReply.html("other".getBytes(StandardCharsets.UTF_8));

    assertThat(one.etag()).isEqualTo(two.etag()).isNotEqualTo(other.etag()).startsWith("\"").endsWith("\"");
  }
}
