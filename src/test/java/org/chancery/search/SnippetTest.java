package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chancery.content.SearchResult.Hit;
import org.chancery.content.SearchResult.Snippet;
import org.junit.jupiter.api.Test;

class SnippetTest extends IndexTest {

  private Hit only(String query) {
    return search(query).hits().get(0);
  }

  @Test
  void the_words_found_through_their_stem_are_marked_as_written() {
    Hit hit = only("sanction farmers");

    assertThat(hit.number()).isEqualTo(101L);
    assertThat(marked(hit)).contains("sanctions", "farmers");
    assertThat(text(hit)).contains("regrets the sanctions announced yesterday");
  }

  @Test
  void russian_words_are_marked_in_the_form_written() {
    Hit hit = only("санкция переговоры");

    assertThat(hit.number()).isEqualTo(105L);
    assertThat(marked(hit)).contains("Санкциями", "переговоры");
  }

  @Test
  void a_prefix_marks_the_words_it_begins() {
    Hit hit = only("exhib*");

    assertThat(marked(hit)).containsExactly("exhibitions");
  }

  @Test
  void a_phrase_is_marked_as_one_run() {
    Hit hit = only("\"trade ministry\"");

    assertThat(marked(hit)).containsExactly("trade ministry");
  }

  @Test
  void markup_in_a_message_comes_back_as_plain_text_with_its_word_marked() {
    index.index(Archive.message(160, Archive.NEWS, "A note on the embassy's website", LocalDate.of(2026, 3, 2), "en",
        "For a day the page showed <script>alert('visa')</script> instead of the map of Port Ardent."));

    Hit hit = only("<script>");

    assertThat(hit.number()).isEqualTo(160L);
    assertThat(text(hit)).contains("<script>alert('visa')</script>");
    assertThat(hit.snippet()).contains(new Snippet("script", true));
  }

  @Test
  void a_long_text_is_cut_around_the_first_match() {
    String filler = "The delegation visited the harbour, the archives and the new library of the province. ";
    index.index(Archive.message(170, Archive.NEWS, "A long week of visits", LocalDate.of(2026, 3, 3), "en",
        filler.repeat(30) + "In the evening the delegation met the lighthousekeepers of the coast, "
            + "who spoke of storms and ships. " + filler.repeat(30)));

    Hit hit = only("lighthousekeepers");

    assertThat(marked(hit)).containsExactly("lighthousekeepers");
    assertThat(text(hit).length()).isLessThanOrEqualTo(230);
    assertThat(text(hit)).startsWith("\u2026").endsWith("\u2026");
  }

  @Test
  void a_hit_on_the_title_alone_opens_with_the_lead_unmarked() {
    Hit hit = only("centre ardent");

    assertThat(hit.number()).isEqualTo(103L);
    assertThat(hit.snippet()).isNotEmpty().allMatch(part -> !part.match() || part.text().equals("centre"));
    assertThat(text(hit)).startsWith("The centre will host exhibitions");
  }

  @Test
  void a_search_without_words_shows_the_lead() {
    Hit hit = index.search(org.chancery.content.SearchRequest.words("", Archive.TODAY).withSection("news")).hits().get(0);

    assertThat(hit.snippet()).containsExactly(
        new Snippet("The centre will host exhibitions, concerts and language courses for residents of the port.", false));
  }
}
