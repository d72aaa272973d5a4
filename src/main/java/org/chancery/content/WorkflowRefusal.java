package org.chancery.content;

/**
 * An editorial action that the workflow does not allow, with a sentence the editor can act on
 * ("A draft cannot be scheduled before it is approved: submit it for review first."). The console
 * shows it in its own language by the reason's key ({@code console.refusal.workflow.*}); an
 * {@link EditionState}, {@link Role} or {@link Act} among the arguments is named in that language
 * too.
 */
public final class WorkflowRefusal extends Refusal {

  private static final long serialVersionUID = 1L;

  /** Why an editorial action was refused. */
  public enum Reason implements Refusal.Reason {
    LIVE_NOT_EDITABLE("workflow.live-not-editable",
        "A {0} edition cannot be changed. Start a new edition to change a live message."),
    NOT_EDITABLE("workflow.not-editable", "A {0} edition cannot be changed. Wait for its review."),
    SUBMIT_ONLY_DRAFT("workflow.submit-only-draft", "Only a draft can be submitted for review; this edition is {0}."),
    REJECT_WITHOUT_REASON("workflow.reject-without-reason",
        "Say why the edition is rejected, so that its writer can put it right."),
    SCHEDULE_IN_THE_PAST("workflow.schedule-in-the-past",
        "An edition can only be scheduled for a time still to come; {0} has passed. Publish it now instead."),
    UNSCHEDULE_ONLY_SCHEDULED("workflow.unschedule-only-scheduled",
        "Only a scheduled edition can be unscheduled; this one is {0}."),
    WITHDRAW_ONLY_PUBLISHED("workflow.withdraw-only-published",
        "Only a published message can be withdrawn; this edition is {0}."),
    WITHDRAW_WITHOUT_REASON("workflow.withdraw-without-reason",
        "Say why the message is withdrawn: readers see the reason on its page."),
    REMOVE_ONLY_PUBLIC("workflow.remove-only-public",
        "Only a published or withdrawn message can be removed; this edition is {0}. Discard the draft instead."),
    REMOVE_WITHOUT_REASON("workflow.remove-without-reason",
        "Say why the message is removed; the reason is kept in its history."),
    DISCARD_SCHEDULED("workflow.discard-scheduled", "A scheduled edition cannot be discarded: unschedule it first."),
    DISCARD_LIVE("workflow.discard-live", "Only an edition that has not gone live can be discarded; this one is {0}. "
        + "Withdraw or remove the message instead."),
    DISCARD_ENDED("workflow.discard-ended", "Only an edition that has not gone live can be discarded; this one is {0}."),
    NEW_EDITION_ONLY_FROM_LIVE("workflow.new-edition-only-from-live",
        "A new edition can only be started from the live one; this edition is {0}."),
    NOT_YET_APPROVED("workflow.not-yet-approved",
        "A draft cannot be {0} before it is approved: submit it for review first."),
    NOT_SUBMITTED("workflow.not-submitted", "Only an edition submitted for review can be {0}; this one is {1}."),
    OWN_WORK("workflow.own-work", "You wrote this edition, so another editor must review it."),
    EDITORS_ONLY("workflow.editors-only", "Only an editor can {0} a message; you are signed in as a {1}."),
    WRITER_OR_EDITOR("workflow.writer-or-editor", "Only its writer or an editor can {0} this edition."),
    NOTE_MISSING("workflow.note-missing", "A major change needs a note for readers saying what changed."),
    CHANGE_NOT_CHOSEN("workflow.change-not-chosen", "Choose whether the change is major or minor."),
    NO_REVISION("workflow.no-revision", "Message {0,number,#} has no revision {1,number,#} to restore."),
    NO_EDITION("workflow.no-edition", "Message {0,number,#} has no edition {1,number,#}."),
    NO_LIVE_EDITION("workflow.no-live-edition", "Message {0,number,#} has no live edition."),
    NO_SUCH_MESSAGE("workflow.no-such-message", "There is no message {0,number,#} on the site."),
    ALREADY_IN_PROGRESS("workflow.already-in-progress",
        "Edition {0,number,#} of this message is already {1}; carry on with it instead of starting another.");

    private final Wording wording;

    Reason(String key, String sentence) {
      this.wording = new Wording(key, sentence);
    }

    @Override
    public Wording wording() {
      return wording;
    }
  }

  /**
   * The action a refusal names. English needs the past participle after "cannot be" and the
   * infinitive after "can", and the workflow's sentences use each act in one form only: that form
   * is {@link #toString()}, so the English sentence reads right.
   */
  public enum Act {
    PUBLISHED("published"),
    SCHEDULED("scheduled"),
    REJECTED("rejected"),
    CHANGE("change"),
    SUBMIT("submit"),
    DISCARD("discard"),
    REVIEW("review"),
    UNSCHEDULE("unschedule"),
    WITHDRAW("withdraw"),
    REMOVE("remove");

    private final String english;

    Act(String english) {
      this.english = english;
    }

    @Override
    public String toString() {
      return english;
    }
  }

  public WorkflowRefusal(Reason reason, Object... arguments) {
    super(reason, english(arguments), arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }

  /** States and roles as the English sentence names them: "draft", "writer". */
  private static Object[] english(Object[] arguments) {
    Object[] named = arguments.clone();
    for (int i = 0; i < named.length; i++) {
      if (named[i] instanceof EditionState state) {
        named[i] = state.label().toLowerCase(java.util.Locale.ROOT);
      } else if (named[i] instanceof Role role) {
        named[i] = role.label().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return named;
  }
}
