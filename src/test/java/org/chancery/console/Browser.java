package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chancery.site.PageText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser for tests: keeps cookies as a browser does, follows no redirects, and reads the form
 * token from the last page it was shown.
 */
final class Browser {

  private final int port;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private Optional<String> forwardedFor = Optional.empty();

  Browser(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** Posts a form; {@code fields} alternate names and values. */
  Reply post(String path, String... fields) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      form.put(fields[i], fields[i + 1]);
    }
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Opens the sign-in page and posts its form. */
  Reply signIn(String name, String password) {
    String token = get("/console/sign-in").formToken();
    return post("/console/sign-in", "csrf", token, "name", name, "password", password);
  }

  /** The form token of the session: from the dashboard, which every signed-in role can open. */
  String csrf() {
    return get("/console").formToken();
  }

  /** The cookie of this name the browser holds for the console, if any. */
  Optional<HttpCookie> cookie(String name) {
    return cookies.getCookieStore().get(uri("/console")).stream().filter(c -> c.getName().equals(name)).findFirst();
  }

  /** Puts a cookie for /console in this browser's jar, e.g. one stolen from another browser. */
  void addCookie(String name, String value) {
    addCookie(name, value, "/console");
  }

  void addCookie(String name, String value, String path) {
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath(path);
    cookie.setVersion(0);
    cookies.getCookieStore().add(uri("/console"), cookie);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Sends {@code X-Forwarded-For: address} with every request from now on, as a proxy in front would. */
  Browser forwardedFor(String address) {
    forwardedFor = Optional.of(address);
    return this;
  }

  private Reply send(HttpRequest.Builder request) {
    forwardedFor.ifPresent(address -> request.header("X-Forwarded-For", address));
    try {
      return new Reply(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + request.build(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** A response, with what the tests read from it. */
  record Reply(HttpResponse<String> response) {

    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    Document html() {
      return Jsoup.parse(response.body());
    }

    List<String> lines() {
      return PageText.linesOf(response.body());
    }

    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    List<String> setCookies() {
      return response.headers().allValues("Set-Cookie");
    }

    /** The value of the first form's hidden csrf field. */
    String formToken() {
      String token = html().select("input[name=csrf]").attr("value");
      assertThat(token).as("a form token on %s", response.uri()).isNotEmpty();
      return token;
    }

    /** The text of the error paragraph, or of the refusal's explanation. */
    String error() {
      return html().select("p.error").text();
    }

    Reply expectRedirectTo(String location) {
      assertThat(status()).as("status of %s %s: %s", response.request().method(), response.uri(), body()).isEqualTo(303);
      assertThat(header("Location")).contains(location);
      return this;
    }

    Reply expectStatus(int status) {
      assertThat(status()).as("status of %s %s: %s", response.request().method(), response.uri(), body()).isEqualTo(status);
      return this;
    }
  }
}
