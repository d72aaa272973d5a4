package org.chancery.content;

import java.util.Objects;

/**
 * What changed in a new edition of a published message. A major change is told to readers on
 * the message's page ("Updated 3 May 2026: the date of the visit was corrected"); a minor one (a
 * typo) is not.
 *
 * @param major whether readers are told
 * @param text the public sentence; required for a major change, may be empty for a minor one
 */
public record ChangeNote(boolean major, String text) {

  public ChangeNote {
    Objects.requireNonNull(text, "text");
    text = Text.squeeze(text);
    if (major && text.isEmpty()) {
      throw new WorkflowRefusal(WorkflowRefusal.Reason.NOTE_MISSING);
    }
  }

  public static ChangeNote major(String text) {
    return new ChangeNote(true, text);
  }

  public static ChangeNote minor() {
    return new ChangeNote(false, "");
  }
}
