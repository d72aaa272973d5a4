package org.chancery.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublisherTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  private final Publisher publisher = new Publisher(Clock.fixed(NOW, ZoneOffset.UTC));
  private final Account writer = new Account(1, "wanda", Role.WRITER);
  private final Account editor = new Account(2, "ed", Role.EDITOR);
  private final Account otherEditor = new Account(3, "edna", Role.EDITOR);
  private final Message text = Message.create(Section.NEWS, "Statement on the ferry service",
      LocalDate.of(2026, 11, 20), Body.of(List.of("The ferry runs again.")));

  private Edition submittedByWriter() {
    return publisher.submit(Edition.firstDraft(text, writer), writer);
  }

  @Test
  void an_edition_not_yet_live_is_discarded_by_its_writer_or_an_editor() {
    Account secondWriter = new Account(4, "walt", Role.WRITER);
    Edition draft = Edition.firstDraft(text, writer);

    assertThat(publisher.discard(draft, writer).state()).isEqualTo(EditionState.DISCARDED);
    assertThat(publisher.discard(submittedByWriter(), editor).state()).isEqualTo(EditionState.DISCARDED);
    assertThatThrownBy(() -> publisher.discard(draft, secondWriter))
        .isInstanceOf(WorkflowRefusal.class)
        .hasMessage("Only its writer or an editor can discard this edition.");
  }

  @Test
  void a_scheduled_or_live_edition_is_not_discarded() {
    Edition scheduled = publisher.schedule(submittedByWriter(), editor, NOW.plusSeconds(3600));
    Edition published = publisher.publish(submittedByWriter(), editor);

    assertThatThrownBy(() -> publisher.discard(scheduled, editor))
        .hasMessage("A scheduled edition cannot be discarded: unschedule it first.");
    assertThatThrownBy(() -> publisher.discard(published, editor))
        .hasMessage("Only an edition that has not gone live can be discarded; this one is published. "
            + "Withdraw or remove the message instead.");
    assertThatThrownBy(() -> publisher.discard(publisher.discard(Edition.firstDraft(text, writer), writer), writer))
        .hasMessage("Only an edition that has not gone live can be discarded; this one is discarded.");
  }

  @Test
  void a_writer_submits_and_an_editor_publishes() {
    Edition published = publisher.publish(submittedByWriter(), editor);

    assertThat(published.state()).isEqualTo(EditionState.PUBLISHED);
    assertThat(published.publishedAt()).contains(NOW);
    assertThat(published.reviewerId()).contains(editor.id());
  }

  @Test
  void nobody_reviews_their_own_work_whatever_their_role() {
    Edition ownDraft = publisher.submit(Edition.firstDraft(text, editor), editor);

    assertThatThrownBy(() -> publisher.publish(ownDraft, editor))
        .isInstanceOf(WorkflowRefusal.class)
        .hasMessage("You wrote this edition, so another editor must review it.");
    assertThat(publisher.publish(ownDraft, otherEditor).state()).isEqualTo(EditionState.PUBLISHED);
  }

  @Test
  void a_writer_cannot_review() {
    Account secondWriter = new Account(4, "walt", Role.WRITER);

    assertThatThrownBy(() -> publisher.publish(submittedByWriter(), secondWriter))
        .hasMessage("Only an editor can review a message; you are signed in as a writer.");
  }

  @Test
  void a_draft_cannot_be_scheduled_or_published_before_it_is_approved() {
    Edition draft = Edition.firstDraft(text, writer);

    assertThatThrownBy(() -> publisher.schedule(draft, editor, NOW.plusSeconds(3600)))
        .hasMessage("A draft cannot be scheduled before it is approved: submit it for review first.");
    assertThatThrownBy(() -> publisher.publish(draft, editor))
        .hasMessage("A draft cannot be published before it is approved: submit it for review first.");
  }

  @Test
  void a_scheduled_edition_goes_live_at_its_time_and_not_before() {
    Instant at = NOW.plusSeconds(3600);
    Edition scheduled = publisher.schedule(submittedByWriter(), editor, at);

    assertThat(publisher.publishIfDue(scheduled)).isSameAs(scheduled);
    Publisher later = new Publisher(Clock.fixed(at, ZoneOffset.UTC));
    Edition live = later.publishIfDue(scheduled);
    assertThat(live.state()).isEqualTo(EditionState.PUBLISHED);
    assertThat(live.publishedAt()).contains(at);
  }

  @Test
  void only_approved_work_goes_live_on_schedule() {
    Edition draft = Edition.firstDraft(text, writer);
    Edition submitted = submittedByWriter();

    assertThat(publisher.publishIfDue(draft)).isSameAs(draft);
    assertThat(publisher.publishIfDue(submitted)).isSameAs(submitted);
  }

  @Test
  void scheduling_in_the_past_is_refused() {
    assertThatThrownBy(() -> publisher.schedule(submittedByWriter(), editor, NOW))
        .hasMessage("An edition can only be scheduled for a time still to come; 2026-11-20T10:00:00Z has passed."
            + " Publish it now instead.");
  }

  @Test
  void an_unscheduled_edition_goes_back_to_review() {
    Edition scheduled = publisher.schedule(submittedByWriter(), editor, NOW.plusSeconds(60));

    Edition back = publisher.unschedule(scheduled, editor);

    assertThat(back.state()).isEqualTo(EditionState.SUBMITTED);
    assertThat(back.scheduledAt()).isEmpty();
  }

  @Test
  void a_rejection_needs_a_reason_and_the_writer_edits_it_into_a_draft_again() {
    assertThatThrownBy(() -> publisher.reject(submittedByWriter(), editor, "  "))
        .hasMessage("Say why the edition is rejected, so that its writer can put it right.");

    Edition rejected = publisher.reject(submittedByWriter(), editor, "The date of the visit is wrong.");
    assertThat(rejected.state()).isEqualTo(EditionState.REJECTED);
    assertThat(rejected.reason()).contains("The date of the visit is wrong.");

    Edition fixed = publisher.edit(rejected, writer, text.withLead("Corrected."));
    assertThat(fixed.state()).isEqualTo(EditionState.DRAFT);
    assertThat(publisher.submit(fixed, writer).state()).isEqualTo(EditionState.SUBMITTED);
  }

  @Test
  void a_live_edition_is_changed_through_a_new_edition_with_a_change_note() {
    Edition live = publisher.publish(submittedByWriter(), editor);

    assertThatThrownBy(() -> publisher.edit(live, editor, text))
        .hasMessage("A published edition cannot be changed. Start a new edition to change a live message.");
    Edition next = publisher.startNewEdition(live, 2, writer, ChangeNote.major("The time of the crossing was corrected."));
    assertThat(next.number()).isEqualTo(2);
    assertThat(next.state()).isEqualTo(EditionState.DRAFT);
    assertThat(next.changeNote()).contains(ChangeNote.major("The time of the crossing was corrected."));
    assertThat(live.state()).as("the live edition stays until the new one is published").isEqualTo(EditionState.PUBLISHED);
    assertThat(publisher.supersede(live).state()).isEqualTo(EditionState.SUPERSEDED);
  }

  @Test
  void a_major_change_needs_a_note_a_minor_one_does_not() {
    assertThatThrownBy(() -> ChangeNote.major(" "))
        .hasMessage("A major change needs a note for readers saying what changed.");
    assertThat(ChangeNote.minor().text()).isEmpty();
  }

  @Test
  void withdrawal_keeps_the_page_with_a_reason_and_removal_takes_it_away() {
    Edition live = publisher.publish(submittedByWriter(), editor);

    assertThatThrownBy(() -> publisher.withdraw(live, writer, "Superseded by events."))
        .hasMessage("Only an editor can withdraw a message; you are signed in as a writer.");
    Edition withdrawn = publisher.withdraw(live, editor, "Superseded by the statement of 21 November.");
    assertThat(withdrawn.state()).isEqualTo(EditionState.WITHDRAWN);
    assertThat(withdrawn.state().isPublic()).isTrue();
    assertThat(publisher.remove(withdrawn, editor, "Published in error.").state()).isEqualTo(EditionState.REMOVED);
    assertThatThrownBy(() -> publisher.withdraw(Edition.firstDraft(text, writer), editor, "why"))
        .hasMessage("Only a published message can be withdrawn; this edition is draft.");
  }
}
