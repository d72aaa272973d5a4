package org.chancery.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.content.Audits.SET_UP;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Account;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditEvent;
import org.chancery.content.AuditLog;
import org.chancery.content.ChangeNote;
import org.chancery.content.EditConflict;
import org.chancery.content.Edition;
import org.chancery.content.EditionState;
import org.chancery.content.EditionStore;
import org.chancery.content.Masthead;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.MutableClock;
import org.chancery.content.Newsroom;
import org.chancery.content.Publisher;
import org.chancery.content.PublicUpdate;
import org.chancery.content.Revision;
import org.chancery.content.Role;
import org.chancery.content.ScheduledPublishing;
import org.chancery.content.Section;
import org.chancery.content.Withdrawal;
import org.chancery.content.WorkflowRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EditionStore} must do, with the {@link MessageStore} it publishes to and the
 * {@link AuditLog} its actions are recorded in. Run against the in-memory fake, SQLite and
 * PostgreSQL. The workflow goes through {@link Newsroom} and {@link ScheduledPublishing}, as the
 * console and the timer will.
 */
abstract class EditionStoreContract {

  static final LocalDate TODAY = LocalDate.of(2021, 7, 25);
  /** With nanoseconds, to show that stored instants keep them. */
  static final Instant START = Instant.parse("2021-07-25T08:00:00.123456789Z");

  final Account writer = new Account(1, "wanda", Role.WRITER);
  final Account editor = new Account(2, "ed", Role.EDITOR);
  final Account otherEditor = new Account(3, "edna", Role.EDITOR);

  final MutableClock clock = new MutableClock(START);
  final Publisher publisher = new Publisher(clock);
  EditionStore editions;
  MessageStore messages;
  AuditLog audit;
  Newsroom newsroom;

  /**
   * New, empty stores over one database; set {@link #editions}, {@link #messages} and {@link #audit}.
   */
  abstract void newStores();

  @BeforeEach
  void createStores() {
    newStores();
    newsroom = new Newsroom(editions, publisher, clock);
  }

  Message content(String title) {
    return Fixtures.simple(title, TODAY);
  }

  /** A first edition by the writer, submitted for review. */
  Revision submitted(String title) {
    Revision draft = newsroom.draft(content(title), writer, SET_UP);
    newsroom.submit(draft.messageNumber(), 1, writer, SET_UP);
    return draft;
  }

  Optional<Message> visible(long number) {
    return messages.message(number, TODAY);
  }

  List<Long> listed() {
    ArchivePage page = messages.archive(ArchiveRequest.allMessages(1, TODAY));
    return page.messages().stream().map(Message::number).toList();
  }

  /** Stored to the second, as the audit log keeps instants. */
  static final Instant AUDITED_AT = Instant.parse("2021-07-25T08:00:00Z");

  static AuditEvent entry(AuditAction action, String detail) {
    return new AuditEvent(AUDITED_AT, Optional.of("ed"), action, detail, Optional.of("192.0.2.7"));
  }

  long lastAuditSeq() {
    return audit.latest(1).stream().mapToLong(AuditLog.Entry::seq).findFirst().orElse(0);
  }

  @Test
  void an_audited_write_commits_the_change_and_its_entries_with_the_next_sequence_numbers() {
    AuditEvent signedIn = entry(AuditAction.SIGNED_IN, "");
    AuditEvent saved = entry(AuditAction.MASTHEAD_CHANGED, "home zone Europe/Lisbon");
    AuditEvent added = entry(AuditAction.SECTION_ADDED, "section 'Visits' at /sections/visits");
    long first = audit.append(signedIn);

    List<Long> seqs = messages.write(w -> {
      w.saveMasthead(Masthead.plain(ZoneId.of("Europe/Lisbon")));
      long one = w.audit(saved);
      w.addSection(new Section("visits", "Visits"));
      return List.of(one, w.audit(added));
    });

    assertThat(first).isEqualTo(1);
    assertThat(seqs).as("numbered after the entries committed before, one after another").containsExactly(2L, 3L);
    assertThat(audit.latest(10)).containsExactly(
        new AuditLog.Entry(3, added), new AuditLog.Entry(2, saved), new AuditLog.Entry(1, signedIn));
    assertThat(messages.masthead()).isPresent();
    assertThat(messages.allSections()).contains(new Section("visits", "Visits"));
    assertThat(audit.append(signedIn)).as("the log goes on from there").isEqualTo(4);
  }

