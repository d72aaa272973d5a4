package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * A {@link QueryText} as Lucene queries: each part looked for in the title (boosted), the lead and
 * the body of both languages' fields, each field's text analysed by that field's query chain.
 */
final class LuceneQueries {

  /** A word in the title counts this much more than in the lead or body. */
  static final float TITLE_BOOST = 3f;
  /**
   * Words the prefixes of a query stand for, in all, when the highlighter is told which to mark:
   * shared among them, so that the highlighter's query stays far from Lucene's clause limit.
   */
  private static final int MARKED_PREFIX_WORDS = 64;

  private final QueryBuilder builder;
  private final Analyzer prefixes;

  LuceneQueries(Analyzer queryAnalyzer, Analyzer prefixAnalyzer) {
    this.builder = new QueryBuilder(queryAnalyzer);
    this.prefixes = prefixAnalyzer;
  }

  /**
   * What the text's words look for, without filters.
   *
   * @param positive every required group, or empty when no part of the text has a word to look for
   * @param excluded what must not match
   */
  record Built(Optional<Query> positive, List<Query> excluded) {}

  Built build(QueryText text, List<String> fields) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int groups = 0;
    for (List<QueryText.Part> group : text.required()) {
      Optional<Query> any = anyOf(group, fields);
      if (any.isPresent()) {
        all.add(any.get(), Occur.MUST);
        groups++;
      }
    }
    List<Query> excluded = new ArrayList<>();
    for (QueryText.Part part : text.excluded()) {
      anyOf(List.of(part), fields).ifPresent(excluded::add);
    }
    return new Built(groups == 0 ? Optional.empty() : Optional.of(all.build()), excluded);
  }

  /**
   * The required parts again for the highlighter, each prefix replaced by the words of the index
   * it stands for: the highlighter then finds them as plain terms in the postings.
   */
  Optional<Query> forHighlighting(QueryText text, List<String> fields, IndexReader reader) {
    long prefixes = text.required().stream().flatMap(List::stream).filter(QueryText.Prefix.class::isInstance).count();
    int wordsEach = (int) Math.max(8, MARKED_PREFIX_WORDS / Math.max(1, prefixes));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean found = false;
    for (List<QueryText.Part> group : text.required()) {
      for (QueryText.Part part : group) {
        for (String field : fields) {
          Query query = part instanceof QueryText.Prefix prefix
              ? expanded(field, prefix, reader, wordsEach)
              : phrase(field, part.text());
          if (query != null) {
            any.add(query, Occur.SHOULD);
            found = true;
          }
        }
      }
    }
    return found ? Optional.of(any.build()) : Optional.empty();
  }

  private Optional<Query> anyOf(List<QueryText.Part> group, List<String> fields) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean found = false;
    for (QueryText.Part part : group) {
      for (String field : fields) {
        Query query = part instanceof QueryText.Prefix prefix ? prefix(field, prefix) : phrase(field, part.text());
        if (query != null) {
          any.add(field.startsWith("title_") ? new BoostQuery(query, TITLE_BOOST) : query, Occur.SHOULD);
          found = true;
        }
      }
    }
    return found ? Optional.of(any.build()) : Optional.empty();
  }

  /** A word is a phrase of one word: "covid-19" becomes the phrase "covid 19". Null when nothing is left. */
  private Query phrase(String field, String text) {
    return builder.createPhraseQuery(field, text);
  }

  /** The prefix's last word as a beginning; any words before it must come right before it. */
  private Query prefix(String field, QueryText.Prefix prefix) {
    List<String> words = words(prefix.text());
    if (words.isEmpty()) {
      return null;
    }
    Query last = new PrefixQuery(new Term(field, words.get(words.size() - 1)));
    if (words.size() == 1) {
      return last;
    }
    Query before = phrase(field, String.join(" ", words.subList(0, words.size() - 1)));
    if (before == null) {
      return last;
    }
    return new BooleanQuery.Builder().add(before, Occur.MUST).add(last, Occur.MUST).build();
  }

  private Query expanded(String field, QueryText.Prefix prefix, IndexReader reader, int most) {
    List<String> words = words(prefix.text());
    if (words.isEmpty()) {
      return null;
    }
    BytesRef start = new BytesRef(words.get(words.size() - 1));
    Set<BytesRef> matching = new LinkedHashSet<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum each = terms.iterator();
        if (each.seekCeil(start) == TermsEnum.SeekStatus.END) {
          continue;
        }
        for (BytesRef term = each.term(); term != null && startsWith(term, start) && matching.size() < most;
            term = each.next()) {
          matching.add(BytesRef.deepCopyOf(term));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (matching.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (BytesRef term : matching) {
      any.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
    }
    return any.build();
  }

  private static boolean startsWith(BytesRef term, BytesRef prefix) {
    if (term.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (term.bytes[term.offset + i] != prefix.bytes[prefix.offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** The words of a prefix as the index writes them, lower case and unstemmed. */
  private List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = prefixes.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
