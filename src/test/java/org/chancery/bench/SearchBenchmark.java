package org.chancery.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chancery.content.Kind;
import org.chancery.content.SearchRequest;
import org.chancery.content.SearchResult;
import org.chancery.search.LuceneSearchIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Search latency inside the JVM, on the index of a data directory that {@code bench/search.sh}
 * filled with a synthetic archive ({@code chancery generate}) and indexed ({@code chancery
 * reindex}): the four kinds of query the issue names, each a first page of ten with facet counts.
 * Sample time, so that JMH reports p50 and p99 as well as the mean. The script passes the words,
 * speaker, section and kind it picked from the archive as parameters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {

  /** The data directory whose search folder is read; the script sets it. */
  @Param("")
  public String data;

  @Param("")
  public String word;

  @Param("")
  public String phrase;

  @Param("")
  public String speaker;

  @Param("")
  public String section;

  @Param("MESSAGE")
  public String kind;

  private LuceneSearchIndex index;
  /**
   * Each call's "today", one day earlier than the last one's, so that no call is answered from the
   * index's recent results: every call searches. All of them lie far past the archive's last day,
   * so every call finds the same hits.
   */
  private long day = LocalDate.of(9999, 12, 31).toEpochDay();

  @Setup(Level.Trial)
  public void open() {
    index = LuceneSearchIndex.openOrEmpty(Path.of(data).resolve("search"), List::of, reason -> {
      throw new IllegalStateException(reason);
    });
    if (index.count() == 0) {
      throw new IllegalStateException("the index in " + data + " is empty: run bench/search.sh");
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }

  @Benchmark
  public SearchResult word() {
    return index.search(SearchRequest.words(word, today()));
  }

  @Benchmark
  public SearchResult phrase() {
    return index.search(SearchRequest.words("\"" + phrase + "\"", today()));
  }

  @Benchmark
  public SearchResult speakerFiltered() {
    return index.search(SearchRequest.words(word, today()).withSpeaker(speaker));
  }

  @Benchmark
  public SearchResult faceted() {
    return index.search(SearchRequest.words(word, today()).withSection(section).withKind(Kind.valueOf(kind)));
  }

  private LocalDate today() {
    return LocalDate.ofEpochDay(day--);
  }
}
