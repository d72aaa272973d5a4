package org.chancery.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.content.MessageStore;
import org.chancery.search.IndexFollower;
import org.chancery.search.LuceneSearchIndex;

/** The real public site on a free port, with a fixed clock, and an HTTP client that follows no redirects. */
final class TestSite implements AutoCloseable {

  private final PublicSite site;
  private final Path folder;
  private final LuceneSearchIndex search;
  private final IndexFollower follower;
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private TestSite(PublicSite site, Path folder, LuceneSearchIndex search, IndexFollower follower) {
    this.site = site;
    this.folder = folder;
    this.search = search;
    this.follower = follower;
  }

  static TestSite start(MessageStore store, Instant now) {
    return start(store, now, SiteFixtures.settings());
  }

  static TestSite start(MessageStore store, Instant now, SiteSettings settings) {
    return start(store, Clock.fixed(now, ZoneOffset.UTC), settings);
  }

  /** With a search index of its own, in a temporary folder, kept in step with the store as `serve` keeps it. */
  static TestSite start(MessageStore store, Clock clock, SiteSettings settings) {
    try {
      Path folder = Files.createTempDirectory("chancery-site-search");
      LuceneSearchIndex search = LuceneSearchIndex.openOrEmpty(folder, store::allSections, reason -> {
        throw new IllegalStateException(reason);
      });
      IndexFollower follower = new IndexFollower(store, search);
      follower.catchUp();
      follower.start(Duration.ofMillis(50));
      return new TestSite(PublicSite.create(store, search, clock, settings).start(0), folder, search, follower);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, headers);
  }

  /** A HEAD request: the status and headers a GET would have, and no body. */
  HttpResponse<String> head(String path, String... headers) {
    return send("HEAD", path, headers);
  }

  private HttpResponse<String> send(String method, String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + site.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method + " " + path, e);
    }
  }

  /** The page's visible lines, after checking that it answered 200. */
  List<String> lines(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode() + ", expected 200:\n" + response.body());
    }
    return PageText.linesOf(response.body());
  }

  @Override
  public void close() {
    site.stop();
    follower.close();
    search.close();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
