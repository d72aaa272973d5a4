package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.content.Audits.SET_UP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.content.SectionRefusal.Reason;
import org.junit.jupiter.api.Test;

/** The rules of the managed sections, over the in-memory store. */
class SectionsTest {

  static final Section STATEMENTS = new Section("statements", "Statements");

  final MemoryMessageStore store = new MemoryMessageStore();
  final MemoryAuditLog audit = new MemoryAuditLog(store);
  final Sections sections = new Sections(store);

  private void publishIn(Section section) {
    store.write(w -> w.add(Message.create(section, "In " + section.name(), LocalDate.parse("2026-11-01"),
        Body.of(List.of("A paragraph.")))));
  }

  private void assertRefused(Runnable change, Reason reason, String sentence) {
    List<Section> before = store.allSections();
    long lastChange = store.lastChange();
    List<AuditLog.Entry> audited = audit.latest(1);
    assertThatThrownBy(change::run).isInstanceOfSatisfying(SectionRefusal.class, r -> {
      assertThat(r.reason()).isEqualTo(reason);
      assertThat(r.getMessage()).isEqualTo(sentence);
    });
    assertThat(store.allSections()).as("a refusal changes nothing").isEqualTo(before);
    assertThat(store.lastChange()).isEqualTo(lastChange);
    assertThat(audit.latest(1)).as("and records nothing").isEqualTo(audited);
  }

  @Test
  void an_added_section_takes_its_address_from_its_name_unless_one_is_given_and_goes_last() {
    publishIn(Section.NEWS);

    Section visits = sections.add(" Visits of the\u00A0Ambassador ", "", SET_UP);
    Section consular = sections.add("Консульские вопросы", " consular ", SET_UP);

    assertThat(visits).isEqualTo(new Section("visits-of-the-ambassador", "Visits of the Ambassador"));
    assertThat(consular).isEqualTo(new Section("consular", "Консульские вопросы"));
    assertThat(store.allSections()).containsExactly(Section.NEWS, visits, consular);
  }

  @Test
  void names_and_addresses_that_break_the_rules_are_refused_with_what_to_do() {
    publishIn(STATEMENTS);

    assertRefused(() -> sections.add(" \t\u0000 ", "", SET_UP), Reason.NAME_BLANK,
        "Give the section a name, e.g. 'Press releases'.");
    assertRefused(() -> sections.add("x".repeat(81), "", SET_UP), Reason.NAME_TOO_LONG,
        "A section's name may have at most 80 characters; this one has 81.");
    assertRefused(() -> sections.add("Statements!", "", SET_UP), Reason.ADDRESS_TAKEN,
        "A section with the address /sections/statements exists already: 'Statements'. Choose another name, "
            + "or give another address.");
    assertRefused(() -> sections.add("STATEMENTS", "other", SET_UP), Reason.NAME_TAKEN,
        "A section named 'Statements' exists already, at /sections/statements; readers could not tell the two "
            + "apart. Choose another name.");
    assertRefused(() -> sections.add("Новости", "", SET_UP), Reason.NAME_WITHOUT_ADDRESS,
        "The name 'Новости' has no Latin letters or digits to make the section's address of; give the address "
            + "too, e.g. 'press-releases'.");
    assertRefused(() -> sections.add("News", "news--today", SET_UP), Reason.ADDRESS_MALFORMED,
        "A section's address is lower-case Latin letters, digits and single hyphens, at most 80 characters, "
            + "e.g. 'press-releases'; 'news--today' is not.");
    assertRefused(() -> sections.add("News", "n".repeat(81), SET_UP), Reason.ADDRESS_MALFORMED,
        "A section's address is lower-case Latin letters, digits and single hyphens, at most 80 characters, "
            + "e.g. 'press-releases'; '" + "n".repeat(81) + "' is not.");
    assertThat(sections.add("x".repeat(80), "", SET_UP)).as("80 is allowed").extracting(Section::slug)
        .isEqualTo("x".repeat(80));
  }

  @Test
  void a_rename_changes_the_name_everywhere_and_the_same_name_changes_nothing() {
    publishIn(STATEMENTS);
    publishIn(Section.NEWS);

    Sections.Renamed renamed = sections.rename("statements", "  Statements and   comments ", SET_UP);

    Section after = new Section("statements", "Statements and comments");
    assertThat(renamed).isEqualTo(new Sections.Renamed(STATEMENTS, after));
    assertThat(renamed.isChanged()).isTrue();
    assertThat(store.allSections()).containsExactly(after, Section.NEWS);
    assertThat(store.all()).filteredOn(m -> m.section().slug().equals("statements"))
        .extracting(Message::section).containsOnly(after);

    long lastChange = store.lastChange();
    assertThat(sections.rename("statements", "Statements and comments", SET_UP).isChanged()).isFalse();
    assertThat(store.lastChange()).isEqualTo(lastChange);
    assertThat(sections.rename("statements", "STATEMENTS AND COMMENTS", SET_UP).isChanged())
        .as("its own name in other capitals is no clash").isTrue();

    assertRefused(() -> sections.rename("statements", "news", SET_UP), Reason.NAME_TAKEN,
        "A section named 'News' exists already, at /sections/news; readers could not tell the two apart. "
            + "Choose another name.");
    assertRefused(() -> sections.rename("nowhere", "Somewhere", SET_UP), Reason.NO_SUCH_SECTION,
        "There is no section with the address /sections/nowhere; another administrator may have changed the "
            + "list. The list below is as it is now.");
  }

  @Test
  void a_section_moves_one_place_and_not_past_either_end() {
    Section interviews = new Section("interviews", "Interviews");
    publishIn(Section.NEWS);
    publishIn(STATEMENTS);
    publishIn(interviews);

    assertThat(sections.moveUp("interviews", SET_UP)).containsExactly(Section.NEWS, interviews, STATEMENTS);
    assertThat(sections.moveDown("news", SET_UP)).containsExactly(interviews, Section.NEWS, STATEMENTS);
    assertThat(store.sections(LocalDate.parse("2026-11-20"))).containsExactly(interviews, Section.NEWS, STATEMENTS);

    assertRefused(() -> sections.moveUp("interviews", SET_UP), Reason.FIRST_ALREADY,
        "'Interviews' is first in the menu already.");
    assertRefused(() -> sections.moveDown("statements", SET_UP), Reason.LAST_ALREADY,
        "'Statements' is last in the menu already.");
    assertRefused(() -> sections.moveUp("nowhere", SET_UP), Reason.NO_SUCH_SECTION,
        "There is no section with the address /sections/nowhere; another administrator may have changed the "
            + "list. The list below is as it is now.");
  }

  @Test
  void each_change_writes_the_entry_its_caller_makes_of_it_and_the_same_name_again_records_nothing() {
    publishIn(Section.NEWS);
    Instant at = Instant.parse("2026-11-20T10:05:00Z");
    Audit<Object> described = done -> new AuditEvent(at, Optional.of("anna"), AuditAction.SECTION_ADDED,
        done.toString(), Optional.empty());

    Section visits = sections.add("Visits", "", described);
    Sections.Renamed renamed = sections.rename("visits", "Official visits", described);
    List<Section> order = sections.moveUp("visits", described);
    sections.rename("visits", "Official visits", described);

    assertThat(audit.latest(10)).extracting(e -> e.event().detail())
        .containsExactly(order.toString(), renamed.toString(), visits.toString());
  }
}