  @Test
  void a_write_that_audits_and_then_fails_leaves_neither_the_change_nor_its_entry() {
    AuditEvent before = entry(AuditAction.SIGNED_IN, "");
    audit.append(before);
    long lastChange = messages.lastChange();

    assertThatThrownBy(() -> messages.write(w -> {
      w.add(content("Statement"));
      w.audit(entry(AuditAction.MESSAGE_PUBLISHED, "message 1 edition 1 'Statement'"));
      throw new IllegalStateException("the disk is full");
    })).isInstanceOf(IllegalStateException.class).hasMessage("the disk is full");

    assertThat(listed()).isEmpty();
    assertThat(messages.lastChange()).isEqualTo(lastChange);
    assertThat(audit.latest(10)).containsExactly(new AuditLog.Entry(1, before));
    AuditEvent next = entry(AuditAction.SIGNED_OUT, "");
    long seq = messages.write(w -> w.audit(next));
    assertThat(seq).as("no gap where the rolled-back entry was").isEqualTo(2);
  }

  @Test
  void an_entry_written_in_a_unit_that_fails_goes_with_the_unit() {
    AuditEvent kept = entry(AuditAction.SECTION_ADDED, "kept");
    messages.write(w -> {
      assertThatThrownBy(() -> w.allOrNothing(() -> {
        w.audit(entry(AuditAction.SECTION_ADDED, "undone"));
        throw new IllegalArgumentException("refused");
      })).hasMessage("refused");
      return w.audit(kept);
    });

    assertThat(audit.latest(10)).containsExactly(new AuditLog.Entry(1, kept));
  }

  @Test
  void an_editorial_action_writes_the_entry_its_caller_makes_of_what_it_did_in_its_transaction() {
    long number = submitted("Statement on the ferry").messageNumber();
    long before = lastAuditSeq();

    Edition live = newsroom.publish(number, 1, editor, done -> entry(AuditAction.MESSAGE_PUBLISHED,
        "message " + done.content().number() + " edition " + done.number() + " " + done.state()));

    assertThat(audit.latest(1)).containsExactly(new AuditLog.Entry(before + 1, entry(AuditAction.MESSAGE_PUBLISHED,
        "message " + number + " edition 1 PUBLISHED")));
    assertThat(visible(number)).isPresent();
    assertThat(live.state()).isEqualTo(EditionState.PUBLISHED);
  }

  @Test
  void an_action_whose_entry_cannot_be_made_is_not_done() {
    long number = submitted("Statement on the ferry").messageNumber();
    long before = lastAuditSeq();
    long lastChange = messages.lastChange();

    assertThatThrownBy(() -> newsroom.publish(number, 1, editor, done -> {
      throw new IllegalStateException("the audit log is unavailable");
    })).hasMessage("the audit log is unavailable");

    assertThat(editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.SUBMITTED);
    assertThat(visible(number)).as("not live unaudited").isEmpty();
    assertThat(messages.lastChange()).isEqualTo(lastChange);
    assertThat(lastAuditSeq()).isEqualTo(before);
  }

  @Test
  void a_refused_action_records_nothing() {
    long number = submitted("Statement on the ferry").messageNumber();
    long before = lastAuditSeq();

    assertThatThrownBy(() -> newsroom.publish(number, 1, writer, done -> entry(AuditAction.MESSAGE_PUBLISHED, "")))
        .isInstanceOf(WorkflowRefusal.class);
    assertThatThrownBy(() -> newsroom.save(number, 1, 0, content("Mine"), writer,
        done -> entry(AuditAction.MESSAGE_SAVED, ""))).isInstanceOf(EditConflict.class);

    assertThat(lastAuditSeq()).isEqualTo(before);
    assertThat(editions.revisions(number)).hasSize(1);
  }

