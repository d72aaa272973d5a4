package org.chancery.site;

import java.util.List;

/**
 * A message as its page shows it.
 *
 * @param sectionHeading the section's name in capitals, as the item pages of the old site head a message
 * @param sectionPath the section's archive
 * @param date the publication date as dd.mm.yyyy
 * @param isoDate the same date as yyyy-mm-dd, for {@code <time datetime>}
 * @param lang the message's language, for {@code lang} on the article
 * @param withdrawalNotice for a withdrawn message, the sentence telling readers when and why
 * @param updates the public change notes, newest first ("Updated 3 May 2026: ...")
 */
public record MessageView(String title, String sectionHeading, String sectionPath, String date, String isoDate, String lang,
    java.util.Optional<String> withdrawalNotice, List<String> updates, List<LanguageLink> languages,
    List<BlockView> blocks) {

  public MessageView {
    updates = List.copyOf(updates);
    languages = List.copyOf(languages);
    blocks = List.copyOf(blocks);
  }

  /**
   * The same message in another language: the original of a translation, or a translation.
   *
   * @param lang the ISO 639 code, for hreflang
   * @param name the language's name in that language, e.g. "Русский"
   */
  public record LanguageLink(String lang, String name, String path) {}

  /** One block of the body. */
  public sealed interface BlockView permits ParagraphView, TurnView {}

  public record ParagraphView(String text) implements BlockView {}

  /**
   * A speaker's turn.
   *
   * @param id the anchor that links to the turn, e.g. "turn-3" for the third turn
   * @param speakerLabel the speaker's name with its colon, "Question:"
   * @param opening the first paragraph, which the label starts
   * @param more the turn's further paragraphs
   */
  public record TurnView(String id, String speakerLabel, String opening, List<String> more) implements BlockView {
    public TurnView {
      more = List.copyOf(more);
    }
  }
}
