package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleEventTest {

  @Test
  void place_and_date_at_the_end_of_a_title() {
    assertThat(TitleEvent.of("Ambassador Ilse Varga's interview with the Morning Post, Lisbon, April 14, 2026"))
        .isEqualTo(new TitleEvent(Optional.of("Lisbon"), Optional.of(LocalDate.of(2026, 4, 14))));
    assertThat(TitleEvent.of("Remarks at the reception, New York, 3 May 2026").place()).contains("New York");
    assertThat(TitleEvent.of("Answers to questions from the Evening programme Lisbon, September 13, 2026").place())
        .contains("Lisbon");
  }

  @Test
  void date_without_place_and_numeric_dates() {
    assertThat(TitleEvent.of("Address to the National Assembly, 21 April 2026"))
        .isEqualTo(new TitleEvent(Optional.empty(), Optional.of(LocalDate.of(2026, 4, 21))));
    assertThat(TitleEvent.of("Article by the Minister \"On neighbours\", 12.07.2026").date())
        .contains(LocalDate.of(2026, 7, 12));
  }

  @Test
  void titles_without_a_date_or_with_an_impossible_one_name_no_event() {
    assertThat(TitleEvent.of("Comment on the new legislation")).isEqualTo(TitleEvent.NONE);
    assertThat(TitleEvent.of("Statement, Lisbon, February 31, 2026")).isEqualTo(TitleEvent.NONE);
  }
}
