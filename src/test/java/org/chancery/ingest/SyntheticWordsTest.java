package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.chancery.ingest.RussianWords.Case;
import org.chancery.ingest.RussianWords.Gender;
import org.chancery.ingest.RussianWords.Noun;
import org.junit.jupiter.api.Test;

/** The word machinery of synthetic archives: Zipf draws, Russian paradigms, English forms. */
class SyntheticWordsTest {

  @Test
  void zipf_draws_each_rank_in_proportion_to_one_over_the_rank() {
    List<Integer> ranks = IntStream.rangeClosed(1, 100).boxed().toList();
    Zipf<Integer> zipf = new Zipf<>(ranks);
    Dice dice = new Dice(1);
    int[] drawn = new int[101];
    int draws = 400_000;
    for (int i = 0; i < draws; i++) {
      drawn[zipf.draw(dice)]++;
    }
    double harmonic = ranks.stream().mapToDouble(r -> 1.0 / r).sum();
    for (int rank : new int[] {1, 2, 10, 100}) {
      assertThat(drawn[rank] / (double) draws).as("rank " + rank).isCloseTo(1 / (rank * harmonic), within(0.15 / (rank * harmonic)));
    }
  }

  @Test
  void russian_nouns_are_declined_by_their_paradigm() {
    assertThat(forms(RussianWords.noun(new String[] {"встреча", "f"}))).containsExactly(
        "встреча", "встречи", "встрече", "встречу", "встречей", "встрече",
        "встречи", "встреч", "встречам", "встречи", "встречами", "встречах");
    assertThat(forms(RussianWords.noun(new String[] {"соглашение", "n"}))).containsExactly(
        "соглашение", "соглашения", "соглашению", "соглашение", "соглашением", "соглашении",
        "соглашения", "соглашений", "соглашениям", "соглашения", "соглашениями", "соглашениях");
    assertThat(forms(RussianWords.noun(new String[] {"ситуация", "f"}))).containsExactly(
        "ситуация", "ситуации", "ситуации", "ситуацию", "ситуацией", "ситуации",
        "ситуации", "ситуаций", "ситуациям", "ситуации", "ситуациями", "ситуациях");
    assertThat(forms(RussianWords.noun(new String[] {"область", "f"}))).containsExactly(
        "область", "области", "области", "область", "областью", "области",
        "области", "областей", "областям", "области", "областями", "областях");
    assertThat(forms(RussianWords.noun(new String[] {"комментарий", "m"}))).containsExactly(
        "комментарий", "комментария", "комментарию", "комментарий", "комментарием", "комментарии",
        "комментарии", "комментариев", "комментариям", "комментарии", "комментариями", "комментариях");
  }

  @Test
  void an_animate_accusative_is_its_genitive() {
    Noun participant = RussianWords.noun(new String[] {"участник", "m", "anim"});
    Noun treaty = RussianWords.noun(new String[] {"договор", "m"});

    assertThat(participant.form(Case.ACC, false)).isEqualTo("участника");
    assertThat(participant.form(Case.ACC, true)).isEqualTo("участников");
    assertThat(treaty.form(Case.ACC, false)).isEqualTo("договор");
    assertThat(treaty.form(Case.ACC, true)).isEqualTo("договоры");
    assertThat(RussianWords.adjective("новый").form(Gender.M, Case.ACC, true)).isEqualTo("нового");
  }

  @Test
  void russian_adjectives_agree_hard_velar_soft_and_hushing() {
    assertThat(RussianWords.adjective("международный").form(Gender.F, Case.INS, false)).isEqualTo("международной");
    assertThat(RussianWords.adjective("политический").form(Gender.PL, Case.PREP, false)).isEqualTo("политических");
    assertThat(RussianWords.adjective("ключевой").form(Gender.M, Case.INS, false)).isEqualTo("ключевым");
    assertThat(RussianWords.adjective("морской").form(Gender.PL, Case.NOM, false)).isEqualTo("морские");
    assertThat(RussianWords.adjective("последний").form(Gender.F, Case.NOM, false)).isEqualTo("последняя");
    assertThat(RussianWords.adjective("последний").form(Gender.F, Case.ACC, false)).isEqualTo("последнюю");
    assertThat(RussianWords.adjective("общий").form(Gender.F, Case.NOM, false)).isEqualTo("общая");
    assertThat(RussianWords.adjective("общий").form(Gender.N, Case.GEN, false)).isEqualTo("общего");
  }

  @Test
  void russian_verbs_agree_in_the_past_and_take_their_case() {
    RussianWords.Verb met = RussianWords.verb("встретился встретится/встретятся с:ins");
    RussianWords.Verb held = RussianWords.verb("провёл/провели проведёт/проведут acc");

    assertThat(List.of(Gender.M, Gender.F, Gender.N, Gender.PL)).extracting(met::past)
        .containsExactly("встретился", "встретилась", "встретилось", "встретились");
    assertThat(met.preposition()).isEqualTo("с");
    assertThat(met.object()).isEqualTo(Case.INS);
    assertThat(held.past(Gender.F)).isEqualTo("провела");
    assertThat(held.future(Gender.PL)).isEqualTo("проведут");
  }

  @Test
  void prepositions_take_their_spoken_form_and_numbers_their_noun_form() {
    assertThat(RussianWords.preposition("о", "укреплении")).isEqualTo("об");
    assertThat(RussianWords.preposition("о", "мерах")).isEqualTo("о");
    assertThat(RussianWords.preposition("в", "внешней")).isEqualTo("во");
    assertThat(RussianWords.preposition("в", "Вестерхейвене")).isEqualTo("в");
    assertThat(RussianWords.preposition("с", "странами")).isEqualTo("со");
    assertThat(List.of(1, 3, 5, 11, 21, 22, 112)).extracting(n -> RussianWords.counted(n, "процент", "процента", "процентов"))
        .containsExactly("процент", "процента", "процентов", "процентов", "процент", "процента", "процентов");
  }

  @Test
  void the_word_lists_load_every_word_with_its_forms() {
    // Loading declines and conjugates every word: a line the paradigms cannot read fails here.
    RussianWords russian = RussianWords.load();
    EnglishWords english = EnglishWords.load();
    Dice dice = new Dice(1);

    assertThat(russian.nouns.draw(dice).form(Case.GEN, false)).isNotBlank();
    assertThat(english.verbs.draw(dice).participle()).isNotBlank();
    assertThat(Cast.load().people).hasSize(Cast.PEOPLE);
  }

  @Test
  void english_forms_follow_the_spelling_rules_or_the_list() {
    assertThat(List.of("treaty", "tax", "branch", "day")).extracting(EnglishWords::plural)
        .containsExactly("treaties", "taxes", "branches", "days");
    assertThat(List.of("sign", "agree", "carry", "reach")).extracting(EnglishWords::past)
        .containsExactly("signed", "agreed", "carried", "reached");
    assertThat(EnglishWords.third("forgo")).isEqualTo("forgoes");
    assertThat(EnglishWords.withArticle("urgent step")).isEqualTo("an urgent step");
    assertThat(EnglishWords.withArticle("united position")).isEqualTo("a united position");
    assertThat(EnglishWords.withArticle("honourable goal")).isEqualTo("an honourable goal");
    assertThat(EnglishProse.ordinal(21)).isEqualTo("21st");
    assertThat(EnglishProse.ordinal(12)).isEqualTo("12th");
  }

  private static List<String> forms(Noun noun) {
    List<String> forms = new ArrayList<>(List.of(noun.singular()));
    forms.addAll(List.of(noun.plural()));
    return forms;
  }
}
