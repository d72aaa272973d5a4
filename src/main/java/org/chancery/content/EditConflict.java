package org.chancery.content;

import java.util.Objects;

/**
 * A save refused because someone else saved the message after the version the editor started
 * from. Nothing was written; the console shows both versions so the editor can merge them by
 * hand and save again, based on {@link #latest()}.
 */
public final class EditConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Revision latest;
  private final transient Message attempted;
  private final int basedOn;

  /**
   * @param latest the revision saved meanwhile, the newest there is
   * @param attempted the content whose save was refused
   * @param basedOn the revision the refused save started from
   */
  public EditConflict(Revision latest, Message attempted, int basedOn) {
    super("This message was changed by someone else while you were editing it: you started from revision "
        + basedOn + ", and revision " + Objects.requireNonNull(latest, "latest").number() + " was saved at "
        + latest.savedAt() + ". Compare the two versions, then save again.");
    this.latest = latest;
    this.attempted = Objects.requireNonNull(attempted, "attempted");
    this.basedOn = basedOn;
  }

  /** The newest revision, saved by someone else after {@link #basedOn()}. */
  public Revision latest() {
    return latest;
  }

  /** The content the editor tried to save. */
  public Message attempted() {
    return attempted;
  }

  /** The revision the refused save started from. */
  public int basedOn() {
    return basedOn;
  }
}
