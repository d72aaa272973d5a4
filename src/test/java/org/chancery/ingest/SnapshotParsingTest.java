package org.chancery.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Block;
import org.chancery.content.Contact;
import org.chancery.content.Counter;
import org.chancery.content.Section;
import org.chancery.content.Speaker;
import org.chancery.content.WorldClock;
import org.junit.jupiter.api.Test;

class SnapshotParsingTest {

  private static final String CREW_COUNTER =
      "{days} days have passed since the trawler Santa Luzia was detained in Port Halden - no reply from the harbour authority";
  private static final String NOTE_COUNTER =
      "{days} days have passed since our note on the fishing quotas was delivered - still unanswered";

  @Test
  void the_masthead_gives_the_home_zone_the_instant_and_the_clocks() throws Exception {
    Snapshot page = Fixtures.parse("home-2021-07-25.txt");

    assertThat(page.masthead().homeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(page.masthead().clocks()).containsExactly(
        new WorldClock("Lisbon", ZoneId.of("Europe/Lisbon")),
        new WorldClock("New York", ZoneId.of("America/New_York")));
    assertThat(page.shownAt()).isEqualTo(Instant.parse("2021-07-25T08:15:00Z"));
    assertThat(page.date()).isEqualTo(LocalDate.of(2021, 7, 25));
    assertThat(page.legacyPath()).isEmpty();
  }

  @Test
  void the_contact_block_has_a_label_a_phone_and_perhaps_an_email() throws Exception {
    assertThat(Fixtures.parse("home-2021-07-25.txt").masthead().contact()).contains(
        new Contact("Consular queries:", "+351 21 555 0100", "consul@marrovia-embassy.example"));
    assertThat(Fixtures.parse("item-2020-09-15.txt").masthead().contact()).contains(
        new Contact("Consular Section:", "(+351) 21 555 0199", ""));
  }

  @Test
  void two_counters_on_one_line_each_count_back_from_the_page_date() throws Exception {
    List<Counter> counters = Fixtures.parse("home-2021-07-25.txt").masthead().counters();

    assertThat(counters).containsExactly(
        new Counter(LocalDate.of(2020, 6, 8), CREW_COUNTER, LocalDate.of(2020, 6, 8), Optional.empty()),
        new Counter(LocalDate.of(2021, 4, 19), NOTE_COUNTER, LocalDate.of(2021, 4, 19), Optional.empty()));
    assertThat(counters.get(0).textOn(LocalDate.of(2021, 7, 25))).startsWith("412 days have passed since the trawler");
  }

  @Test
  void a_counter_in_the_singular_gets_the_plural_sentence() throws Exception {
    Snapshot page = Fixtures.parseText("one-day.txt", "3 January 2022\nLisbon: 10:00\n\n"
        + "1 day has passed since the new consul arrived\n\n\nWelcome to the new consul\n\nHe starts today.\n");

    assertThat(page.masthead().counters()).containsExactly(new Counter(LocalDate.of(2022, 1, 2),
        "{days} days have passed since the new consul arrived", LocalDate.of(2022, 1, 2), Optional.empty()));
    assertThat(page.masthead().contact()).isEmpty();
  }

  @Test
  void the_home_page_main_message_has_a_title_and_a_transcript_body_but_no_date() throws Exception {
    Snapshot.Main main = Fixtures.parse("home-2021-07-25.txt").main().orElseThrow();

    assertThat(main.title())
        .isEqualTo("Foreign Minister Elena Varga\u2019s interview with Radio Atl\u00e2ntico, Lisbon, July 20, 2021");
    assertThat(main.line()).isEqualTo(13);
    assertThat(main.date()).isEmpty();
    assertThat(main.section()).isEmpty();
    assertThat(main.body().speakers()).containsExactly(Speaker.QUESTION, new Speaker("Elena Varga"));
    assertThat(main.body().isContinued()).isTrue();
    assertThat(main.body().paragraphs()).contains(
        "Elena Varga: We expect to sign it in September. The texts are agreed at expert level and only two annexes remain open.",
        "The first point: the quotas must follow the scientific advice, not the wishes of one fleet.");
    assertThat(main.body().blocks().get(0)).isInstanceOf(Block.Paragraph.class);
  }

  @Test
  void the_listing_gives_date_title_and_lead_in_page_order() throws Exception {
    List<Snapshot.Listed> listed = Fixtures.parse("home-2021-07-24.txt").listed();

    assertThat(listed).extracting(Snapshot.Listed::date).containsExactly(
        LocalDate.of(2021, 7, 23), LocalDate.of(2021, 7, 22), LocalDate.of(2021, 7, 22),
        LocalDate.of(2021, 7, 14), LocalDate.of(2021, 7, 10), LocalDate.of(2021, 7, 10));
    assertThat(listed.get(0).title())
        .as("runs of spaces squeezed, straight quotes kept as written")
        .isEqualTo("Comment by Ministry Spokesman Tomas Brandt on the \"harbour dues\" dispute");
    assertThat(listed.get(0).lead())
        .isEqualTo("We have noted the decision of the harbour board to raise dues for foreign vessels without consultation.");
    assertThat(listed.get(5).title()).isEqualTo("Embassy opens a book of condolences");
  }

  @Test
  void an_item_page_names_its_section_and_date_and_keeps_date_like_lines_in_the_body() throws Exception {
    Snapshot page = Fixtures.parse("item-2020-09-15.txt");
    Snapshot.Main main = page.main().orElseThrow();

    assertThat(page.legacyPath()).contains("/press/6443?lang=en");
    assertThat(page.masthead().counters()).isEmpty();
    assertThat(main.section()).contains(new Section("press-releases-and-news", "Press releases and news"));
    assertThat(main.date()).contains(LocalDate.of(2020, 9, 14));
    assertThat(main.title()).startsWith("Foreign Minister Elena Varga\u2019s statement on the maritime boundary talks");
    assertThat(main.body().paragraphs()).containsExactly(
        "The third round of talks on the maritime boundary ended today in Lisbon.",
        "01.09.2020 - the talks resumed in Funchal after a pause of two years.",
        "14.09.2020",
        "Both delegations agreed to meet again before the end of the year.");
    assertThat(page.listed()).extracting(Snapshot.Listed::title).containsExactly(
        "Foreign Minister Elena Varga's statement on the maritime boundary talks, Lisbon, September 14, 2020",
        "Regatta week: the embassy team finishes third");
  }

  @Test
  void an_archive_page_has_pagers_and_items_but_no_main_message() throws Exception {
    Snapshot page = Fixtures.parse("archive-page-46.txt");

    assertThat(page.main()).isEmpty();
    assertThat(page.listed()).hasSize(4);
    assertThat(page.listed().get(3).lead())
        .as("a lead that opens with a date is still a lead")
        .isEqualTo("05.07.2021 is the opening night: six films, all with Portuguese subtitles.");
    assertThat(page.masthead().contact()).contains(new Contact("Consular queries:", "+351 21 555 0100", ""));
  }

  @Test
  void a_page_whose_title_is_missing_has_no_main_message_but_its_listing() throws Exception {
    Snapshot page = Fixtures.parse("title-missing.txt");

    assertThat(page.main()).isEmpty();
    assertThat(page.listed()).singleElement().extracting(Snapshot.Listed::title)
        .isEqualTo("Comment by Ministry Spokesman Tomas Brandt on the \u2018harbour dues\u2019 dispute");
  }

  @Test
  void an_absolute_url_line_keeps_only_the_path_and_query() throws Exception {
    Snapshot page = Fixtures.parseText("legacy.txt", "URL: /apress_arh/&start=501&ps=10&ppp=15\n"
        + "25 July 2021\nLisbon: 09:15\n\nWelcome\n\nA first paragraph.\n");

    assertThat(page.legacyPath()).contains("/apress_arh/&start=501&ps=10&ppp=15");
  }

  @Test
  void in_winter_three_clocks_agree_on_standard_time() throws Exception {
    Snapshot winter = Fixtures.parseText("winter.txt", "15 January 2021\nLisbon: 12:00\nNew York: 07:00\nMoscow: 15:00\n\nTitle\n\nBody.\n");

    assertThat(winter.shownAt()).isEqualTo(Instant.parse("2021-01-15T12:00:00Z"));
  }

  @Test
  void a_home_time_that_happens_twice_is_settled_by_the_other_clocks() throws Exception {
    // Lisbon turns its clocks back at 02:00 on 31 October 2021, so 01:30 happens twice.
    Snapshot first = Fixtures.parseText("first.txt", "31 October 2021\nLisbon: 01:30\nNew York: 20:30\n\nTitle\n\nBody.\n");
    Snapshot second = Fixtures.parseText("second.txt", "31 October 2021\nLisbon: 01:30\nNew York: 21:30\n\nTitle\n\nBody.\n");

    assertThat(first.shownAt()).isEqualTo(Instant.parse("2021-10-31T00:30:00Z"));
    assertThat(second.shownAt()).isEqualTo(Instant.parse("2021-10-31T01:30:00Z"));
  }

  @Test
  void the_home_date_is_the_home_zones_even_when_another_clock_is_still_on_the_day_before() throws Exception {
    Snapshot page = Fixtures.parseText("late.txt", "25 July 2021\nLisbon: 02:10\nNew York: 21:10\n\nTitle\n\nBody.\n");

    assertThat(page.shownAt()).isEqualTo(Instant.parse("2021-07-25T01:10:00Z"));
    assertThat(page.date()).isEqualTo(LocalDate.of(2021, 7, 25));
  }

  @Test
  void the_masthead_month_is_english_in_any_case() throws Exception {
    for (String date : List.of("25 july 2021", "25 JULY 2021", "25 jULy 2021")) {
      Snapshot page = Fixtures.parseText("case.txt", date + "\nLisbon: 09:15\n\nTitle\n\nBody.\n");

      assertThat(page.date()).as(date).isEqualTo(LocalDate.of(2021, 7, 25));
    }
  }

  @Test
  void the_url_line_is_kept_in_the_one_spelling_the_site_looks_paths_up_in() throws Exception {
    String rest = "25 July 2021\nLisbon: 09:15\n\nWelcome\n\nA first paragraph.\n";

    assertThat(Fixtures.parseText("cyrillic.txt", "URL: https://old.example/press/\u0441\u0442\u0430\u0442\u044c\u044f/?id=5#top\n" + rest)
        .legacyPath()).contains("/press/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?id=5");
    assertThat(Fixtures.parseText("escaped.txt", "URL: /press/%d1%81%d1%82%d0%b0%d1%82%d1%8c%d1%8f?id=5\n" + rest)
        .legacyPath()).contains("/press/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?id=5");
    assertThat(Fixtures.parseText("slash.txt", "URL: /fnapr/8127/\n" + rest).legacyPath()).contains("/fnapr/8127");
  }

  @Test
  void a_body_paragraph_opening_with_pages_on_an_item_page_is_a_paragraph_not_a_pager() throws Exception {
    Snapshot page = Fixtures.parseText("item.txt", "25 July 2021\nLisbon: 09:15\n\nPRESS RELEASES AND NEWS\n\n"
        + "24.07.2021\n\nStatement on the harbour dues\n\nThe board raised the dues.\n\n"
        + "Pages: this decision is unlawful\n\nPages: 12 13\n");

    assertThat(page.main().orElseThrow().body().paragraphs()).containsExactly(
        "The board raised the dues.", "Pages: this decision is unlawful", "Pages: 12 13");
    assertThat(page.main().orElseThrow().date()).contains(LocalDate.of(2021, 7, 24));
  }

  @Test
  void a_body_paragraph_opening_with_pages_on_a_home_page_is_a_paragraph_not_a_pager() throws Exception {
    Snapshot page = Fixtures.parseText("home.txt", "25 July 2021\nLisbon: 09:15\n\nStatement on the harbour dues\n\n"
        + "Pages: this decision is unlawful\n\n\n\n23.07.2021 - Another statement\n\nIts lead.\n\nall messages\n");

    assertThat(page.main().orElseThrow().title()).isEqualTo("Statement on the harbour dues");
    assertThat(page.main().orElseThrow().body().paragraphs()).containsExactly("Pages: this decision is unlawful");
    assertThat(page.listed()).extracting(Snapshot.Listed::title).containsExactly("Another statement");
  }

  @Test
  void an_archive_page_may_show_its_heading_above_the_pager_and_the_pager_again_below() throws Exception {
    Snapshot page = Fixtures.parseText("archive.txt", "25 July 2021\nLisbon: 09:15\n\nPRESS RELEASES AND NEWS\n\n"
        + "Pages: \u00ab\u00ab\u00ab :: 46 47 ... 60 :: \u00bb\u00bb\u00bb\n\n23.07.2021 - A statement\n\nIts lead.\n\n"
        + "Pages: \u00ab\u00ab\u00ab :: 46 47 ... 60 :: \u00bb\u00bb\u00bb\n");

    assertThat(page.main()).isEmpty();
    assertThat(page.listingSection()).contains(Section.named("PRESS RELEASES AND NEWS"));
    assertThat(page.listed()).extracting(Snapshot.Listed::title).containsExactly("A statement");
  }
}
