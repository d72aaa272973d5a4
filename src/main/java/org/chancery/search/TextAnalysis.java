package org.chancery.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * How text becomes terms. Each language has its own fields ({@code _en}, {@code _ru}) and its own
 * chain, and in both chains a word is stemmed by its script: Latin words by Porter's English
 * stemmer, Cyrillic words by Snowball's Russian one. A Russian statement names "NATO" and
 * "sanctions" in Latin letters and an English one quotes a Russian phrase; stemming by script finds
 * both from a query in either language. Otherwise the English chain is {@link EnglishAnalyzer}'s
 * and the Russian one {@link RussianAnalyzer}'s, without their stop words: an exact phrase is then
 * matched word for word, and a word that is a stop word in one language and a name in the other
 * ("a", "и") is still found.
 *
 * <p>The index chains also keep each word as written beside its stem, at the same position, so a
 * prefix ({@code negotiat*}) finds the words as written ("negotiations", whose stem is "negoti"),
 * and the highlighter marks the words found through their stem.
 */
final class TextAnalysis {

  /** Words MoreLikeThis leaves out: too common in either language to say what a message is about. */
  static final CharArraySet COMMON_WORDS;

  static {
    CharArraySet common = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    common.addAll(RussianAnalyzer.getDefaultStopSet());
    COMMON_WORDS = CharArraySet.unmodifiableSet(common);
  }

  private TextAnalysis() {}

  /** The chain that writes the index: each word as written and its stem. */
  static Analyzer forIndex() {
    return perLanguage(true);
  }

  /** The chain that reads a query: stems only. */
  static Analyzer forQueries() {
    return perLanguage(false);
  }

  /** Lower case only, as a prefix is compared with the words as written. */
  static Analyzer forPrefixes() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(new EnglishPossessiveFilter(source)));
      }
    };
  }

  private static Analyzer perLanguage(boolean keepWritten) {
    Analyzer english = new Stemming(true, keepWritten);
    Analyzer russian = new Stemming(false, keepWritten);
    return new PerFieldAnalyzerWrapper(english, Map.of(Fields.title("ru"), russian, Fields.lead("ru"), russian,
        Fields.body("ru"), russian, Fields.said("ru"), russian));
  }

  /**
   * Porter's stemmer runs on every word: its rules are all Latin endings, so it leaves a Cyrillic
   * word as it is. The Russian stemmer would search its endings in every word, so it is handed
   * only those that begin with a Cyrillic letter.
   */
  private static final class Stemming extends Analyzer {
    private final boolean english;
    private final boolean keepWritten;

    Stemming(boolean english, boolean keepWritten) {
      this.english = english;
      this.keepWritten = keepWritten;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream stream = english ? new EnglishPossessiveFilter(source) : source;
      stream = new LowerCaseFilter(stream);
      if (keepWritten) {
        stream = new WrittenThenStem(stream);
      }
      stream = new PorterStemFilter(stream);
      stream = new RussianStemming(stream);
      if (keepWritten) {
        stream = new StemIfChanged(stream);
      }
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  /**
   * Each word twice at its position: first as written, marked as a keyword so that no stemmer
   * touches it, then unmarked, for the stemmers. The second is the first's attributes again, not a
   * copy: nothing before it in the chain changed them.
   */
  private static final class WrittenThenStem extends TokenFilter {
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private boolean stemNext;

    WrittenThenStem(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (stemNext) {
        stemNext = false;
        keyword.setKeyword(false);
        position.setPositionIncrement(0);
        return true;
      }
      if (!input.incrementToken()) {
        return false;
      }
      keyword.setKeyword(true);
      stemNext = true;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      stemNext = false;
    }
  }

  /** Snowball's Russian stemmer, for the words whose first letter is Cyrillic. */
  private static final class RussianStemming extends TokenFilter {
    private final RussianStemmer stemmer = new RussianStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    RussianStemming(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (!keyword.isKeyword() && startsCyrillic()) {
        stemmer.setCurrent(term.buffer(), term.length());
        stemmer.stem();
        if (stemmer.getCurrentBuffer() == term.buffer()) {
          term.setLength(stemmer.getCurrentBufferLength());
        } else {
          term.copyBuffer(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
        }
      }
      return true;
    }

    private boolean startsCyrillic() {
      for (int i = 0; i < term.length(); ) {
        int c = Character.codePointAt(term.buffer(), i, term.length());
        if (Character.isLetter(c)) {
          return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
        }
        i += Character.charCount(c);
      }
      return false;
    }
  }

  /** Drops a stem that is its word as written: "grain" is written once, "negotiations" and "negoti" both. */
  private static final class StemIfChanged extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private char[] written = new char[32];
    private int writtenLength;

    StemIfChanged(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (input.incrementToken()) {
        if (keyword.isKeyword()) {
          written = ArrayUtil.grow(written, term.length());
          System.arraycopy(term.buffer(), 0, written, 0, term.length());
          writtenLength = term.length();
          return true;
        }
        if (!Arrays.equals(term.buffer(), 0, term.length(), written, 0, writtenLength)) {
          return true;
        }
      }
      return false;
    }
  }
}
