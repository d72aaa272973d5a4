package org.chancery.search;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.chancery.content.SearchResult.Facet;

/**
 * Counts every hit, and the hits under each section, kind, language and speaker, from doc values:
 * per segment into an array by ordinal, then by value once the segment is done. A hit costs a few
 * array increments, so the counts cover all hits, not one page, at the price of visiting each.
 */
final class FacetCounter implements Collector {

  /** Values with their counts, for each facet; and how many hits there were. */
  record Counts(long hits, Map<Facet, Map<String, Long>> values) {}

  private long hits;
  private final Map<Facet, Map<String, Long>> values = new EnumMap<>(Facet.class);

  FacetCounter() {
    for (Facet facet : Facet.values()) {
      values.put(facet, new HashMap<>());
    }
  }

  static CollectorManager<FacetCounter, Counts> manager() {
    return new CollectorManager<>() {
      @Override
      public FacetCounter newCollector() {
        return new FacetCounter();
      }

      @Override
      public Counts reduce(Collection<FacetCounter> collectors) {
        long hits = 0;
        Map<Facet, Map<String, Long>> values = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
          values.put(facet, new HashMap<>());
        }
        for (FacetCounter each : collectors) {
          hits += each.hits;
          each.values.forEach((facet, counts) -> counts.forEach((value, n) -> values.get(facet).merge(value, n, Long::sum)));
        }
        return new Counts(hits, values);
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SortedDocValues section = DocValues.getSorted(context.reader(), Fields.SECTION);
    SortedDocValues kind = DocValues.getSorted(context.reader(), Fields.KIND);
    SortedDocValues language = DocValues.getSorted(context.reader(), Fields.LANGUAGE);
    SortedSetDocValues speaker = DocValues.getSortedSet(context.reader(), Fields.SPEAKER);
    int[] sections = new int[section.getValueCount()];
    int[] kinds = new int[kind.getValueCount()];
    int[] languages = new int[language.getValueCount()];
    int[] speakers = new int[(int) speaker.getValueCount()];
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        hits++;
        if (section.advanceExact(doc)) {
          sections[section.ordValue()]++;
        }
        if (kind.advanceExact(doc)) {
          kinds[kind.ordValue()]++;
        }
        if (language.advanceExact(doc)) {
          languages[language.ordValue()]++;
        }
        if (speaker.advanceExact(doc)) {
          for (int i = 0; i < speaker.docValueCount(); i++) {
            speakers[(int) speaker.nextOrd()]++;
          }
        }
      }

      @Override
      public void finish() throws IOException {
        add(Facet.SECTION, sections, section);
        add(Facet.KIND, kinds, kind);
        add(Facet.LANGUAGE, languages, language);
        Map<String, Long> bySpeaker = values.get(Facet.SPEAKER);
        for (int ord = 0; ord < speakers.length; ord++) {
          if (speakers[ord] > 0) {
            bySpeaker.merge(speaker.lookupOrd(ord).utf8ToString(), (long) speakers[ord], Long::sum);
          }
        }
      }
    };
  }

  private void add(Facet facet, int[] counts, SortedDocValues docValues) throws IOException {
    Map<String, Long> byValue = values.get(facet);
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0) {
        byValue.merge(docValues.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
      }
    }
  }

  Counts counts() {
    return new Counts(hits, values);
  }
}
