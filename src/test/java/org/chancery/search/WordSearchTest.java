package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.content.Message;
import org.chancery.content.SearchResult;
import org.junit.jupiter.api.Test;

class WordSearchTest extends IndexTest {

  @Test
  void an_english_word_finds_its_other_forms() {
    assertThat(numbers(search("sanction"))).containsExactlyInAnyOrder(101L, 102L);
    assertThat(numbers(search("sanctions"))).containsExactlyInAnyOrder(101L, 102L);
    assertThat(numbers(search("negotiations"))).containsExactlyInAnyOrder(102L, 103L);
  }

  @Test
  void a_russian_word_finds_its_other_forms() {
    assertThat(numbers(search("санкции"))).containsExactlyInAnyOrder(104L, 105L);
    assertThat(numbers(search("санкций"))).containsExactlyInAnyOrder(104L, 105L);
    assertThat(numbers(search("санкциями"))).containsExactlyInAnyOrder(104L, 105L);
    assertThat(numbers(search("переговорам"))).containsExactly(105L);
  }

  @Test
  void english_words_in_a_russian_message_are_found_in_their_other_forms_too() {
    assertThat(numbers(search("gazette"))).containsExactlyInAnyOrder(102L, 104L);
    assertThat(numbers(search("exporter forum"))).containsExactly(104L);
    assertThat(numbers(search("exporter"))).containsExactlyInAnyOrder(101L, 104L);
  }

  @Test
  void russian_words_in_an_english_message_are_found_in_their_other_forms() {
    index.index(Archive.message(120, Archive.NEWS, "The embassy choir sings at the festival", LocalDate.of(2026, 3, 1),
        "en", "The choir opened with the folk song \"Песни моря\", which every Veltrian knows."));

    assertThat(numbers(search("песня"))).containsExactly(120L);
  }

  @Test
  void every_word_must_match() {
    assertThat(numbers(search("grain sanctions"))).containsExactlyInAnyOrder(101L, 102L);
    assertThat(numbers(search("grain sanctions farmers"))).containsExactly(101L);
    assertThat(numbers(search("grain concerts"))).isEmpty();
  }

  @Test
  void a_phrase_matches_its_words_in_order_only() {
    assertThat(numbers(search("\"grain exporters\""))).containsExactlyInAnyOrder(101L, 104L);
    assertThat(numbers(search("\"exporters grain\""))).isEmpty();
    assertThat(numbers(search("\"trade ministries\""))).containsExactly(102L);
  }

  @Test
  void an_exclusion_leaves_out_what_holds_the_word_or_the_phrase() {
    assertThat(numbers(search("sanctions -farmers"))).containsExactly(102L);
    assertThat(numbers(search("sanctions -\"trade ministry\""))).containsExactly(101L);
  }

  @Test
  void or_lets_either_word_match() {
    assertThat(numbers(search("farmers OR concerts"))).containsExactlyInAnyOrder(101L, 103L);
    assertThat(numbers(search("\"grain exporters\" OR exhibitions"))).containsExactlyInAnyOrder(101L, 103L, 104L);
    assertThat(numbers(search("port farmers OR exhibitions"))).containsExactly(103L);
  }

  @Test
  void a_lower_case_or_is_a_word_to_look_for() {
    assertThat(search("farmers or concerts").hits()).isEmpty();
  }

  @Test
  void a_prefix_finds_the_words_it_begins() {
    assertThat(numbers(search("negotiat*"))).containsExactlyInAnyOrder(102L, 103L);
    assertThat(numbers(search("exhib*"))).containsExactly(103L);
    assertThat(numbers(search("санкц*"))).containsExactlyInAnyOrder(104L, 105L);
  }

  @Test
  void a_word_in_the_title_counts_more_than_in_the_body() {
    Message inTitle = Archive.message(130, Archive.NEWS, "Consulate reopens in Port Ardent", LocalDate.of(2026, 1, 5), "en",
        "The doors open again on Monday, after the works on the roof and the heating.");
    Message inBody = Archive.message(131, Archive.NEWS, "Works finished in Port Ardent", LocalDate.of(2026, 1, 6), "en",
        "The consulate doors open again on Monday, after the works on the roof and the heating.");
    index.index(List.of(inTitle, inBody));

    assertThat(numbers(search("consulate"))).containsExactly(130L, 131L);
  }

  @Test
  void a_blank_query_lists_every_message_published_by_today_newest_first() {
    SearchResult result = search("  ");

    assertThat(numbers(result)).containsExactly(103L, 105L, 102L, 104L, 101L);
    assertThat(result.notices()).isEmpty();
  }

  @Test
  void relevance_puts_the_message_with_more_of_the_words_first() {
    Message often = Archive.message(140, Archive.NEWS, "Grain harvest", LocalDate.of(2025, 9, 1), "en",
        "Grain, grain and more grain: the grain harvest of the provinces broke every record.");

    index.index(often);

    assertThat(numbers(search("grain")).get(0)).isEqualTo(140L);
  }

  @Test
  void a_message_seen_only_in_a_listing_is_found_by_its_lead() {
    index.index(Archive.message(190, Archive.NEWS, "Visa office hours", LocalDate.of(2026, 3, 4), "en")
        .withLead("The visa office of the consulate is closed on public holidays."));

    SearchResult result = search("holiday");

    assertThat(numbers(result)).containsExactly(190L);
    assertThat(marked(result.hits().get(0))).containsExactly("holidays");
  }
}
