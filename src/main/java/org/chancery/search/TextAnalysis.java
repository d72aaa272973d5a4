package org.chancery.search;

import java.lang.Character.UnicodeScript;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
    Analyzer english = new ScriptStemming(true, keepWritten);
    Analyzer russian = new ScriptStemming(false, keepWritten);
    return new PerFieldAnalyzerWrapper(english, Map.of(
        Fields.title("ru"), russian, Fields.lead("ru"), russian, Fields.body("ru"), russian));
  }

  private static final class ScriptStemming extends Analyzer {
    private final boolean english;
    private final boolean keepWritten;

    ScriptStemming(boolean english, boolean keepWritten) {
      this.english = english;
      this.keepWritten = keepWritten;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream stream = english ? new EnglishPossessiveFilter(source) : source;
      stream = new LowerCaseFilter(stream);
      if (keepWritten) {
        stream = new KeywordRepeatFilter(stream);
      }
      stream = new ScriptFilter(stream, UnicodeScript.LATIN, PorterStemFilter::new);
      stream = new ScriptFilter(stream, UnicodeScript.CYRILLIC, in -> new SnowballFilter(in, new RussianStemmer()));
      if (keepWritten) {
        stream = new RemoveDuplicatesTokenFilter(stream);
      }
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  /** Applies a stemmer only to the words whose first letter is of one script. */
  private static final class ScriptFilter extends ConditionalTokenFilter {
    private final UnicodeScript script;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ScriptFilter(TokenStream input, UnicodeScript script, Function<TokenStream, TokenStream> stemmer) {
      super(input, stemmer);
      this.script = script;
    }

    @Override
    protected boolean shouldFilter() {
      for (int i = 0; i < term.length(); ) {
        int c = Character.codePointAt(term.buffer(), i, term.length());
        if (Character.isLetter(c)) {
          return UnicodeScript.of(c) == script;
        }
        i += Character.charCount(c);
      }
      return false;
    }
  }
}
