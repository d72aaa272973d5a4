package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.junit.jupiter.api.Test;

class ImportReportTest {

  private final MemoryMessageStore store = new MemoryMessageStore();

  @Test
  void the_json_report_lists_each_file_with_its_main_message_and_listed_messages() throws Exception {
    ImportReport report = new Importer(store).run(List.of(
        Fixtures.path("item-2020-09-15.txt"), Fixtures.path("impossible-date.txt")));

    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.get("files")).hasSize(2);
    JsonNode item = json.get("files").get(0);
    assertThat(item.get("file").asText()).isEqualTo("src/test/resources/ingest/item-2020-09-15.txt");
    assertThat(item.get("ok").asBoolean()).isTrue();
    assertThat(item.get("error").isNull()).isTrue();
    Message statement = store.all().stream().filter(m -> m.title().contains("maritime")).findFirst().orElseThrow();
    assertThat(item.get("main").get("url").asText()).isEqualTo(statement.path())
        .isEqualTo("/messages/1/foreign-minister-elena-vargas-statement-on-the-maritime-boundary-talks-lisbon");
    assertThat(item.get("main").get("title").asText()).isEqualTo(statement.title());
    assertThat(item.get("main").get("date").asText()).isEqualTo("2020-09-14");
    assertThat(item.get("listed")).hasSize(2);
    assertThat(item.get("listed").get(0).get("url").asText()).as("the page lists its own message").isEqualTo(statement.path());
    assertThat(item.get("listed").get(1).get("title").asText()).isEqualTo("Regatta week: the embassy team finishes third");
    assertThat(item.get("listed").get(1).get("date").asText()).isEqualTo("2020-09-11");
    assertThat(item.get("listed").get(1).get("url").asText()).startsWith("/messages/2/regatta-week");

    JsonNode bad = json.get("files").get(1);
    assertThat(bad.get("ok").asBoolean()).isFalse();
    assertThat(bad.get("error").asText()).isEqualTo("src/test/resources/ingest/impossible-date.txt:24: "
        + "impossible date \"31.02.2021\": expected a real date as dd.mm.yyyy");
    assertThat(bad.get("main").isNull()).isTrue();
    assertThat(bad.get("listed")).isEmpty();

    JsonNode summary = json.get("summary");
    assertThat(summary.get("files").asInt()).isEqualTo(2);
    assertThat(summary.get("new").asInt()).isEqualTo(2);
    assertThat(summary.get("updated").asInt()).isZero();
    assertThat(summary.get("unchanged").asInt()).isZero();
    assertThat(summary.get("failed").asInt()).isEqualTo(1);
    assertThat(report.summaryLine()).isEqualTo("Imported 2 files: 2 new, 0 updated, 0 unchanged, 1 failed");
  }

  @Test
  void a_listing_page_has_no_main_message_in_the_report() throws Exception {
    ImportReport report = new Importer(store).run(List.of(Fixtures.path("archive-page-46.txt")));

    JsonNode file = new ObjectMapper().readTree(report.toJson()).get("files").get(0);
    assertThat(file.get("main").isNull()).isTrue();
    assertThat(file.get("listed")).hasSize(4);
    assertThat(report.summaryLine()).isEqualTo("Imported 1 file: 4 new, 0 updated, 0 unchanged, 0 failed");
    assertThat(report.hasFailures()).isFalse();
  }

  @Test
  void a_message_updated_by_a_second_import_is_counted_as_updated() {
    new Importer(store).run(List.of(Fixtures.path("home-2021-07-25.txt")));

    // The older home page shows the Porto statement's body, which the newer one only listed.
    ImportReport report = new Importer(store).run(List.of(Fixtures.path("home-2021-07-24.txt")));

    assertThat(report.summaryLine()).isEqualTo("Imported 1 file: 2 new, 1 updated, 3 unchanged, 0 failed");
  }

  @Test
  void progress_is_two_steps_a_file() {
    HeardProgress progress = new HeardProgress();
    new Importer(store).run(List.of(Fixtures.path("home-2021-07-25.txt"), Fixtures.path("empty.txt")), progress);

    assertThat(progress.heard).containsExactly("started 4", "read home-2021-07-25.txt", "read empty.txt",
        "skipped a file that could not be read", "imported home-2021-07-25.txt");
  }

  @Test
  void the_terminal_progress_bar_draws_on_the_stream_it_is_given() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TerminalProgress progress = TerminalProgress.on(new PrintStream(out, true, StandardCharsets.UTF_8), "Importing")) {
      new Importer(store).run(List.of(Path.of("src/test/resources/ingest/no-date.txt")), progress);
    }

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Importing").contains("2/2");
  }
}
