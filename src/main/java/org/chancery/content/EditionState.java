package org.chancery.content;

/**
 * Where an edition of a message stands in the workflow. See docs/edition-workflow.md for the
 * diagram.
 */
public enum EditionState {
  DRAFT("Draft", "being written; only the press office sees it"),
  SUBMITTED("Submitted", "waiting for another editor's review"),
  REJECTED("Rejected", "sent back to its writer with a reason"),
  SCHEDULED("Scheduled", "approved, and goes live at its scheduled time"),
  PUBLISHED("Published", "live on the site"),
  SUPERSEDED("Superseded", "was live until a newer edition was published"),
  WITHDRAWN("Withdrawn", "its page stays, with a notice and the reason"),
  REMOVED("Removed", "published in error; its page answers 410 Gone"),
  DISCARDED("Discarded", "set aside before it went live; its revisions stay in the history");

  private final String label;
  private final String explanation;

  EditionState(String label, String explanation) {
    this.label = label;
    this.explanation = explanation;
  }

  public String label() {
    return label;
  }

  public String explanation() {
    return explanation;
  }

  /** Whether the edition can still be changed by its writer. */
  public boolean isEditable() {
    return this == DRAFT || this == REJECTED;
  }

  /** Whether the edition is on its way to going live: at most one edition of a message is. */
  public boolean isInProgress() {
    return this == DRAFT || this == SUBMITTED || this == REJECTED || this == SCHEDULED;
  }

  /** Whether readers see this edition (withdrawn ones with their notice). */
  public boolean isPublic() {
    return this == PUBLISHED || this == WITHDRAWN;
  }
}
