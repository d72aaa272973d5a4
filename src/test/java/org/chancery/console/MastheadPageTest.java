package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditLog;
import org.chancery.content.Contact;
import org.chancery.content.Counter;
import org.chancery.content.Masthead;
import org.chancery.content.Role;
import org.chancery.content.WorldClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrators' masthead settings, over the real server: saved, refused, shown on the public site. */
class MastheadPageTest {

  @TempDir
  Path dir;

  ConsoleServer server;
  Browser admin;

  @BeforeEach
  void start() {
    server = ConsoleServer.start(dir);
    admin = server.signedIn(Role.ADMIN);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The form as a browser posts it: two clock rows, the contact, two counter rows, the rest blank. */
  private String[] form(String clock2Zone, String counterEvent, String label) {
    return new String[] {"csrf", admin.csrf(),
        "clock-1-label", "Lisbon", "clock-1-zone", "Europe/Lisbon",
        "clock-2-label", label, "clock-2-zone", clock2Zone,
        "clock-3-label", "", "clock-3-zone", "",
        "contact-label", "Consular queries:", "contact-phone", "+351 21 000 0000", "contact-email", "consul@example.org",
        "counter-1-event", counterEvent, "counter-1-sentence", "{days} days since the opening",
        "counter-1-from", "2026-11-01", "counter-1-until", "",
        "counter-2-event", "", "counter-2-sentence", "", "counter-2-from", "", "counter-2-until", ""};
  }

  private static void settle() {
    try {
      Thread.sleep(150); // the public site looks for changes every 100 ms
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void an_administrator_saves_the_masthead_and_the_public_site_shows_it() {
    admin.post("/console/masthead", form("Asia/Tokyo", "2026-11-01", "Tokyo"))
        .expectRedirectTo("/console/masthead?notice=masthead-saved");

    Masthead saved = server.messages.masthead().orElseThrow();
    assertThat(saved.homeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(saved.clocks()).containsExactly(new WorldClock("Lisbon", ZoneId.of("Europe/Lisbon")),
        new WorldClock("Tokyo", ZoneId.of("Asia/Tokyo")));
    assertThat(saved.contact()).contains(new Contact("Consular queries:", "+351 21 000 0000", "consul@example.org"));
    assertThat(saved.counters()).containsExactly(new Counter(LocalDate.parse("2026-11-01"),
        "{days} days since the opening", LocalDate.parse("2026-11-01"), Optional.empty()));

    settle();
    var home = server.browser().get("/").expectStatus(200).html();
    assertThat(home.select("ul.clocks li").eachText()).containsExactly("Lisbon: 10:05", "Tokyo: 19:05");
    assertThat(home.select(".contact").text()).contains("Consular queries:", "+351 21 000 0000", "consul@example.org");
    assertThat(home.select(".counters .counter").eachText()).containsExactly("19 days since the opening");

    Browser.Reply page = admin.get("/console/masthead?notice=masthead-saved").expectStatus(200);
    assertThat(page.html().select("p.notice").text()).isEqualTo("The masthead was saved; the public site shows it now.");
    assertThat(page.html().select("#clock-2-label").attr("value")).isEqualTo("Tokyo");
    assertThat(page.html().select("#clock-2-zone option[selected]").text()).isEqualTo("Asia/Tokyo");
    assertThat(page.html().select("#clock-5-label")).as("three blank rows under the two clocks").hasSize(1);
    assertThat(page.html().select("#clock-1-zone option").eachText()).as("every zone, sorted")
        .isSorted().hasSize(ZoneId.getAvailableZoneIds().size());
    assertThat(server.audit.latest(1)).extracting(AuditLog.Entry::event).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo(AuditAction.MASTHEAD_CHANGED);
      assertThat(e.account()).contains("admin");
      assertThat(e.detail()).startsWith("home zone Europe/Lisbon; clocks Lisbon (Europe/Lisbon), Tokyo (Asia/Tokyo)");
    });
  }

  @Test
  void a_bad_zone_or_date_is_refused_with_its_row_and_nothing_changes() {
    admin.post("/console/masthead", form("Asia/Tokyo", "2026-11-01", "Tokyo")).expectStatus(303);
    Masthead before = server.messages.masthead().orElseThrow();
    long lastAudit = server.audit.latest(1).get(0).seq();

    Browser.Reply zone = admin.post("/console/masthead", form("Mars/Olympus", "2026-11-01", "Olympus"))
        .expectStatus(422);
    assertThat(zone.html().select("div.error li").eachText()).containsExactly("Clock 2: 'Mars/Olympus' is not a time zone");
    assertThat(zone.html().select("#clock-2-label").attr("value")).as("what was typed is kept").isEqualTo("Olympus");

    Browser.Reply date = admin.post("/console/masthead", form("Asia/Tokyo", "2026-02-30", "Tokyo")).expectStatus(422);
    assertThat(date.html().select("div.error li").eachText())
        .containsExactly("Counter 1: the date of the event, '2026-02-30', is not a date (YYYY-MM-DD).");

    Browser.Reply both = admin.post("/console/masthead", form("UTC+3", "yesterday", "")).expectStatus(422);
    assertThat(both.html().select("div.error li").eachText()).containsExactly(
        "Clock 2: give it a label, e.g. 'Vienna'.", "Clock 2: 'UTC+3' is not a time zone",
        "Counter 1: the date of the event, 'yesterday', is not a date (YYYY-MM-DD).");

    assertThat(server.messages.masthead()).contains(before);
    assertThat(server.audit.latest(1).get(0).seq()).isEqualTo(lastAudit);
  }

  @Test
  void a_save_whose_audit_entry_cannot_be_written_saves_nothing() {
    admin.post("/console/masthead", form("Asia/Tokyo", "2026-11-01", "Tokyo")).expectStatus(303);
    Masthead before = server.messages.masthead().orElseThrow();
    long lastAudit = server.audit.latest(1).get(0).seq();

    server.refuseAuditEntries(true);
    admin.post("/console/masthead", form("Europe/Vienna", "2026-11-01", "Vienna")).expectStatus(500);
    server.refuseAuditEntries(false);

    assertThat(server.messages.masthead()).contains(before);
    assertThat(server.audit.latest(1).get(0).seq()).isEqualTo(lastAudit);
  }

  @Test
  void a_sentence_without_days_a_reversed_range_a_bad_address_and_no_clock_are_refused() {
    Browser.Reply reply = admin.post("/console/masthead", "csrf", admin.csrf(),
        "clock-1-label", "", "clock-1-zone", "",
        "contact-label", "Consular queries:", "contact-phone", "", "contact-email", "not an address",
        "counter-1-event", "2026-11-01", "counter-1-sentence", "many days", "counter-1-from", "2026-11-10",
        "counter-1-until", "2026-11-09").expectStatus(422);

    assertThat(reply.html().select("div.error li").eachText()).containsExactly(
        "Give at least one clock: its zone is the home zone.",
        "Contact: give a phone number.",
        "Contact: 'not an address' is not an e-mail address.",
        "Counter 1: the sentence must contain {days} where the number of days goes.",
        "Counter 1: shown until, 2026-11-09, is before shown from, 2026-11-10.");
    assertThat(server.messages.masthead()).isEmpty();
  }

  @Test
  void editors_and_writers_are_refused() {
    for (Role role : List.of(Role.EDITOR, Role.WRITER)) {
      Browser browser = server.signedIn(role);
      browser.get("/console/masthead").expectStatus(403);
      browser.post("/console/masthead", "csrf", browser.csrf(), "clock-1-label", "Tokyo", "clock-1-zone", "Asia/Tokyo")
          .expectStatus(403);
      assertThat(browser.get("/console").html().select("a[href=/console/masthead]")).isEmpty();
    }
    assertThat(server.messages.masthead()).isEmpty();
  }

  @Test
  void hostile_input_is_shown_as_text_on_the_console_and_the_public_site() {
    String hostile = "<script>alert(1)</script>\"><b>x</b>' OR 1=1; --";
    String[] fields = form("Asia/Tokyo", "2026-11-01", hostile);
    fields[fields.length - 5] = "<img src=x onerror=alert(2)> {days}"; // counter-2-sentence
    fields[fields.length - 7] = "2026-11-02"; // counter-2-event
    fields[fields.length - 3] = "2026-11-02"; // counter-2-from
    admin.post("/console/masthead", fields).expectStatus(303);

    settle();
    Browser.Reply home = server.browser().get("/").expectStatus(200);
    assertThat(home.body()).doesNotContain("<script>alert(1)", "<b>x</b>", "<img src=x");
    assertThat(home.html().select("ul.clocks li").eachText()).contains(hostile + ": 19:05");
    assertThat(home.html().select(".counters .counter").eachText()).contains("<img src=x onerror=alert(2)> 18");
    Browser.Reply console = admin.get("/console/masthead");
    assertThat(console.body()).doesNotContain("<script>alert(1)", "<b>x</b>", "<img src=x");
    assertThat(console.html().select("#clock-2-label").attr("value")).isEqualTo(hostile);
  }
}