  @Test
  void an_edition_reads_back_with_every_field() {
    long number = newsroom.draft(Fixtures.transcript(), writer, SET_UP).messageNumber();
    Edition full = new Edition(2, EditionState.WITHDRAWN, Fixtures.transcript().withNumber(number), writer.id(),
        Optional.of(editor.id()), Optional.of(START.plusSeconds(60)), Optional.of(START.plusSeconds(61)),
        Optional.of(ChangeNote.major("The date of the visit was corrected.")), Optional.of("Overtaken by events."));
    Edition minor = new Edition(3, EditionState.DRAFT, Fixtures.transcript().withNumber(number), writer.id(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(ChangeNote.minor()), Optional.empty());
    editions.write(w -> {
      w.insert(full);
      w.insert(minor);
      return null;
    });

    assertThat(editions.edition(number, 2)).contains(full);
    assertThat(editions.edition(number, 3)).contains(minor);
    assertThat(editions.edition(number, 1)).contains(Edition.firstDraft(Fixtures.transcript().withNumber(number), writer));
    assertThat(editions.editions(number)).extracting(Edition::number).containsExactly(1, 2, 3);
    assertThat(editions.editions(number + 1)).isEmpty();
  }

  @Test
  void a_draft_reserves_its_message_number_but_is_not_public() {
    Revision first = newsroom.draft(content("Draft one"), writer, SET_UP);
    Message imported = messages.write(w -> w.add(content("Imported meanwhile")));
    Revision second = newsroom.draft(content("Draft two"), writer, SET_UP);

    assertThat(first.messageNumber()).isEqualTo(1);
    assertThat(imported.number()).as("an import must not take a draft's number").isEqualTo(2);
    assertThat(second.messageNumber()).isEqualTo(3);
    assertThat(visible(1)).isEmpty();
    assertThat(listed()).containsExactly(2L);
  }

  @Test
  void the_messages_with_editions_are_listed_newest_first_up_to_the_limit() {
    long first = newsroom.draft(content("Draft one"), writer, SET_UP).messageNumber();
    messages.write(w -> w.add(content("Imported, no editions")));
    long second = newsroom.draft(content("Draft two"), writer, SET_UP).messageNumber();
    long third = newsroom.draft(content("Draft three"), writer, SET_UP).messageNumber();

    assertThat(editions.messageNumbers(10)).containsExactly(third, second, first);
    assertThat(editions.messageNumbers(2)).containsExactly(third, second);
  }

  @Test
  void every_save_appends_a_revision_listed_in_order() {
    Revision one = newsroom.draft(content("Statement"), writer, SET_UP);
    long number = one.messageNumber();
    clock.advance(Duration.ofMinutes(1));
    Revision two = newsroom.save(number, 1, 1, content("Statement, revised"), writer, SET_UP);
    clock.advance(Duration.ofMinutes(1));
    Revision three = newsroom.save(number, 1, 2, content("Statement, revised again"), editor, SET_UP);

    assertThat(editions.revisions(number)).containsExactly(one, two, three);
    assertThat(three).isEqualTo(new Revision(3, 1, editor.id(), START.plusSeconds(120),
        content("Statement, revised again").withNumber(number)));
    assertThat(editions.revision(number, 2)).contains(two);
    assertThat(editions.revision(number, 2).orElseThrow().content().title()).isEqualTo("Statement, revised");
    assertThat(editions.edition(number, 1).orElseThrow().content()).isEqualTo(three.content());
  }

  @Test
  void a_save_based_on_an_older_revision_is_refused_with_both_versions() {
    long number = newsroom.draft(content("Statement"), writer, SET_UP).messageNumber();
    Revision theirs = newsroom.save(number, 1, 1, content("Their change"), editor, SET_UP);

    assertThatThrownBy(() -> newsroom.save(number, 1, 1, content("My change"), writer, SET_UP))
        .isInstanceOfSatisfying(EditConflict.class, conflict -> {
          assertThat(conflict.latest()).isEqualTo(theirs);
          assertThat(conflict.attempted()).isEqualTo(content("My change").withNumber(number));
          assertThat(conflict.basedOn()).isEqualTo(1);
        })
        .hasMessageContaining("you started from revision 1, and revision 2 was saved");
    assertThat(editions.revisions(number)).hasSize(2);
    assertThat(editions.edition(number, 1).orElseThrow().content().title()).isEqualTo("Their change");
  }

  @Test
  void publishing_puts_the_content_in_the_public_messages() {
    long before = messages.lastChange();
    long number = submitted("Statement on the ferry").messageNumber();

    Edition live = newsroom.publish(number, 1, editor, SET_UP);

    assertThat(live.state()).isEqualTo(EditionState.PUBLISHED);
    assertThat(editions.edition(number, 1)).contains(live);
    assertThat(visible(number)).contains(content("Statement on the ferry").withNumber(number));
    assertThat(listed()).containsExactly(number);
    assertThat(messages.lastChange()).as("the change log moves with the publication").isGreaterThan(before);
  }

  @Test
  void a_new_edition_replaces_the_live_one_only_when_published() {
    long number = submitted("Statement").messageNumber();
    newsroom.publish(number, 1, editor, SET_UP);
    Revision started = newsroom.startNewEdition(number, writer, ChangeNote.major("The time was corrected."), SET_UP);
    newsroom.save(number, 2, started.number(), content("Statement, corrected"), writer, SET_UP);
    newsroom.submit(number, 2, writer, SET_UP);

    assertThat(visible(number).orElseThrow().title()).as("the live edition stays meanwhile").isEqualTo("Statement");
    newsroom.publish(number, 2, editor, SET_UP);

    assertThat(visible(number).orElseThrow().title()).isEqualTo("Statement, corrected");
    assertThat(editions.editions(number)).extracting(Edition::state)
        .containsExactly(EditionState.SUPERSEDED, EditionState.PUBLISHED);
    assertThat(editions.edition(number, 2).orElseThrow().changeNote())
        .contains(ChangeNote.major("The time was corrected."));
    assertThat(listed()).containsExactly(number);
  }

  @Test
  void the_public_updates_are_the_published_major_change_notes_newest_first() {
    long number = submitted("Statement").messageNumber();
    newsroom.publish(number, 1, editor, SET_UP);
    assertThat(messages.updates(number)).as("a first edition notes nothing").isEmpty();

    clock.advance(Duration.ofHours(1));
    Revision major = newsroom.startNewEdition(number, writer, ChangeNote.major("The time was corrected."), SET_UP);
    newsroom.save(number, 2, major.number(), content("Statement, corrected"), writer, SET_UP);
    newsroom.submit(number, 2, writer, SET_UP);
    assertThat(messages.updates(number)).as("not before it is published").isEmpty();
    Instant second = clock.instant();
    newsroom.publish(number, 2, editor, SET_UP);

    clock.advance(Duration.ofHours(1));
    Revision minor = newsroom.startNewEdition(number, writer, ChangeNote.minor(), SET_UP);
    newsroom.submit(number, 3, writer, SET_UP);
    newsroom.publish(number, 3, editor, SET_UP);

    clock.advance(Duration.ofHours(1));
    newsroom.startNewEdition(number, writer, ChangeNote.major("The place was added."), SET_UP);
    newsroom.submit(number, 4, writer, SET_UP);
    Instant fourth = clock.instant();
    newsroom.publish(number, 4, editor, SET_UP);

    assertThat(minor.editionNumber()).isEqualTo(3);
    assertThat(messages.updates(number)).containsExactly(
        new PublicUpdate(fourth, "The place was added."), new PublicUpdate(second, "The time was corrected."));
    assertThat(messages.updates(number + 100)).isEmpty();
  }

  @Test
  void an_imported_message_gets_its_public_content_as_first_edition_when_first_changed() {
    Message imported = messages.write(w -> w.add(Fixtures.transcript()));
    long number = imported.number();
    assertThat(editions.editions(number)).as("an import writes no edition").isEmpty();

    Revision draft = newsroom.startNewEdition(number, writer, ChangeNote.major("The date was corrected."), SET_UP);

    Edition first = editions.edition(number, 1).orElseThrow();
    assertThat(first.state()).isEqualTo(EditionState.PUBLISHED);
    assertThat(first.authorId()).isEqualTo(Edition.IMPORTED);
    assertThat(first.content()).isEqualTo(imported);
    assertThat(editions.revisions(number)).extracting(Revision::number, Revision::editionNumber, Revision::savedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, Edition.IMPORTED),
            org.assertj.core.groups.Tuple.tuple(2, 2, writer.id()));
    assertThat(draft.content()).isEqualTo(imported);

    newsroom.save(number, 2, draft.number(), imported.withLead("A corrected lead."), writer, SET_UP);
    newsroom.submit(number, 2, writer, SET_UP);
    newsroom.publish(number, 2, editor, SET_UP);

    Message live = messages.write(w -> w.stored(number).orElseThrow());
    assertThat(live.lead()).isEqualTo("A corrected lead.");
    assertThat(editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.SUPERSEDED);
    assertThat(messages.updates(number)).extracting(PublicUpdate::note).containsExactly("The date was corrected.");
  }

