package org.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an operator uses it: exit codes, reports and messages. */
class ChanceryCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Chancery.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  private Path fixture(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/ingest/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void import_reports_each_file_as_json_and_fails_when_any_file_failed() throws IOException {
    Path good = fixture("home-2021-07-25.txt");
    Path bad = fixture("impossible-date.txt");

    int exit = run("import", "--data", dir.resolve("data").toString(), "--json", good.toString(), bad.toString());

    JsonNode files = new ObjectMapper().readTree(out.toString()).get("files");
    assertThat(exit).isEqualTo(1);
    assertThat(files.get(0).get("ok").asBoolean()).isTrue();
    assertThat(files.get(0).get("main").get("url").asText()).startsWith("/messages/");
    assertThat(files.get(1).get("ok").asBoolean()).isFalse();
    assertThat(files.get(1).get("error").asText()).startsWith(bad + ":").contains("31.02");
    assertThat(files.get(1).get("main").isNull()).isTrue();
  }

  @Test
  void importing_the_same_file_again_changes_nothing() throws IOException {
    Path good = fixture("home-2021-07-25.txt");
    String data = dir.resolve("data").toString();

    assertThat(run("import", "--data", data, good.toString())).isZero();
    String first = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("import", "--data", data, good.toString())).isZero();

    assertThat(first).contains("new").doesNotContain(" 0 new");
    assertThat(out.toString().strip()).contains("0 new, 0 updated");
  }

  @Test
  void bad_settings_stop_the_command_with_a_message_naming_the_setting() {
    int exit = run("serve", "--data", dir.toString(), "--port", "eighty");

    assertThat(exit).isEqualTo(Chancery.BAD_SETTINGS);
    assertThat(err.toString().strip())
        .isEqualTo("chancery: setting 'port' is 'eighty'; allowed: a whole number from 0 to 65535");
  }

  @Test
  void help_lists_the_commands() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString()).contains("serve", "import", "generate", "demo", "user");
  }
}
