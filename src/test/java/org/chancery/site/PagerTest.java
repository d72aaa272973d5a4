package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagerTest {

  @Test
  void page_links_come_in_fixed_blocks_of_fifteen() {
    assertThat(blockOf(50, 60)).isEqualTo("46-60");
    assertThat(blockOf(46, 60)).isEqualTo("46-60");
    assertThat(blockOf(45, 60)).isEqualTo("31-45");
    assertThat(blockOf(1, 3)).isEqualTo("1-3");
    assertThat(blockOf(61, 62)).isEqualTo("61-62");
  }

  @Test
  void the_first_page_has_no_previous_and_the_last_no_next() {
    assertThat(new Pager(1, 5).hasPrevious()).isFalse();
    assertThat(new Pager(5, 5).hasNext()).isFalse();
    assertThat(new Pager(1, 1).hasNext()).isFalse();
  }

  @Test
  void a_page_outside_the_archive_is_refused_with_the_range() {
    assertThatThrownBy(() -> new Pager(7, 6)).hasMessage("page 7 is not among pages 1-6");
  }

  private static String blockOf(int page, int count) {
    Pager pager = new Pager(page, count);
    return pager.blockStart() + "-" + pager.blockEnd();
  }
}