  @Test
  void an_imported_message_can_be_withdrawn_and_a_missing_one_is_refused() {
    long number = messages.write(w -> w.add(content("Imported statement"))).number();

    newsroom.withdraw(number, editor, "Superseded by the joint statement.", SET_UP);

    assertThat(messages.withdrawal(number)).map(Withdrawal::reason).contains("Superseded by the joint statement.");
    assertThat(editions.editions(number)).extracting(Edition::state).containsExactly(EditionState.WITHDRAWN);
    assertThatThrownBy(() -> newsroom.startNewEdition(number + 50, writer, ChangeNote.minor(), SET_UP))
        .isInstanceOf(WorkflowRefusal.class)
        .hasMessage("There is no message " + (number + 50) + " on the site.");
    assertThat(editions.editions(number + 50)).isEmpty();
  }

  @Test
  void a_discarded_new_edition_leaves_the_live_one_and_a_discarded_first_draft_is_restored_as_a_new_draft() {
    long live = submitted("Statement").messageNumber();
    newsroom.publish(live, 1, editor, SET_UP);
    newsroom.startNewEdition(live, writer, ChangeNote.major("Rewritten."), SET_UP);
    newsroom.discard(live, 2, writer, SET_UP);

    assertThat(editions.edition(live, 2).orElseThrow().state()).isEqualTo(EditionState.DISCARDED);
    assertThat(visible(live)).map(Message::title).contains("Statement");
    assertThat(newsroom.startNewEdition(live, writer, ChangeNote.minor(), SET_UP).editionNumber())
        .as("another edition can be started").isEqualTo(3);

    Revision first = newsroom.draft(content("Never published"), writer, SET_UP);
    long never = first.messageNumber();
    newsroom.discard(never, 1, writer, SET_UP);
    Revision restored = newsroom.restore(never, 1, first.number(), writer, ChangeNote.minor(), SET_UP);

    assertThat(restored.editionNumber()).isEqualTo(2);
    Edition redraft = editions.edition(never, 2).orElseThrow();
    assertThat(redraft.state()).isEqualTo(EditionState.DRAFT);
    assertThat(redraft.changeNote()).as("nothing public to note a change against").isEmpty();
    assertThat(redraft.content()).isEqualTo(content("Never published").withNumber(never));
    assertThat(visible(never)).isEmpty();
  }

