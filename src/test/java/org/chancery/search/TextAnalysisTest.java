package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

  private static final String ENGLISH = "The Ambassador's negotiations on sanctions continued in the harbour cities";
  private static final String RUSSIAN = "Посольство выражает сожаление в связи с новыми санкциями против экспортёров";

  private static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void english_text_is_read_as_englishs_own_analyser_reads_it_without_stop_words() throws IOException {
    assertThat(terms(TextAnalysis.forQueries(), Fields.body("en"), ENGLISH))
        .isEqualTo(terms(new EnglishAnalyzer(CharArraySet.EMPTY_SET), "", ENGLISH));
  }

  @Test
  void russian_text_is_read_as_russians_own_analyser_reads_it_without_stop_words() throws IOException {
    assertThat(terms(TextAnalysis.forQueries(), Fields.body("ru"), RUSSIAN))
        .isEqualTo(terms(new RussianAnalyzer(CharArraySet.EMPTY_SET), "", RUSSIAN));
  }

  @Test
  void each_word_is_stemmed_by_its_script_in_either_language() throws IOException {
    String mixed = "Sanctions и санкции";

    assertThat(terms(TextAnalysis.forQueries(), Fields.body("ru"), mixed)).containsExactly("sanction", "и", "санкц");
    assertThat(terms(TextAnalysis.forQueries(), Fields.body("en"), mixed)).containsExactly("sanction", "и", "санкц");
  }

  @Test
  void the_index_keeps_each_word_as_written_beside_its_stem() throws IOException {
    assertThat(terms(TextAnalysis.forIndex(), Fields.body("en"), "negotiations grain"))
        .containsExactly("negotiations", "negoti", "grain");
  }
}
