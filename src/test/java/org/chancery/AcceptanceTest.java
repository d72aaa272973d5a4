package org.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.chancery.ingest.Snapshot;
import org.chancery.site.PageText;
import org.chancery.storage.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chancery gives an imported site back as it was: import a set of page snapshots into one data
 * directory with {@code chancery import}, serve the site as at each snapshot's instant (as
 * {@code chancery serve --now} does), open the page of the snapshot's main message, and find
 * every non-empty line of the snapshot on it, in order.
 *
 * <p>Runs on the demo site's snapshots (a fictional mission, bundled in the jar) and, when the
 * folder named by the system property {@code chancery.seeds} exists, on the reference site's.
 * Each page is read twice: as HTML over HTTP turned into lines, and as the text headless
 * Chromium shows ({@code innerText}), when Chromium is installed.
 */
class AcceptanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** How a test reads a page: from its URL to the lines a reader sees. */
  interface PageReader {
    List<String> lines(String url) throws Exception;
  }

  private static HeadlessBrowser browser;

  @TempDir
  Path dir;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> the_demo_site_serves_every_line_of_its_own_snapshots() throws IOException {
    return importAndCompare(demoSnapshots(), AcceptanceTest::overHttp);
  }

  @TestFactory
  Stream<DynamicTest> the_demo_site_reads_the_same_in_a_real_browser() throws IOException {
    return importAndCompare(demoSnapshots(), browser()::lines);
  }

  @TestFactory
  Stream<DynamicTest> the_reference_site_serves_every_line_of_its_snapshots() throws IOException {
    return importAndCompare(referenceSnapshots(), AcceptanceTest::overHttp);
  }

  @TestFactory
  Stream<DynamicTest> the_reference_site_reads_the_same_in_a_real_browser() throws IOException {
    Path seeds = referenceSnapshots();
    return importAndCompare(seeds, browser()::lines);
  }

  private static HeadlessBrowser browser() {
    Assumptions.assumeTrue(HeadlessBrowser.isInstalled(), "Chromium and chromedriver are not installed");
    if (browser == null) {
      browser = HeadlessBrowser.start();
    }
    return browser;
  }

  private static Path referenceSnapshots() {
    Path seeds = Path.of(System.getProperty("chancery.seeds", "../shared/seeds"));
    Assumptions.assumeTrue(Files.isDirectory(seeds), "no reference snapshots at " + seeds.toAbsolutePath());
    return seeds;
  }

  private Path demoSnapshots() throws IOException {
    Path snapshots = Files.createDirectories(dir.resolve("demo"));
    for (String name : demoFileNames()) {
      try (InputStream in = AcceptanceTest.class.getResourceAsStream("/demo/" + name)) {
        Files.copy(in, snapshots.resolve(name));
      }
    }
    return snapshots;
  }

  private Stream<DynamicTest> importAndCompare(Path folder, PageReader reader) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).as("snapshot files in " + folder).isNotEmpty();
    Path data = dir.resolve("data-" + folder.getFileName());
    Map<String, String> mainUrls = importAll(data, files);
    Database database = Database.openDataDirectory(data);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(),
          () -> compare(data, database, file, mainUrls, reader)));
    }
    tests.add(DynamicTest.dynamicTest("close the database", database::close));
    return tests.stream();
  }

  /** Imports with the command line, as an operator would, and returns each file's main-message URL. */
  private static Map<String, String> importAll(Path data, List<Path> files) throws IOException {
    List<String> args = new ArrayList<>(List.of("import", "--data", data.toString(), "--json"));
    files.forEach(f -> args.add(f.toString()));
    StringWriter out = new StringWriter();
    int exit = Chancery.commandLine().setOut(new PrintWriter(out)).execute(args.toArray(String[]::new));
    JsonNode report = JSON.readTree(out.toString());
    assertThat(exit).as("exit code of the import; report:\n" + out).isZero();
    Map<String, String> urls = new HashMap<>();
    for (JsonNode file : report.get("files")) {
      assertThat(file.get("ok").asBoolean()).as("imported " + file).isTrue();
      if (!file.get("main").isNull()) {
        urls.put(Path.of(file.get("file").asText()).getFileName().toString(), file.get("main").get("url").asText());
      }
    }
    return urls;
  }

  private static void compare(Path data, Database database, Path file, Map<String, String> mainUrls,
      PageReader reader) throws Exception {
    Snapshot snapshot = Snapshot.read(file);
    String path = mainUrls.get(file.getFileName().toString());
    assertThat(path).as("the main message of " + file.getFileName()).isNotNull();
    // The same wiring as `chancery serve --now INSTANT`.
    Settings settings = Settings.read(Optional.empty(), Map.of(), Map.of("data", data.toString(),
        "now", snapshot.shownAt().atOffset(ZoneOffset.UTC).toString(),
        "home.zone", snapshot.masthead().homeZone().getId()));
    Chancery.ServedSite site = Chancery.publicSite(settings, database).start("127.0.0.1", 0);
    try {
      List<String> lines = reader.lines("http://127.0.0.1:" + site.port() + path);
      PageText.assertLinesInOrder(visibleLines(file), lines);
    } finally {
      site.stop();
    }
  }

  private static List<String> overHttp(String url) throws Exception {
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(page.statusCode()).as("status of " + url).isEqualTo(200);
    return PageText.linesOf(page.body());
  }

  /** The snapshot's lines as the page showed them: a first "URL:" line records where it was, not what it showed. */
  private static List<String> visibleLines(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (!lines.isEmpty() && lines.get(0).startsWith("URL:")) {
      lines = lines.subList(1, lines.size());
    }
    return lines.stream().filter(line -> !line.isBlank()).toList();
  }

  private static List<String> demoFileNames() throws IOException {
    try (InputStream in = AcceptanceTest.class.getResourceAsStream("/demo/index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }
}