  @Test
  void only_one_edition_is_in_progress_at_a_time() {
    long number = submitted("Statement").messageNumber();
    newsroom.publish(number, 1, editor, SET_UP);
    newsroom.startNewEdition(number, writer, ChangeNote.minor(), SET_UP);

    assertThatThrownBy(() -> newsroom.startNewEdition(number, editor, ChangeNote.minor(), SET_UP))
        .isInstanceOf(WorkflowRefusal.class)
        .hasMessage("Edition 2 of this message is already draft; carry on with it instead of starting another.");
  }

  @Test
  void an_earlier_revision_is_restored_as_a_new_draft() {
    long number = submitted("Original").messageNumber();
    newsroom.publish(number, 1, editor, SET_UP);
    Revision second = newsroom.startNewEdition(number, writer, ChangeNote.minor(), SET_UP);
    Revision third = newsroom.save(number, 2, second.number(), content("Rewritten"), writer, SET_UP);
    newsroom.submit(number, 2, writer, SET_UP);
    newsroom.publish(number, 2, editor, SET_UP);

    Revision restored = newsroom.restore(number, 1, third.number(), writer, ChangeNote.major("Back to the original."),
        SET_UP);

    assertThat(restored.number()).isEqualTo(4);
    assertThat(restored.editionNumber()).isEqualTo(3);
    assertThat(restored.content()).isEqualTo(content("Original").withNumber(number));
    assertThat(editions.edition(number, 3).orElseThrow().state()).isEqualTo(EditionState.DRAFT);
    assertThat(visible(number).orElseThrow().title()).as("a restored draft is not live").isEqualTo("Rewritten");

    Revision again = newsroom.restore(number, 3, restored.number(), writer, ChangeNote.minor(), SET_UP);
    assertThat(again.editionNumber()).as("restoring into the draft in progress").isEqualTo(3);
    assertThat(again.content().title()).isEqualTo("Rewritten");
  }

  @Test
  void a_withdrawn_message_stays_listed_with_its_notice() {
    long number = submitted("Statement").messageNumber();
    newsroom.publish(number, 1, editor, SET_UP);
    clock.advance(Duration.ofHours(1));

    newsroom.withdraw(number, editor, "Superseded by the statement of 26 July.", SET_UP);

    assertThat(messages.withdrawal(number))
        .contains(new Withdrawal(START.plus(Duration.ofHours(1)), "Superseded by the statement of 26 July."));
    assertThat(visible(number)).isPresent();
    assertThat(listed()).containsExactly(number);
    assertThat(messages.isRemoved(number)).isFalse();
    assertThat(editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.WITHDRAWN);
  }

