package org.chancery.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.chancery.content.MessageStore;

/** The real public site on a free port, with a fixed clock, and an HTTP client that follows no redirects. */
final class TestSite implements AutoCloseable {

  private final PublicSite site;
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private TestSite(PublicSite site) {
    this.site = site;
  }

  static TestSite start(MessageStore store, Instant now) {
    return start(store, now, SiteFixtures.settings());
  }

  static TestSite start(MessageStore store, Instant now, SiteSettings settings) {
    return start(store, Clock.fixed(now, ZoneOffset.UTC), settings);
  }

  static TestSite start(MessageStore store, Clock clock, SiteSettings settings) {
    return new TestSite(PublicSite.create(store, clock, settings).start(0));
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
  }
}
