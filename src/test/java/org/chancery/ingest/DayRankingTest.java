package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chancery.content.Body;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.Text;
import org.junit.jupiter.api.Test;

/** How a run's listing of one day meets the order that earlier runs stored for it. */
class DayRankingTest {

  private static final LocalDate DAY = LocalDate.of(2021, 8, 10);

  /** A, B, C, D stored by an earlier run, A the newest. */
  private static final List<String> STORED = List.of("A", "B", "C", "D");

  @Test
  void a_listing_that_agrees_with_the_store_changes_nothing() {
    assertThat(order(List.of(), "B", "D")).containsExactly("A", "B", "C", "D");
    assertThat(order(List.of())).containsExactly("A", "B", "C", "D");
  }

  @Test
  void a_new_message_goes_right_next_to_its_nearest_listed_neighbour_that_is_stored() {
    assertThat(order(List.of("X"), "X", "C")).containsExactly("A", "B", "X", "C", "D");
    assertThat(order(List.of("X"), "B", "X")).containsExactly("A", "B", "X", "C", "D");
    assertThat(order(List.of("X", "Y"), "A", "X", "Y")).containsExactly("A", "X", "Y", "B", "C", "D");
  }

  @Test
  void new_messages_that_nothing_places_go_below_the_stored_ones() {
    assertThat(order(List.of("X", "Y"), "Y", "X")).containsExactly("A", "B", "C", "D", "Y", "X");
    assertThat(order(List.of("X"))).as("not listed at all").containsExactly("A", "B", "C", "D", "X");
  }

  @Test
  void the_listing_wins_where_it_contradicts_the_store() {
    assertThat(order(List.of(), "C", "B")).containsExactly("A", "C", "B", "D");
    assertThat(order(List.of(), "D", "A")).containsExactly("B", "C", "D", "A");
  }

  /**
   * The day's messages newest first after {@link DayRanking#order}: {@link #STORED} ranked by an
   * earlier run, {@code added} stored by this one at rank 0 with the next numbers.
   */
  private static List<String> order(List<String> added, String... listed) {
    List<Message> now = new ArrayList<>();
    List<Long> before = new ArrayList<>();
    for (int i = 0; i < STORED.size(); i++) {
      now.add(message(i + 1, STORED.get(i), STORED.size() - 1 - i));
      before.add(i + 1L);
    }
    for (int i = 0; i < added.size(); i++) {
      now.add(message(STORED.size() + 1 + i, added.get(i), 0));
    }
    List<Message> newestFirst = now.stream().sorted(MemoryMessageStore.NEWEST_FIRST).toList();
    List<String> keys = Arrays.stream(listed).map(Text::comparisonKey).toList();
    return DayRanking.order(newestFirst, before, keys).stream().map(Message::title).toList();
  }

  private static Message message(long number, String title, int dayOrder) {
    return Message.create(Section.NEWS, title, DAY, Body.EMPTY).withNumber(number).withDayOrder(dayOrder);
  }
}
