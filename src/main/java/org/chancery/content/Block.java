package org.chancery.content;

import java.util.List;
import java.util.Objects;

/** One block of a message's body: a plain paragraph, or a speaker's turn in a transcript. */
public sealed interface Block {

  /** The text of the block as a reader sees it, the speaker's label included. */
  String plainText();

  /** A paragraph of running text. */
  record Paragraph(String text) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String plainText() {
      return text;
    }
  }

  /**
   * What one speaker said before the next one spoke, which may run over several paragraphs.
   *
   * @param speaker who spoke
   * @param paragraphs what was said, at least one paragraph, without the speaker's label
   */
  record Turn(Speaker speaker, List<String> paragraphs) implements Block {
    public Turn {
      Objects.requireNonNull(speaker, "speaker");
      paragraphs = List.copyOf(paragraphs);
      if (paragraphs.isEmpty()) {
        throw new IllegalArgumentException("a turn of " + speaker.name() + " needs at least one paragraph");
      }
    }

    @Override
    public String plainText() {
      return speaker.name() + ": " + String.join("\n\n", paragraphs);
    }
  }
}
