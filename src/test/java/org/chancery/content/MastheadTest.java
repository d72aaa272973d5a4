package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MastheadTest {

  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final Masthead masthead = new Masthead(MOSCOW,
      List.of(new WorldClock("Moscow", MOSCOW), new WorldClock("London", LONDON), new WorldClock("New York", NEW_YORK)),
      Optional.of(new Contact("Consular queries:", "+44 (0) 20 7946 0000", "")),
      List.of(), Optional.empty());

  private List<LocalTime> times(String instant) {
    return masthead.at(Instant.parse(instant)).clocks().stream().map(Masthead.ClockReading::time).toList();
  }

  @Test
  void home_date_is_already_tomorrow_while_london_is_still_today() {
    Masthead.Shown shown = masthead.at(Instant.parse("2026-07-24T22:34:00Z"));

    assertThat(shown.today()).isEqualTo(LocalDate.of(2026, 7, 25));
    assertThat(times("2026-07-24T22:34:00Z")).startsWith(LocalTime.of(1, 34), LocalTime.of(23, 34));
  }

  @Test
  void london_is_two_hours_behind_in_british_summer_time_and_three_in_winter() {
    assertThat(times("2026-03-28T12:00:00Z")).startsWith(LocalTime.of(15, 0), LocalTime.of(12, 0));
    // Clocks go forward in London at 01:00 UTC on Sunday 29 March 2026; Moscow keeps its time.
    assertThat(times("2026-03-29T00:59:00Z")).startsWith(LocalTime.of(3, 59), LocalTime.of(0, 59));
    assertThat(times("2026-03-29T01:00:00Z")).startsWith(LocalTime.of(4, 0), LocalTime.of(2, 0));
    // And back at 01:00 UTC on Sunday 25 October 2026.
    assertThat(times("2026-10-25T00:59:00Z")).startsWith(LocalTime.of(3, 59), LocalTime.of(1, 59));
    assertThat(times("2026-10-25T01:00:00Z")).startsWith(LocalTime.of(4, 0), LocalTime.of(1, 0));
  }

  @Test
  void new_york_changes_on_its_own_dates_not_londons() {
    // Between the European change (25 October) and the American one (1 November) London and
    // New York are four hours apart instead of five.
    assertThat(times("2026-10-28T12:00:00Z")).containsExactly(LocalTime.of(15, 0), LocalTime.of(12, 0), LocalTime.of(8, 0));
    assertThat(times("2026-11-02T12:00:00Z")).containsExactly(LocalTime.of(15, 0), LocalTime.of(12, 0), LocalTime.of(7, 0));
  }

  @Test
  void clocks_show_whole_minutes() {
    assertThat(times("2026-01-10T09:15:59.999Z")).first().isEqualTo(LocalTime.of(12, 15));
  }

  @Test
  void counters_count_days_from_the_event_to_the_home_date() {
    Counter counter = new Counter(LocalDate.of(2018, 3, 4), "{days} days have passed since the incident",
        LocalDate.of(2018, 10, 1), Optional.empty());

    assertThat(counter.textOn(LocalDate.of(2021, 7, 25))).isEqualTo("1239 days have passed since the incident");
    assertThat(counter.daysOn(LocalDate.of(2018, 3, 4))).isZero();
  }

  @Test
  void counters_are_shown_only_between_their_dates() {
    Counter counter = new Counter(LocalDate.of(2020, 1, 1), "{days} days", LocalDate.of(2020, 6, 1),
        Optional.of(LocalDate.of(2020, 6, 30)));
    Masthead withCounter = new Masthead(MOSCOW, List.of(), Optional.empty(), List.of(counter), Optional.empty());

    assertThat(counter.isShownOn(LocalDate.of(2020, 5, 31))).isFalse();
    assertThat(counter.isShownOn(LocalDate.of(2020, 6, 1))).isTrue();
    assertThat(counter.isShownOn(LocalDate.of(2020, 6, 30))).isTrue();
    assertThat(counter.isShownOn(LocalDate.of(2020, 7, 1))).isFalse();
    // 23:30 in London on 31 May is already 1 June in Moscow, the home zone.
    assertThat(withCounter.at(Instant.parse("2020-05-31T22:30:00Z")).counters()).containsExactly("152 days");
    assertThat(withCounter.at(Instant.parse("2020-05-31T20:30:00Z")).counters()).isEmpty();
  }

  @Test
  void a_counter_must_say_where_the_number_goes_and_end_after_it_starts() {
    assertThatThrownBy(() -> new Counter(LocalDate.of(2020, 1, 1), "days have passed", LocalDate.of(2020, 1, 1), Optional.empty()))
        .hasMessage("a counter's sentence must contain {days}, got 'days have passed'");
    assertThatThrownBy(() -> new Counter(LocalDate.of(2020, 1, 1), "{days}", LocalDate.of(2020, 2, 1), Optional.of(LocalDate.of(2020, 1, 31))))
        .hasMessage("a counter shown from 2020-02-01 cannot end before that, on 2020-01-31");
  }
}
