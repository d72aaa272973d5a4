package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadableIndexTest {

  @TempDir
  Path folder;

  private final List<String> resets = new ArrayList<>();

  @BeforeEach
  void writeAnIndex() throws IndexUnreadable {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, () -> Archive.SECTIONS)) {
      index.index(Archive.ALL);
    }
  }

  private List<Path> files(String glob) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileSystem().getPathMatcher("glob:" + glob).matches(f.getFileName())).toList();
    }
  }

  private void garble(String glob) throws IOException {
    for (Path file : files(glob)) {
      byte[] garbage = new byte[(int) Math.max(64, Files.size(file))];
      for (int i = 0; i < garbage.length; i++) {
        garbage[i] = (byte) (i * 31 + 7);
      }
      Files.write(file, garbage);
    }
  }

  @Test
  void garbage_in_the_segment_files_is_reported_as_unreadable() throws IOException {
    garble("*");

    assertThatThrownBy(() -> LuceneSearchIndex.open(folder, () -> Archive.SECTIONS))
        .isInstanceOf(IndexUnreadable.class)
        .hasMessageContaining(folder.toString())
        .hasMessageContaining("cannot be read");
  }

  @Test
  void an_unreadable_index_is_emptied_said_why_and_usable_again() throws IOException {
    garble("*");
    Path notLucenes = Files.writeString(folder.resolve("README.txt"), "kept");

    try (LuceneSearchIndex index = LuceneSearchIndex.openOrEmpty(folder, () -> Archive.SECTIONS, resets::add)) {
      assertThat(resets).singleElement().asString()
          .contains(folder.toString()).contains("cannot be read: IndexFormatTooOldException")
          .contains("rebuilt from the store");
      assertThat(index.count()).isZero();
      index.index(Archive.ALL);
      assertThat(index.count()).isEqualTo(Archive.ALL.size());
    }
    assertThat(notLucenes).hasContent("kept");
  }

  @Test
  void garbage_in_the_parts_of_a_segment_alone_is_unreadable_too() throws IOException {
    garble("_*");

    assertThatThrownBy(() -> LuceneSearchIndex.open(folder, () -> Archive.SECTIONS)).isInstanceOf(IndexUnreadable.class);
  }

  @Test
  void a_missing_segment_is_unreadable() throws IOException {
    for (Path file : files("_*")) {
      Files.delete(file);
    }

    assertThatThrownBy(() -> LuceneSearchIndex.open(folder, () -> Archive.SECTIONS)).isInstanceOf(IndexUnreadable.class);
    try (LuceneSearchIndex index = LuceneSearchIndex.openOrEmpty(folder, () -> Archive.SECTIONS, resets::add)) {
      assertThat(resets).hasSize(1);
      assertThat(index.count()).isZero();
    }
  }

  @Test
  void a_truncated_commit_is_unreadable() throws IOException {
    for (Path file : files("segments_*")) {
      byte[] bytes = Files.readAllBytes(file);
      Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    assertThatThrownBy(() -> LuceneSearchIndex.open(folder, () -> Archive.SECTIONS)).isInstanceOf(IndexUnreadable.class);
  }

  @Test
  void an_index_open_in_another_writer_is_not_emptied() throws IndexUnreadable {
    try (LuceneSearchIndex open = LuceneSearchIndex.open(folder, () -> Archive.SECTIONS)) {
      assertThatThrownBy(() -> LuceneSearchIndex.openOrEmpty(folder, () -> Archive.SECTIONS, resets::add))
          .isInstanceOf(UncheckedIOException.class).hasMessageContaining("open in another process");
      assertThat(resets).isEmpty();
      assertThat(open.count()).isEqualTo(Archive.ALL.size());
    }
  }

  @Test
  void an_index_of_another_schema_is_unreadable_so_it_is_rebuilt_not_misread() throws IOException {
    Path other = folder.resolve("other");
    Sort newestFirst = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true),
        new SortField(Fields.NUMBER, SortField.Type.LONG, true), new SortField(Fields.TURN_INDEX, SortField.Type.LONG));
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(other), new IndexWriterConfig().setIndexSort(newestFirst))) {
      writer.addDocument(new Document());
      writer.setLiveCommitData(Map.of("chancery.search.schema", "0").entrySet());
      writer.commit();
    }

    assertThatThrownBy(() -> LuceneSearchIndex.open(other, () -> Archive.SECTIONS))
        .isInstanceOf(IndexUnreadable.class).hasMessageContaining("search schema 0");
  }
}
