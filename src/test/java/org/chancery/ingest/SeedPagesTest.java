package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.content.MemoryMessageStore;
import org.junit.jupiter.api.Test;

/**
 * The reference site's own pages, where the build can see them (the chancery.seeds property):
 * only their shape is checked, so none of their text is copied here.
 */
class SeedPagesTest {

  @Test
  void the_reference_pages_parse_and_import() throws Exception {
    String dir = System.getProperty("chancery.seeds", "");
    assumeTrue(!dir.isEmpty() && Files.isDirectory(Path.of(dir)), "no seed pages at " + dir);
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assumeTrue(!seeds.isEmpty());

    for (Path seed : seeds) {
      Snapshot page = Snapshot.read(seed);
      assertThat(page.main()).as("%s has a main message", seed).isPresent();
      assertThat(page.main().get().body().isEmpty()).as("%s main body", seed).isFalse();
      assertThat(page.listed()).as("%s lists ten messages", seed).hasSize(10);
      assertThat(page.masthead().clocks()).as("%s clocks", seed).hasSize(2);
      assertThat(page.masthead().contact()).as("%s contact", seed).isPresent();
      assertThat(page.masthead().counters()).as("%s counters", seed).isNotEmpty();
    }
    MemoryMessageStore store = new MemoryMessageStore();
    ImportReport first = new Importer(store).run(seeds);
    assertThat(first.hasFailures()).as(first.toJson()).isFalse();
    long lastChange = store.lastChange();
    ImportReport again = new Importer(store).run(seeds);
    assertThat(again.newMessages() + again.updated()).isZero();
    assertThat(store.lastChange()).isEqualTo(lastChange);
  }
}
