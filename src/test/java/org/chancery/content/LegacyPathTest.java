package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegacyPathTest {

  @Test
  void encoded_and_plain_spellings_of_a_path_are_one() {
    String plain = LegacyPath.normalise("/press/статья?id=5");

    assertThat(plain).isEqualTo("/press/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?id=5");
    assertThat(LegacyPath.normalise("/press/%d1%81%d1%82%d0%b0%d1%82%d1%8c%d1%8f?id=5")).isEqualTo(plain);
    assertThat(LegacyPath.normalise("/press/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?id=5")).isEqualTo(plain);
  }

  @Test
  void a_trailing_slash_is_dropped_but_the_query_kept() {
    assertThat(LegacyPath.normalise("/fnapr/8127/")).isEqualTo("/fnapr/8127");
    assertThat(LegacyPath.normalise("/fnapr/8127?x=1")).isEqualTo("/fnapr/8127?x=1");
    assertThat(LegacyPath.normalise("/")).isEqualTo("/");
    assertThat(LegacyPath.normalise("fnapr/8127")).isEqualTo("/fnapr/8127");
  }

  @Test
  void the_old_sites_query_syntax_survives() {
    assertThat(LegacyPath.normalise("/apress_arh/&start=501&ps=10&ppp=15"))
        .isEqualTo("/apress_arh/&start=501&ps=10&ppp=15");
    assertThat(LegacyPath.normalise("/a%20b")).isEqualTo("/a%20b");
    assertThat(LegacyPath.normalise("/a b")).isEqualTo("/a%20b");
  }

  @Test
  void escapes_that_are_not_utf8_are_kept_in_upper_case() {
    assertThat(LegacyPath.normalise("/news/%e9t%e9")).isEqualTo("/news/%E9t%E9");
    assertThat(LegacyPath.normalise("/100%")).isEqualTo("/100%25");
  }
}
