package org.chancery.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of a message: an ordered list of paragraphs and speaker turns.
 *
 * <p>Build one from plain paragraphs with {@link #of(List)}: a paragraph that opens a turn (see
 * {@link TurnRules}) starts a new turn, and the paragraphs after it belong to that turn until the
 * next one opens. A closing "To be continued..." stays a paragraph of its own, outside any turn.
 */
public record Body(List<Block> blocks) {

  public static final Body EMPTY = new Body(List.of());

  private static final Pattern TO_BE_CONTINUED =
      Pattern.compile("(?i)^\\(?to be continued[.\u2026]*\\)?$|^(?i)продолжение следует[.\u2026]*$");

  public Body {
    blocks = List.copyOf(blocks);
  }

  /** The body these paragraphs make, with speaker turns recognised. Blank paragraphs are dropped. */
  public static Body of(List<String> paragraphs) {
    List<Block> blocks = new ArrayList<>();
    Speaker speaker = null;
    List<String> said = new ArrayList<>();
    for (String raw : paragraphs) {
      String paragraph = Text.squeeze(raw);
      if (paragraph.isEmpty()) {
        continue;
      }
      Optional<TurnRules.Opening> opening = TurnRules.opening(paragraph);
      boolean closesTurn = opening.isPresent() || TO_BE_CONTINUED.matcher(paragraph).matches();
      if (speaker != null && closesTurn) {
        blocks.add(new Block.Turn(speaker, said));
        speaker = null;
        said = new ArrayList<>();
      }
      if (opening.isPresent()) {
        speaker = opening.get().speaker();
        said.add(opening.get().words());
      } else if (speaker != null) {
        said.add(paragraph);
      } else {
        blocks.add(new Block.Paragraph(paragraph));
      }
    }
    if (speaker != null) {
      blocks.add(new Block.Turn(speaker, said));
    }
    return new Body(blocks);
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** Whether any block is a speaker's turn. */
  public boolean isTranscript() {
    return blocks.stream().anyMatch(b -> b instanceof Block.Turn);
  }

  /** Every speaker of this body once, in order of first appearance. */
  public List<Speaker> speakers() {
    Set<Speaker> speakers = new LinkedHashSet<>();
    for (Block block : blocks) {
      if (block instanceof Block.Turn turn) {
        speakers.add(turn.speaker());
      }
    }
    return List.copyOf(speakers);
  }

  /** Whether the body ends with "To be continued...", promising a later message. */
  public boolean isContinued() {
    return !blocks.isEmpty()
        && blocks.get(blocks.size() - 1) instanceof Block.Paragraph last
        && TO_BE_CONTINUED.matcher(last.text()).matches();
  }

  /**
   * The lead shown under the title in lists: the first paragraph; in a transcript that opens with
   * a question, the question and the first paragraph of the answer on one line.
   */
  public String lead() {
    if (blocks.isEmpty()) {
      return "";
    }
    Block first = blocks.get(0);
    if (first instanceof Block.Turn question && blocks.size() > 1 && blocks.get(1) instanceof Block.Turn answer) {
      return opening(question) + " " + opening(answer);
    }
    return first instanceof Block.Turn turn ? opening(turn) : first.plainText();
  }

  private static String opening(Block.Turn turn) {
    return turn.speaker().name() + ": " + turn.paragraphs().get(0);
  }

  /** All paragraphs as plain text, each turn's label on its first paragraph. */
  public List<String> paragraphs() {
    List<String> out = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Block.Turn turn) {
        out.add(opening(turn));
        out.addAll(turn.paragraphs().subList(1, turn.paragraphs().size()));
      } else {
        out.add(block.plainText());
      }
    }
    return out;
  }
}
