package org.chancery.content;

/**
 * An editorial action that the workflow does not allow, with a sentence the editor can act on
 * ("A draft cannot be scheduled before it is approved."). Shown in the console as it is.
 */
public final class WorkflowRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WorkflowRefusal(String sentence) {
    super(sentence);
  }
}