  @Test
  void a_removed_message_leaves_every_list_and_the_gap_closes() {
    Message before = messages.write(w -> w.add(Fixtures.simple("Older", TODAY.minusDays(2))));
    long number = newsroom.draft(Fixtures.transcript().withPublished(TODAY.minusDays(1), false), writer, SET_UP)
        .messageNumber();
    newsroom.submit(number, 1, writer, SET_UP);
    newsroom.publish(number, 1, editor, SET_UP);
    Message after = messages.write(w -> w.add(Fixtures.simple("Newer", TODAY)));
    assertThat(listed()).containsExactly(after.number(), number, before.number());

    newsroom.remove(number, editor, "Published in error.", SET_UP);

    assertThat(messages.isRemoved(number)).isTrue();
    assertThat(visible(number)).isEmpty();
    assertThat(listed()).containsExactly(after.number(), before.number());
    assertThat(messages.archive(ArchiveRequest.allMessages(1, TODAY)).total()).isEqualTo(2);
    assertThat(messages.archive(new ArchiveRequest(Optional.of(Fixtures.PRESS), 1, 10, TODAY)).total()).isZero();
    assertThat(messages.sections(TODAY)).doesNotContain(Fixtures.PRESS);
    assertThat(messages.messageForLegacyPath("/fnapr/6443")).as("so that its old path answers 410").contains(number);
    assertThat(messages.isRemoved(before.number())).isFalse();
    assertThat(editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.REMOVED);
    Message later = messages.write(w -> w.add(Fixtures.simple("Latest", TODAY)));
    assertThat(listed()).containsExactly(later.number(), after.number(), before.number());
  }

  @Test
  void a_failing_transaction_leaves_editions_and_messages_as_they_were() {
    long number = submitted("Statement").messageNumber();
    long changes = messages.lastChange();

    assertThatThrownBy(() -> editions.write(w -> {
      w.update(publisher.publish(w.editions(number).get(0), editor));
      w.messages().addReserved(content("Statement").withNumber(number));
      w.appendRevision(w.editions(number).get(0), editor.id(), START);
      throw new IllegalStateException("the disk is full");
    })).hasMessage("the disk is full");

    assertThat(editions.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.SUBMITTED);
    assertThat(editions.revisions(number)).hasSize(1);
    assertThat(visible(number)).isEmpty();
    assertThat(messages.lastChange()).isEqualTo(changes);
  }

  @Test
  void scheduled_editions_go_live_when_due_and_only_approved_ones() {
    ScheduledPublishing scheduled = new ScheduledPublishing(editions, publisher, clock);
    long soon = submitted("Soon").messageNumber();
    long later = submitted("Later").messageNumber();
    long submittedOnly = submitted("Submitted only").messageNumber();
    long draftOnly = newsroom.draft(content("Draft only"), writer, SET_UP).messageNumber();
    newsroom.schedule(soon, 1, editor, START.plus(Duration.ofMinutes(10)), SET_UP);
    newsroom.schedule(later, 1, editor, START.plus(Duration.ofHours(2)), SET_UP);

    assertThat(scheduled.publishDue()).isZero();
    clock.advance(Duration.ofMinutes(10));
    assertThat(scheduled.publishDue()).isEqualTo(1);
    assertThat(scheduled.publishDue()).as("idempotent").isZero();

    assertThat(visible(soon)).isPresent();
    assertThat(editions.edition(soon, 1).orElseThrow().publishedAt()).contains(START.plus(Duration.ofMinutes(10)));
    assertThat(visible(later)).isEmpty();
    clock.advance(Duration.ofDays(30));
    assertThat(scheduled.publishDue()).isEqualTo(1);
    assertThat(listed()).containsExactly(later, soon);
    assertThat(visible(submittedOnly)).isEmpty();
    assertThat(visible(draftOnly)).isEmpty();
  }

  @Test
  void an_unscheduled_edition_does_not_go_live() {
    ScheduledPublishing scheduled = new ScheduledPublishing(editions, publisher, clock);
    long number = submitted("Statement").messageNumber();
    newsroom.schedule(number, 1, editor, START.plus(Duration.ofMinutes(10)), SET_UP);
    newsroom.unschedule(number, 1, editor, SET_UP);
    clock.advance(Duration.ofHours(1));

    assertThat(scheduled.publishDue()).isZero();
    assertThat(visible(number)).isEmpty();
  }
}
