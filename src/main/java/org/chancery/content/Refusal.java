package org.chancery.content;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A change that the rules do not allow, with its reason. The message is the reason's English
 * sentence for the command line and the logs; the console shows the same reason in its own
 * language by {@link Reason#key()}, filling in {@link #arguments()}. Each kind of refusal is a
 * subclass with an enum of its reasons, so a caller catches the kind it expects.
 */
public abstract class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why something was refused. */
  public interface Reason {

    /** A short stable name, e.g. "name-taken", under which the console keeps its translation. */
    String key();

    /** The English sentence, a {@link MessageFormat} pattern over the refusal's arguments. */
    String sentence();
  }

  private final Reason reason;
  private final List<Object> arguments;

  protected Refusal(Reason reason, Object... arguments) {
    super(new MessageFormat(reason.sentence(), Locale.ENGLISH).format(arguments));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.arguments = List.of(arguments);
  }

  /** Why it was refused; subclasses narrow this to their own enum. */
  public Reason reason() {
    return reason;
  }

  /** The values the sentence names, in order: {0}, {1}... */
  public List<Object> arguments() {
    return arguments;
  }
}
