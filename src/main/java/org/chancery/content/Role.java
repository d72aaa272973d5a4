package org.chancery.content;

/**
 * What a member of the press office may do in the console. Each role can do everything the one
 * before it can.
 */
public enum Role {
  WRITER("Writer", "writes drafts and submits them for review"),
  EDITOR("Editor", "reviews, publishes, schedules and withdraws"),
  ADMIN("Administrator", "also manages accounts, the masthead, sections and the audit log");

  private final String label;
  private final String explanation;

  Role(String label, String explanation) {
    this.label = label;
    this.explanation = explanation;
  }

  public String label() {
    return label;
  }

  public String explanation() {
    return explanation;
  }

  /** Whether this role may review, publish, schedule and withdraw other people's work. */
  public boolean canReview() {
    return this != WRITER;
  }

  /** Whether this role may manage accounts and site settings. */
  public boolean canAdminister() {
    return this == ADMIN;
  }
}
