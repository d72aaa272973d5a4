package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.chancery.content.Body;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.Withdrawal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search page, a speaker's page and the JSON API, over the real server and a real Lucene index. */
class SearchPagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  MemoryMessageStore store;
  TestSite site;
  Message interview;
  Message sanctions;

  @BeforeEach
  void start() {
    store = SiteFixtures.storeWith(3);
    interview = SiteFixtures.add(store, SiteFixtures.interview(LocalDate.of(2021, 7, 20)));
    sanctions = SiteFixtures.add(store, Message.create(SiteFixtures.PRESS_RELEASES,
        "Statement on the new sanctions against Merrow shipping", LocalDate.of(2021, 7, 21),
        Body.of(List.of("The embassy regrets the sanctions announced today.", "They harm the ferry's passengers."))));
    SiteFixtures.add(store, Message.create(SiteFixtures.PRESS_RELEASES, "Заявление о санкциях против судоходства",
        LocalDate.of(2021, 7, 22), Body.of(List.of("Посольство сожалеет о новых санкциях.")))
        .withLanguage("ru"));
    site = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void a_bare_search_page_shows_the_form_and_a_query_finds_stemmed_words_marked_in_the_snippet() {
    Document empty = html("/search");
    assertThat(empty.select("form.search input[name=q]")).hasSize(1);
    assertThat(empty.select("li.hit")).isEmpty();

    Document found = html("/search?q=sanction");
    assertThat(found.select("li.hit .hit-title a").eachText())
        .containsExactly("Statement on the new sanctions against Merrow shipping");
    assertThat(found.select("li.hit .snippet mark").eachText()).contains("sanctions");
    assertThat(found.select("p.summary").text()).isEqualTo("1 found, page 1 of 1");

    Document russian = html("/search?q=" + encode("санкции"));
    assertThat(russian.select("li.hit .hit-title a").eachText()).containsExactly("Заявление о санкциях против судоходства");
  }

  @Test
  void a_speaker_search_finds_their_turns_each_linking_to_its_anchor_and_their_page_lists_them_newest_first() {
    Document turns = html("/search?q=seals&speaker=" + encode("ilse varga"));
    assertThat(turns.select("li.hit .hit-title a").eachAttr("href")).containsExactly(interview.path() + "#turn-4");
    assertThat(turns.select("li.hit .hit-meta a").eachText()).containsExactly("Ilse Varga");

    Document page = html(SearchPages.speakerPath("ilse varga"));
    assertThat(page.select("h1").text()).isEqualTo("What Ilse Varga said");
    assertThat(page.select("li.hit .hit-title a").eachAttr("href"))
        .containsExactly(interview.path() + "#turn-2", interview.path() + "#turn-4");
    assertThat(site.get("/speakers/nobody%20at%20all").statusCode()).isEqualTo(404);
    assertThat(html("/speakers/question?page=9").select("h1").text()).as("past the last page")
        .isEqualTo("What Question said");
    HttpResponse<String> spelt = site.get("/speakers/Q.?page=2");
    assertThat(spelt.statusCode()).isEqualTo(301);
    assertThat(spelt.headers().firstValue("Location")).contains("/speakers/question?page=2");
    assertThat(html("/search?q=archive&speaker=Q.").select("li.hit .hit-title a").eachAttr("href"))
        .as("Q. is the questioner").containsExactly(interview.path() + "#turn-3");
    assertThat(html("/search?utm_source=mail").select("li.hit")).as("no search asked").isEmpty();
  }

  @Test
  void facets_count_every_hit_and_their_links_narrow_the_search() {
    Document all = html("/search?q=ferry");
    assertThat(all.select("aside.facets h2").eachText()).contains("Section", "Kind", "Language");
    String interviews = all.select("aside.facets a:contains(Interviews)").attr("href");
    assertThat(all.select("aside.facets li:contains(Press releases) .count").text()).isEqualTo("4");

    Document narrowed = html(interviews);
    assertThat(narrowed.select("li.hit .hit-title a").eachAttr("href")).containsExactly(interview.path());
    assertThat(narrowed.select("aside.facets a[aria-current]").eachText()).contains("Interviews");
    assertThat(narrowed.select("form.search input[type=hidden][name=section]").val())
        .as("new words are searched in the section chosen").isEqualTo("interviews");
  }

  @Test
  void hostile_queries_and_parameters_give_a_page_or_a_sentence_never_an_error() {
    for (String query : List.of("<script>alert(1)</script>", "\"unclosed", "-", "OR", "*", "x".repeat(10_000),
        "ferry\u0000\u0007", "'; DROP TABLE message; --")) {
      HttpResponse<String> reply = site.get("/search?q=" + encode(query));
      assertThat(reply.statusCode()).as(query.substring(0, Math.min(20, query.length()))).isEqualTo(200);
      Document page = Jsoup.parse(reply.body());
      assertThat(page.select("main script, main img")).isEmpty();
      assertThat(reply.body()).doesNotContain("<script>alert");
      HttpResponse<String> api = site.get("/api/v1/search?q=" + encode(query));
      assertThat(api.statusCode()).isEqualTo(200);
    }
    Document markup = html("/search?q=" + encode("<b>ferry</b>"));
    assertThat(markup.select("input[name=q]").val()).isEqualTo("<b>ferry</b>");

    Document bad = html("/search?q=ferry&from=yesterday&page=x&kind=MEMO");
    assertThat(bad.select("p.notice").eachText()).contains(
        "'yesterday' is not a date such as 2021-07-25; the search starts at the beginning.",
        "'x' is not a page number from 1 to 1000; this is the first page.",
        "'MEMO' is not a kind of message; all kinds were searched.");
    assertThat(bad.select("li.hit")).isNotEmpty();
  }

  @Test
  void how_the_words_were_read_is_said_in_the_sites_language_on_the_page_and_in_the_api() throws Exception {
    String english = "The closing quote was missing; the phrase was searched to the end.";
    assertThat(html("/search?q=%22grain").select("p.notice").eachText()).containsExactly(english);
    assertThat(notices(site, "/api/v1/search?q=%22grain")).containsExactly(english);

    SiteSettings russian = new SiteSettings("Посольство Республики Валдория", SiteFixtures.HOME,
        Locale.forLanguageTag("ru"));
    try (TestSite russianSite = TestSite.start(store, SiteFixtures.JUST_AFTER_MIDNIGHT, russian)) {
      String sentence = "Не хватало закрывающей кавычки; фраза искалась до конца запроса.";
      HttpResponse<String> page = russianSite.get("/search?q=%22grain");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(page.body()).select("p.notice").eachText()).containsExactly(sentence);
      assertThat(notices(russianSite, "/api/v1/search?q=%22grain")).containsExactly(sentence);
    }
  }

  @Test
  void the_api_answers_the_same_search_as_json() throws Exception {
    JsonNode reply = JSON.readTree(site.get("/api/v1/search?q=sanctions&lang=en").body());

    assertThat(reply.get("total").asLong()).isEqualTo(1);
    JsonNode hit = reply.get("hits").get(0);
    assertThat(hit.get("number").asLong()).isEqualTo(sanctions.number());
    assertThat(hit.get("path").asText()).isEqualTo(sanctions.path());
    assertThat(hit.get("section").get("name").asText()).isEqualTo("Press releases");
    assertThat(hit.get("snippet").findValuesAsText("text")).anySatisfy(t -> assertThat(t).contains("sanctions"));
    assertThat(reply.get("facets").get("language").get(0).get("value").asText()).isEqualTo("en");
    assertThat(site.get("/api/v1/search?q=x").headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/json");
  }

  @Test
  void a_message_page_shows_related_messages_from_the_index() {
    Document page = html(sanctions.path());

    assertThat(page.select("section.related a").eachAttr("href")).isNotEmpty().doesNotContain(sanctions.path());
  }

  @Test
  void the_index_follows_the_store_within_a_second_for_a_new_message_and_a_withdrawal() {
    Message added = SiteFixtures.add(store, Message.create(Section.NEWS, "Statement on the lighthouse at Merrow",
        LocalDate.of(2021, 7, 23), Body.of(List.of("The lighthouse is lit again."))));
    assertThat(within(html -> html.select("li.hit").size() == 1, "/search?q=lighthouse")).isTrue();

    store.write(w -> {
      w.withdraw(added.number(), new Withdrawal(Instant.parse("2021-07-24T20:00:00Z"), "Issued in error."));
      return null;
    });
    assertThat(within(html -> html.select("li.hit").isEmpty(), "/search?q=lighthouse")).isTrue();
  }

  private boolean within(Predicate<Document> ready, String path) {
    long deadline = System.nanoTime() + 1_000_000_000L;
    do {
      if (ready.test(html(path))) {
        return true;
      }
    } while (System.nanoTime() < deadline);
    return false;
  }

  private static List<String> notices(TestSite on, String path) throws Exception {
    HttpResponse<String> reply = on.get(path);
    assertThat(reply.statusCode()).as("status of " + path).isEqualTo(200);
    List<String> notices = new ArrayList<>();
    JSON.readTree(reply.body()).get("notices").forEach(n -> notices.add(n.asText()));
    return notices;
  }

  private Document html(String path) {
    HttpResponse<String> reply = site.get(path);
    assertThat(reply.statusCode()).as("status of " + path).isEqualTo(200);
    return Jsoup.parse(reply.body());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
