package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Kind;
import org.chancery.content.Message;
import org.chancery.content.SearchNotice;
import org.chancery.content.SearchRequest;
import org.chancery.content.SearchResult;
import org.chancery.content.SearchResult.Hit;
import org.junit.jupiter.api.Test;

class FiltersTest extends IndexTest {

  @Test
  void a_search_by_speaker_finds_their_turns_with_the_turn_anchor() {
    SearchResult result = index.search(SearchRequest.words("grain", Archive.TODAY).withSpeaker("ambassador ilse varga"));

    assertThat(result.hits()).hasSize(1);
    Hit turn = result.hits().get(0);
    assertThat(turn.number()).isEqualTo(102L);
    assertThat(turn.turn()).contains(4);
    assertThat(turn.speaker()).contains("Ambassador Ilse Varga");
    assertThat(turn.path()).isEqualTo(Archive.HARBOUR_INTERVIEW.path() + "#turn-4");
    assertThat(turn.title()).isEqualTo(Archive.HARBOUR_INTERVIEW.title());
    assertThat(marked(turn)).containsExactly("grain");
    assertThat(text(turn)).isEqualTo("Sanctioning grain helps nobody. We are negotiating with the trade ministry. "
        + "The rest of the talks will be held in private.");
  }

  @Test
  void everything_a_speaker_said_newest_first_whatever_their_label_was() {
    SearchResult result = index.search(SearchRequest.saidBy("question", 1, Archive.TODAY));

    assertThat(result.hits()).extracting(Hit::path).containsExactly(
        Archive.RUSSIAN_INTERVIEW.path() + "#turn-1", Archive.RUSSIAN_INTERVIEW.path() + "#turn-3",
        Archive.HARBOUR_INTERVIEW.path() + "#turn-1", Archive.HARBOUR_INTERVIEW.path() + "#turn-3");
    assertThat(result.hits()).extracting(h -> h.speaker().orElseThrow()).containsExactly("Вопрос", "Вопрос", "Q.", "Q.");
    assertThat(result.total()).isEqualTo(4);
  }

  @Test
  void a_speaker_is_found_by_a_name_spelled_otherwise() {
    SearchResult result = index.search(SearchRequest.saidBy("Ambassador  ILSE Varga", 1, Archive.TODAY));

    assertThat(result.hits()).extracting(h -> h.turn().orElseThrow()).containsExactly(2, 4);
  }

  @Test
  void section_kind_and_language_filters() {
    SearchRequest all = SearchRequest.words("", Archive.TODAY);

    assertThat(numbers(index.search(all.withSection("statements")))).containsExactly(104L, 101L);
    assertThat(numbers(index.search(all.withKind(Kind.INTERVIEW)))).containsExactly(102L);
    assertThat(numbers(index.search(all.withLanguage("ru")))).containsExactly(105L, 104L);
    assertThat(numbers(index.search(SearchRequest.words("sanctions", Archive.TODAY).withLanguage("en"))))
        .containsExactlyInAnyOrder(101L, 102L);
  }

  @Test
  void a_date_range_includes_its_first_and_last_days() {
    SearchRequest request = SearchRequest.words("", Archive.TODAY)
        .between(Optional.of(LocalDate.of(2026, 2, 2)), Optional.of(LocalDate.of(2026, 2, 11)));

    assertThat(numbers(index.search(request))).containsExactly(102L, 104L);
  }

  @Test
  void a_range_from_after_its_end_finds_nothing_and_says_why() {
    SearchResult result = index.search(SearchRequest.words("", Archive.TODAY)
        .between(Optional.of(LocalDate.of(2026, 2, 20)), Optional.of(LocalDate.of(2026, 2, 1))));

    assertThat(result.hits()).isEmpty();
    assertThat(result.notices()).containsExactly(SearchNotice.EMPTY_RANGE);
  }

  @Test
  void nothing_published_after_today_is_found_yet() {
    assertThat(numbers(search("festival"))).isEmpty();
    assertThat(numbers(index.search(SearchRequest.words("festival", Archive.TODAY)
        .between(Optional.empty(), Optional.of(LocalDate.of(2026, 12, 31)))))).isEmpty();

    assertThat(numbers(index.search(SearchRequest.words("festival", LocalDate.of(2026, 4, 1))))).containsExactly(106L);
  }

  @Test
  void pages_and_totals() {
    List<Message> bulletins = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      bulletins.add(Archive.message(200 + i, Archive.NEWS, "Weekly bulletin " + i, LocalDate.of(2025, 6, 1).plusDays(i),
          "en", "The bulletin of week " + i + " lists the embassy's events."));
    }
    index.index(bulletins);
    SearchRequest first = new SearchRequest("bulletin", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), SearchRequest.Order.NEWEST, 1, 10, Archive.TODAY);

    SearchResult page1 = index.search(first);
    SearchResult page3 = index.search(first.onPage(3));
    SearchResult page4 = index.search(first.onPage(4));

    assertThat(numbers(page1)).containsExactly(225L, 224L, 223L, 222L, 221L, 220L, 219L, 218L, 217L, 216L);
    assertThat(numbers(page3)).containsExactly(205L, 204L, 203L, 202L, 201L);
    assertThat(page4.hits()).isEmpty();
    assertThat(List.of(page1.total(), page3.total(), page4.total())).containsOnly(25L);
    assertThat(page3.pageCount()).isEqualTo(3);
    assertThat(index.search(first.onPage(2_000_000)).hits()).isEmpty();
  }

  @Test
  void newest_first_puts_a_later_number_first_on_the_same_day() {
    LocalDate day = LocalDate.of(2026, 3, 1);
    index.index(List.of(
        Archive.message(301, Archive.NEWS, "Morning briefing on the harbour", day, "en", "The harbour opens at six."),
        Archive.message(302, Archive.NEWS, "Evening briefing on the harbour", day, "en", "The harbour closes at ten.")));

    SearchResult result = index.search(SearchRequest.words("harbour", Archive.TODAY).ordered(SearchRequest.Order.NEWEST));

    assertThat(numbers(result)).containsExactly(302L, 301L, 102L, 104L);
  }
}
