package org.chancery.console;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.content.AuditAction;
import org.chancery.content.Contact;
import org.chancery.content.Counter;
import org.chancery.content.Masthead;
import org.chancery.content.MessageStore;
import org.chancery.content.Session;
import org.chancery.content.WorldClock;

/**
 * The administrators' masthead settings: world clocks (the first one's zone is the home zone),
 * the contact block and the day counters, as a plain form with a few blank rows to fill. A row
 * left blank is dropped. Anything wrong is refused with the row and field named, and nothing is
 * saved; otherwise the masthead is saved in one transaction, with its audit entry, and the public
 * site shows it as soon as it sees the change.
 */
final class MastheadPages {

  /** Blank rows offered under the filled ones. */
  static final int BLANK_CLOCKS = 3;
  static final int BLANK_COUNTERS = 2;
  /** Rows read from a form at most: more is no masthead. */
  static final int MOST_ROWS = 50;

  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
  private static final Pattern ROW = Pattern.compile("(clock|counter)-(\\d{1,3})-[a-z]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final MessageStore store;
  private final Clock clock;
  private final ConsolePages pages;

  MastheadPages(MessageStore store, Clock clock, ConsolePages pages) {
    this.store = store;
    this.clock = clock;
    this.pages = pages;
  }

  void form(Context ctx, Session session) {
    Masthead masthead = store.masthead().orElseGet(() -> Masthead.plain(pages.settings().homeZone()));
    List<Pages.ClockRow> clocks = new ArrayList<>();
    for (WorldClock c : masthead.clocks()) {
      clocks.add(new Pages.ClockRow(clocks.size() + 1, c.label(), c.zone().getId()));
    }
    Pages.ContactRow contact = masthead.contact().map(c -> new Pages.ContactRow(c.label(), c.phone(), c.email()))
        .orElse(new Pages.ContactRow("", "", ""));
    List<Pages.CounterRow> counters = new ArrayList<>();
    for (Counter c : masthead.counters()) {
      counters.add(new Pages.CounterRow(counters.size() + 1, c.eventDate().toString(), c.sentence(),
          c.shownFrom().toString(), c.shownUntil().map(LocalDate::toString).orElse("")));
    }
    show(ctx, 200, session, clocks, contact, counters, List.of());
  }

  void save(Context ctx, Session session) {
    int clockRows = rows(ctx, "clock");
    int counterRows = rows(ctx, "counter");
    List<Pages.ClockRow> clockRowsTyped = new ArrayList<>();
    for (int i = 1; i <= clockRows; i++) {
      clockRowsTyped.add(new Pages.ClockRow(i, typed(ctx, "clock-" + i + "-label"), typed(ctx, "clock-" + i + "-zone")));
    }
    Pages.ContactRow contactTyped = new Pages.ContactRow(typed(ctx, "contact-label"), typed(ctx, "contact-phone"),
        typed(ctx, "contact-email"));
    List<Pages.CounterRow> counterRowsTyped = new ArrayList<>();
    for (int i = 1; i <= counterRows; i++) {
      String p = "counter-" + i + "-";
      counterRowsTyped.add(new Pages.CounterRow(i, typed(ctx, p + "event"), typed(ctx, p + "sentence"),
          typed(ctx, p + "from"), typed(ctx, p + "until")));
    }

    List<String> problems = new ArrayList<>();
    List<WorldClock> clocks = new ArrayList<>();
    for (Pages.ClockRow row : clockRowsTyped) {
      if (row.label().isEmpty() && row.zone().isEmpty()) {
        continue;
      }
      Optional<ZoneId> zone = zone(row.zone());
      if (row.label().isEmpty()) {
        problems.add(problem("clock.label", row.row()));
      }
      if (row.zone().isEmpty()) {
        problems.add(problem("clock.zone-missing", row.row()));
      } else if (zone.isEmpty()) {
        problems.add(problem("clock.zone", row.row(), row.zone()));
      }
      if (!row.label().isEmpty() && zone.isPresent()) {
        clocks.add(new WorldClock(row.label(), zone.get()));
      }
    }
    if (clockRowsTyped.stream().allMatch(r -> r.label().isEmpty() && r.zone().isEmpty())) {
      problems.add(problem("clock.none"));
    }

    Optional<Contact> contact = Optional.empty();
    Pages.ContactRow c = contactTyped;
    if (!(c.label().isEmpty() && c.phone().isEmpty() && c.email().isEmpty())) {
      int before = problems.size();
      if (c.label().isEmpty()) {
        problems.add(problem("contact.label"));
      }
      if (c.phone().isEmpty()) {
        problems.add(problem("contact.phone"));
      }
      if (!c.email().isEmpty() && !EMAIL.matcher(c.email()).matches()) {
        problems.add(problem("contact.email", c.email()));
      }
      if (problems.size() == before) {
        contact = Optional.of(new Contact(c.label(), c.phone(), c.email()));
      }
    }

    List<Counter> counters = new ArrayList<>();
    for (Pages.CounterRow row : counterRowsTyped) {
      if (row.event().isEmpty() && row.sentence().isEmpty() && row.from().isEmpty() && row.until().isEmpty()) {
        continue;
      }
      int before = problems.size();
      Optional<LocalDate> event = date(row.event(), "counter.event", row.row(), problems);
      if (row.sentence().isEmpty() || !row.sentence().contains(Counter.DAYS)) {
        problems.add(problem("counter.sentence", row.row()));
      }
      Optional<LocalDate> from = date(row.from(), "counter.from", row.row(), problems);
      Optional<LocalDate> until = Optional.empty();
      if (!row.until().isEmpty()) {
        until = date(row.until(), "counter.until", row.row(), problems);
        if (until.isPresent() && from.isPresent() && until.get().isBefore(from.get())) {
          problems.add(problem("counter.order", row.row(), row.until(), row.from()));
        }
      }
      if (problems.size() == before) {
        counters.add(new Counter(event.orElseThrow(), row.sentence(), from.orElseThrow(), until));
      }
    }

    if (!problems.isEmpty()) {
      show(ctx, 422, session, clockRowsTyped, contactTyped, counterRowsTyped, problems);
      return;
    }
    Masthead masthead = new Masthead(clocks.get(0).zone(), clocks, contact, counters, Optional.of(clock.instant()));
    Actor by = Actor.signedIn(session.account(), pages.address(ctx));
    store.write(writer -> {
      writer.saveMasthead(masthead);
      writer.audit(by.entry(clock.instant(), AuditAction.MASTHEAD_CHANGED, detail(masthead)));
      return null;
    });
    ConsolePages.seeOther(ctx, ConsolePages.Notice.MASTHEAD_SAVED.on(ConsoleRoutes.MASTHEAD));
  }

  private void show(Context ctx, int status, Session session, List<Pages.ClockRow> clocks, Pages.ContactRow contact,
      List<Pages.CounterRow> counters, List<String> problems) {
    List<Pages.ClockRow> clockRows = new ArrayList<>(clocks);
    for (int i = 0; i < BLANK_CLOCKS; i++) {
      clockRows.add(new Pages.ClockRow(clockRows.size() + 1, "", ""));
    }
    List<Pages.CounterRow> counterRows = new ArrayList<>(counters);
    for (int i = 0; i < BLANK_COUNTERS; i++) {
      counterRows.add(new Pages.CounterRow(counterRows.size() + 1, "", "", "", ""));
    }
    pages.render(ctx, status, "masthead.jte", new Pages.MastheadForm(
        pages.chrome(ctx, Optional.of(session), "console.masthead.title"), clockRows, contact, counterRows, ZONES,
        problems));
  }

  /** The audit entry's detail: what the masthead now holds, in short. */
  private static String detail(Masthead m) {
    String clocks = m.clocks().stream().map(c -> c.label() + " (" + c.zone().getId() + ")")
        .reduce((a, b) -> a + ", " + b).orElse("");
    String contact = m.contact().map(c -> c.label() + " " + c.phone() + (c.hasEmail() ? " " + c.email() : ""))
        .orElse("none");
    return "home zone " + m.homeZone().getId() + "; clocks " + clocks + "; contact " + contact + "; counters "
        + m.counters().size();
  }

  /** How many rows of this kind the form has: the highest row number posted, at most {@link #MOST_ROWS}. */
  private static int rows(Context ctx, String kind) {
    int most = 0;
    for (String name : ctx.formParamMap().keySet()) {
      Matcher m = ROW.matcher(name);
      if (m.matches() && m.group(1).equals(kind)) {
        most = Math.max(most, Integer.parseInt(m.group(2)));
      }
    }
    return Math.min(most, MOST_ROWS);
  }

  private static String typed(Context ctx, String name) {
    return Forms.field(ctx, name).strip();
  }

  /** A zone from the list offered; not any string {@link ZoneId#of} would take, such as "+03:00". */
  private static Optional<ZoneId> zone(String typed) {
    return ZONES.contains(typed) ? Optional.of(ZoneId.of(typed)) : Optional.empty();
  }

  private Optional<LocalDate> date(String typed, String key, int row, List<String> problems) {
    if (typed.isEmpty()) {
      problems.add(problem(key + "-missing", row));
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(typed));
    } catch (DateTimeParseException e) {
      problems.add(problem(key, row, typed));
      return Optional.empty();
    }
  }

  private String problem(String key, Object... arguments) {
    return pages.text().format("console.masthead.problem." + key, arguments);
  }
}
