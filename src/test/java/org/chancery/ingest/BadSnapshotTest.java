package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every kind of bad input, with the exact message a user sees: file, line, what was expected. */
class BadSnapshotTest {

  @Test
  void an_empty_file() {
    assertThat(Fixtures.failure("empty.txt")).isEqualTo(
        "empty.txt:1: empty file: expected a snapshot page starting with a date such as \"25 July 2021\"");
  }

  @Test
  void a_file_of_blank_lines_is_empty_too() {
    assertThat(Fixtures.failureOfText("blank.txt", "\n  \n\u00a0\n")).isEqualTo(
        "blank.txt:1: empty file: expected a snapshot page starting with a date such as \"25 July 2021\"");
  }

  @Test
  void binary_data_is_reported_where_the_text_stops() {
    assertThat(Fixtures.failure("binary.txt")).isEqualTo(
        "binary.txt:3: invalid UTF-8 (byte 0x89 at byte 27): expected UTF-8 text, not binary data or another encoding");
  }

  @Test
  void a_nul_byte_is_binary_data() {
    assertThat(Fixtures.failureOfText("nul.txt", "25 July 2021\nLisbon: 09:15\n\nTitle\u0000\n")).isEqualTo(
        "nul.txt:4: binary data (a NUL byte at byte 33): expected UTF-8 text");
  }

  @Test
  void text_in_another_encoding_is_not_utf8() {
    assertThat(Fixtures.failure("not-utf8.txt")).isEqualTo(
        "not-utf8.txt:5: invalid UTF-8 (byte 0xE9 at byte 64): expected UTF-8 text, not binary data or another encoding");
  }

  @Test
  void a_page_with_a_masthead_and_nothing_else_is_truncated() {
    assertThat(Fixtures.failure("masthead-only.txt")).isEqualTo("masthead-only.txt:9: truncated page: "
        + "expected the page's message or a listing after the masthead, found the end of the file");
  }

  @Test
  void a_listed_item_without_its_lead_at_the_end_of_the_file_is_truncated() {
    assertThat(Fixtures.failure("lead-cut.txt")).isEqualTo("lead-cut.txt:24: truncated page: "
        + "expected the lead of the listed item \"Ambassador visits Braga\", found the end of the file");
  }

  @Test
  void a_listing_without_all_messages_at_the_end_is_truncated() {
    String text = "25 July 2021\nLisbon: 09:15\n\nTitle\n\nBody.\n\n\n\n23.07.2021 - Item\n\nIts lead.\n";
    assertThat(Fixtures.failureOfText("cut.txt", text)).isEqualTo("cut.txt:12: truncated page: "
        + "expected \"all messages\" after the last listed item, found the end of the file");
  }

  @Test
  void a_title_without_a_body_at_the_end_of_the_file_is_truncated() {
    assertThat(Fixtures.failureOfText("title.txt", "25 July 2021\nLisbon: 09:15\n\nTitle\n")).isEqualTo(
        "title.txt:4: truncated page: expected the body of \"Title\" after its title, found the end of the file");
  }

  @Test
  void a_file_that_is_not_a_snapshot_is_an_unknown_layout() {
    assertThat(Fixtures.failure("unknown-layout.txt")).isEqualTo("unknown-layout.txt:1: unknown layout: "
        + "expected the masthead date such as \"25 July 2021\", found \"Minutes of the staff meeting\"");
  }

  @Test
  void a_body_without_title_and_without_listing_is_an_unknown_layout() {
    assertThat(Fixtures.failure("turn-without-title.txt")).isEqualTo("turn-without-title.txt:8: unknown layout: "
        + "expected a title, found the speaker's turn \"Question: Is the consulate open on public holidays?\", "
        + "and the page lists no messages");
  }

  @Test
  void an_impossible_date_in_a_listing() {
    assertThat(Fixtures.failure("impossible-date.txt")).isEqualTo(
        "impossible-date.txt:24: impossible date \"31.02.2021\": expected a real date as dd.mm.yyyy");
  }

  @Test
  void an_impossible_date_on_an_item_page() {
    String text = "25 July 2021\nLisbon: 09:15\n\nPRESS RELEASES AND NEWS\n\n31.02.2021\n\nTitle\n\nBody.\n";
    assertThat(Fixtures.failureOfText("item.txt", text)).isEqualTo(
        "item.txt:6: impossible date \"31.02.2021\": expected a real date as dd.mm.yyyy");
  }

