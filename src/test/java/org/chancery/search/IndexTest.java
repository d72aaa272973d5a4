package org.chancery.search;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chancery.content.SearchRequest;
import org.chancery.content.SearchResult;
import org.chancery.content.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real index in a temporary folder, holding {@link Archive#ALL} unless a test adds others. */
abstract class IndexTest {

  @TempDir
  Path folder;

  /** The managed sections as the store has them: a test renames one by replacing it here. */
  final List<Section> sections = new CopyOnWriteArrayList<>(Archive.SECTIONS);
  LuceneSearchIndex index;

  @BeforeEach
  void openIndex() throws IndexUnreadable {
    index = LuceneSearchIndex.open(folder.resolve("index"), () -> List.copyOf(sections));
    index.index(Archive.ALL);
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  SearchResult search(String query) {
    return index.search(SearchRequest.words(query, Archive.TODAY));
  }

  /** The numbers of the messages found, in order. */
  static List<Long> numbers(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::number).toList();
  }

  /** The snippet's matched words. */
  static List<String> marked(SearchResult.Hit hit) {
    return hit.snippet().stream().filter(SearchResult.Snippet::match).map(SearchResult.Snippet::text).toList();
  }

  /** The snippet as a reader reads it. */
  static String text(SearchResult.Hit hit) {
    return String.join("", hit.snippet().stream().map(SearchResult.Snippet::text).toList());
  }
}
