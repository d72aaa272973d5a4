package org.chancery.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.chancery.content.Body;
import org.chancery.content.Kind;
import org.chancery.content.Message;
import org.chancery.content.SearchRequest;
import org.chancery.content.SearchResult;
import org.chancery.content.Section;
import org.chancery.content.TitleEvent;
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
 * One search of a Lucene index of 100,000 messages, a third of them transcripts, facets counted
 * over all hits and ten snippets highlighted: a query's 99th percentile is the figure to watch.
 * The index is built once in {@code target/search-bench-index} and kept. The messages are made of words drawn from a Zipf-like vocabulary, three quarters in English and a
 * quarter in Russian. Run with {@code bench/search.sh}; it prints how fast the index was built.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {

  static final int MESSAGES = 100_000;
  static final LocalDate FIRST_DAY = LocalDate.of(1998, 1, 1);
  static final LocalDate TODAY = FIRST_DAY.plusDays(MESSAGES / 10);
  static final List<Section> SECTIONS = List.of(new Section("statements", "Statements"),
      new Section("news", "News"), new Section("transcripts", "Transcripts"), new Section("comments", "Comments"));

  /** A common word, a rarer one, two words, a phrase, a prefix, no words, a speaker's turns. */
  @Param({"common", "rare", "two", "phrase", "prefix", "blank", "speaker"})
  public String query;

  private LuceneSearchIndex index;
  private SearchRequest request;

  /** Built once and kept between runs and trials; deleted by {@code mvn clean}. */
  static final Path FOLDER = Path.of("target", "search-bench-index");

  @Setup(Level.Trial)
  public void fill() {
    index = LuceneSearchIndex.openOrEmpty(FOLDER, () -> SECTIONS, System.out::println);
    if (index.count() != MESSAGES) {
      index.removeAll();
      List<Message> messages = messages();
      long start = System.nanoTime();
      index.index(messages);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("indexed %,d messages in %.1f s: %,.0f messages/s%n", MESSAGES, seconds, MESSAGES / seconds);
    }
    request = switch (query) {
      case "common" -> SearchRequest.words("embassy", TODAY);
      case "rare" -> SearchRequest.words("w" + 700, TODAY);
      case "two" -> SearchRequest.words("embassy w40", TODAY);
      case "phrase" -> SearchRequest.words("\"trade talks\"", TODAY);
      case "prefix" -> SearchRequest.words("w12*", TODAY);
      case "blank" -> SearchRequest.words("", TODAY);
      case "speaker" -> SearchRequest.saidBy("ambassador ilse varga", 1, TODAY);
      default -> throw new IllegalArgumentException(query);
    };
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }

  @Benchmark
  public SearchResult search() {
    return index.search(request);
  }

  static List<Message> messages() {
    Random random = new Random(7);
    List<Message> messages = new ArrayList<>(MESSAGES);
    for (int i = 1; i <= MESSAGES; i++) {
      boolean russian = i % 4 == 0;
      List<String> paragraphs = new ArrayList<>();
      if (i % 3 == 0) {
        for (int turn = 0; turn < 6; turn++) {
          String speaker = turn % 2 == 0 ? (russian ? "Вопрос" : "Question")
              : (russian ? "Ильзе Варга" : "Ambassador Ilse Varga");
          paragraphs.add(speaker + ": " + sentence(random, russian, 25));
        }
      } else {
        for (int p = 0; p < 4; p++) {
          paragraphs.add(sentence(random, russian, 40));
        }
      }
      String title = (russian ? "Заявление " : "Statement on ") + sentence(random, russian, 6);
      LocalDate day = FIRST_DAY.plusDays(i / 10);
      messages.add(new Message(i, SECTIONS.get(i % SECTIONS.size()), Kind.fromTitle(title), title, day, false, 0,
          TitleEvent.of(title), russian ? "ru" : "en", Body.of(paragraphs), "", List.of(), Optional.empty()));
    }
    return messages;
  }

  private static final String[] ENGLISH = {"embassy", "trade", "talks", "grain", "sanctions", "minister", "harbour",
      "visa", "consulate", "treaty", "the", "of", "and", "a", "in", "on", "with", "for"};
  private static final String[] RUSSIAN = {"посольство", "переговоры", "санкции", "министр", "визы", "договор", "и",
      "в", "на", "с"};

  /** Words from a small set of real ones and a long tail of made-up ones ("w123"), rarer the higher. */
  private static String sentence(Random random, boolean russian, int words) {
    String[] common = russian ? RUSSIAN : ENGLISH;
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        out.append(' ');
      }
      if (random.nextInt(3) > 0) {
        out.append(common[(int) Math.min(common.length - 1, Math.abs(random.nextGaussian()) * common.length / 2)]);
      } else {
        out.append(russian ? "с" : "w").append((int) Math.pow(20_000, random.nextDouble()));
      }
    }
    return out.append('.').toString();
  }
}