  @Test
  void an_impossible_masthead_date() {
    assertThat(Fixtures.failureOfText("feb.txt", "31 February 2021\nLisbon: 09:15\n\nTitle\n\nBody.\n")).isEqualTo(
        "feb.txt:1: impossible date \"31 February 2021\": expected a real date such as \"25 July 2021\"");
  }

  @Test
  void clocks_that_disagree_with_the_date_and_the_home_clock() {
    assertThat(Fixtures.failure("clocks-disagree.txt")).isEqualTo("clocks-disagree.txt:3: clock \"New York: 05:15\" "
        + "disagrees with the date and the home clock: at 09:15 on 25 July 2021 in Lisbon (Europe/Lisbon) "
        + "it is 04:15 in New York (America/New_York)");
  }

  @Test
  void a_home_time_in_the_daylight_saving_gap() {
    assertThat(Fixtures.failureOfText("gap.txt", "28 March 2021\nLisbon: 01:30\n\nTitle\n\nBody.\n")).isEqualTo(
        "gap.txt:2: the home clock \"Lisbon: 01:30\" shows a time that does not exist on 28 March 2021 in "
            + "Europe/Lisbon (the clocks went forward): expected a time outside the daylight-saving gap");
  }

  @Test
  void an_unknown_city() {
    assertThat(Fixtures.failure("unknown-city.txt")).isEqualTo("unknown-city.txt:3: unknown city \"Port Halden\" "
        + "in clock \"Port Halden: 04:15\": expected a capital such as London or a city that names a time zone, "
        + "such as Lisbon for Europe/Lisbon");
  }

  @Test
  void a_masthead_without_clocks() {
    assertThat(Fixtures.failureOfText("noclock.txt", "25 July 2021\n\nTitle\n\nBody.\n")).isEqualTo(
        "noclock.txt:3: expected a clock such as \"London: 23:34\" after the masthead date, found \"Title\"");
  }

  @Test
  void a_contact_label_without_a_phone() {
    String text = "25 July 2021\nLisbon: 09:15\n\nConsular queries:\n\nWrite to us\n\nTitle\n\nBody.\n";
    assertThat(Fixtures.failureOfText("phone.txt", text)).isEqualTo(
        "phone.txt:6: expected a phone number after the contact label \"Consular queries:\", found \"Write to us\"");
  }

  @Test
  void a_counter_too_big_for_a_number() {
    String text = "25 July 2021\nLisbon: 09:15\n\n99999999999999999999 days have passed since the raid\n\nTitle\n\nBody.\n";
    assertThat(Fixtures.failureOfText("huge.txt", text)).isEqualTo("huge.txt:4: impossible counter "
        + "\"99999999999999999999 days have passed since the raid\": expected at most 6 digits of days, "
        + "counting back to no earlier than the year 1000");
  }

  @Test
  void a_counter_of_more_than_six_digits_that_would_fit_a_long() {
    String text = "URL: /x\n25 July 2021\nLisbon: 09:15\n\n12 days have passed since the note "
        + "99999999999 days have passed since the raid\n\nTitle\n\nBody.\n";
    assertThat(Fixtures.failureOfText("long.txt", text)).isEqualTo("long.txt:5: impossible counter "
        + "\"99999999999 days have passed since the raid\": expected at most 6 digits of days, "
        + "counting back to no earlier than the year 1000");
  }

  @Test
  void a_counter_that_reaches_back_before_the_year_1000() {
    String text = "25 July 2021\nLisbon: 09:15\n\n999999 days have passed since the raid\n\nTitle\n\nBody.\n";
    assertThat(Fixtures.failureOfText("old.txt", text)).isEqualTo("old.txt:4: impossible counter "
        + "\"999999 days have passed since the raid\": expected at most 6 digits of days, "
        + "counting back to no earlier than the year 1000");
  }

  @Test
  void a_masthead_month_that_is_not_english_is_an_unknown_month_not_an_unknown_layout() {
    String text = "URL: /fnapr/8127\n25 juillet 2021\nLisbon: 09:15\n\nTitle\n\nBody.\n";
    assertThat(Fixtures.failureOfText("fr.txt", text)).isEqualTo("fr.txt:2: unknown month 'juillet' in the "
        + "masthead date \"25 juillet 2021\": expected an English month name such as \"July\"");
  }
}
