package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.chancery.content.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecentResultsTest {

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private IndexWriter writer;

  @BeforeEach
  void openWriter() throws IOException {
    writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
  }

  @AfterEach
  void closeWriter() throws IOException {
    writer.close();
    directory.close();
  }

  /** A reader of the index after one more document: a newer version than any before it. */
  private DirectoryReader newerReader() throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", Long.toString(System.nanoTime()), Field.Store.NO));
    writer.addDocument(doc);
    return DirectoryReader.open(writer);
  }

  private static SearchResult found(long total) {
    return new SearchResult(List.of(), total, 1, 10, Map.of(), List.of());
  }

  @Test
  void a_search_asked_again_in_the_same_reader_is_answered_from_what_it_found() throws IOException {
    RecentResults recent = new RecentResults(4);
    try (DirectoryReader reader = newerReader()) {
      recent.put(reader, "grain", found(3));

      assertThat(recent.get(reader, "grain")).contains(found(3));
      assertThat(recent.get(reader, "sanctions")).isEmpty();
    }
  }

  @Test
  void a_newer_reader_finds_nothing_kept_and_drops_what_the_older_one_kept() throws IOException {
    RecentResults recent = new RecentResults(4);
    try (DirectoryReader older = newerReader(); DirectoryReader newer = newerReader()) {
      recent.put(older, "grain", found(3));

      assertThat(recent.get(newer, "grain")).isEmpty();
      recent.put(newer, "sanctions", found(1));

      assertThat(recent.size()).isEqualTo(1);
      assertThat(recent.get(older, "grain")).isEmpty();
      assertThat(recent.get(newer, "sanctions")).contains(found(1));
    }
  }

  @Test
  void a_search_that_finishes_in_an_older_reader_after_a_newer_one_was_seen_keeps_nothing() throws IOException {
    RecentResults recent = new RecentResults(4);
    try (DirectoryReader older = newerReader(); DirectoryReader newer = newerReader()) {
      recent.put(newer, "sanctions", found(1));

      recent.put(older, "grain", found(3)); // still open: its search holds it until put returns

      assertThat(recent.get(newer, "sanctions")).contains(found(1));
      assertThat(recent.size()).isEqualTo(1);
    }
  }

  @Test
  void past_its_capacity_it_drops_the_result_asked_for_least_recently() throws IOException {
    RecentResults recent = new RecentResults(2);
    try (DirectoryReader reader = newerReader()) {
      recent.put(reader, "grain", found(3));
      recent.put(reader, "sanctions", found(1));
      recent.get(reader, "grain");

      recent.put(reader, "harbour", found(2));

      assertThat(recent.get(reader, "sanctions")).isEmpty();
      assertThat(recent.get(reader, "grain")).contains(found(3));
      assertThat(recent.get(reader, "harbour")).contains(found(2));
    }
  }

  @Test
  void a_capacity_below_one_is_refused() {
    assertThatThrownBy(() -> new RecentResults(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1, not 0");
  }
}
