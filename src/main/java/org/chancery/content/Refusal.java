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

  /** Why something was refused: each reason enum holds its {@link Wording}. */
  public interface Reason {

    Wording wording();

    /** A short stable name, e.g. "name-taken", under which the console keeps its translation. */
    default String key() {
      return wording().key();
    }

    /** The English sentence, a {@link MessageFormat} pattern over the refusal's arguments. */
    default String sentence() {
      return wording().sentence();
    }
  }

  /** A reason's key and English sentence. */
  public record Wording(String key, String sentence) {}

  private final Reason reason;
  private final List<Object> arguments;

  protected Refusal(Reason reason, Object... arguments) {
    this(reason, arguments, arguments);
  }

  /**
   * @param english the arguments as the English message names them
   * @param arguments the arguments as they are, for the console to name in its language
   */
  protected Refusal(Reason reason, Object[] english, Object[] arguments) {
    super(new MessageFormat(reason.sentence(), Locale.ENGLISH).format(english));
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
