package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chancery.content.SearchRequest;
import org.chancery.content.SearchResult;
import org.chancery.content.SearchResult.Facet;
import org.chancery.content.SearchResult.FacetCount;
import org.chancery.content.Section;
import org.junit.jupiter.api.Test;

class FacetsTest extends IndexTest {

  @Test
  void every_hit_is_counted_under_its_section_kind_language_and_speakers() {
    SearchResult result = index.search(new SearchRequest("", java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
        SearchRequest.Order.NEWEST, 1, 1, Archive.TODAY));

    assertThat(result.hits()).hasSize(1);
    assertThat(result.total()).isEqualTo(5);
    assertThat(result.facets().get(Facet.SECTION)).containsExactly(
        new FacetCount("statements", "Statements", 2), new FacetCount("transcripts", "Transcripts", 2),
        new FacetCount("news", "News", 1));
    assertThat(result.facets().get(Facet.KIND)).containsExactly(
        new FacetCount("MESSAGE", "Message", 3), new FacetCount("INTERVIEW", "Interview", 1),
        new FacetCount("STATEMENT", "Statement", 1));
    assertThat(result.facets().get(Facet.LANGUAGE)).containsExactly(
        new FacetCount("en", "en", 3), new FacetCount("ru", "ru", 2));
    // "Q." in message 102 and "Вопрос" in 105 are one questioner, labelled as the archive first wrote it.
    assertThat(result.facets().get(Facet.SPEAKER)).containsExactly(
        new FacetCount("question", "Q.", 2),
        new FacetCount("ambassador ilse varga", "Ambassador Ilse Varga", 1),
        new FacetCount("ильзе варга", "Ильзе Варга", 1));
  }

  @Test
  void the_counts_follow_the_words_searched() {
    SearchResult result = search("sanctions");

    assertThat(result.facets().get(Facet.SECTION)).containsExactly(
        new FacetCount("statements", "Statements", 1), new FacetCount("transcripts", "Transcripts", 1));
    assertThat(result.facets().get(Facet.SPEAKER)).extracting(FacetCount::value)
        .containsExactly("ambassador ilse varga", "question"); // one message each: by key then
  }

  @Test
  void in_a_search_by_speaker_the_turns_are_counted() {
    SearchResult result = index.search(SearchRequest.saidBy("question", 1, Archive.TODAY));

    assertThat(result.facets().get(Facet.SPEAKER)).containsExactly(new FacetCount("question", "Q.", 4));
    assertThat(result.facets().get(Facet.SECTION)).containsExactly(new FacetCount("transcripts", "Transcripts", 4));
  }

  @Test
  void a_renamed_section_shows_its_new_name_without_reindexing() {
    sections.set(0, new Section("statements", "Official statements"));

    SearchResult result = search("sanctions");

    assertThat(result.facets().get(Facet.SECTION)).contains(new FacetCount("statements", "Official statements", 1));
    assertThat(result.hits()).filteredOn(h -> h.number() == 101L)
        .extracting(h -> h.section().name()).containsExactly("Official statements");
  }

  @Test
  void a_section_the_store_does_not_list_keeps_the_name_it_was_indexed_with() {
    index.index(Archive.message(150, new Section("archive", "Old archive"), "Grain sanctions of long ago",
        LocalDate.of(2020, 1, 1), "en", "An old note."));

    SearchResult result = search("grain sanctions");

    assertThat(result.facets().get(Facet.SECTION)).contains(new FacetCount("archive", "Old archive", 1));
  }

  @Test
  void a_speaker_is_labelled_as_first_written_in_the_archive() {
    index.index(Archive.message(90, Archive.TRANSCRIPTS, "Remarks at the harbour, Lindor", LocalDate.of(2025, 5, 1), "en",
        "Question: Is the harbour open?", "Ambassador Ilse Varga: It is."));

    SearchResult result = index.search(SearchRequest.words("", Archive.TODAY));

    assertThat(result.facets().get(Facet.SPEAKER)).first().isEqualTo(new FacetCount("question", "Question", 3));
  }
}
