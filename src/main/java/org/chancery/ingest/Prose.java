package org.chancery.ingest;

import java.time.LocalDate;
import org.chancery.content.Kind;
import org.chancery.content.Speaker;

/**
 * The text of synthetic messages in one language: titles for each {@link Kind}, sentences,
 * questions. No sentence holds a colon, so no paragraph of a body can be mistaken for the opening
 * of a speaker's turn when an editor opens the message in the console.
 */
interface Prose {

  /** The ISO 639 code of the language. */
  String language();

  /** A title of this kind, without the event at its end; {@code person} is whoever it names. */
  String title(Kind kind, Dice dice, Cast.Person person);

  /** A few words that lengthen any title of this language without spoiling it. */
  String titleTail(Dice dice);

  /** The end of a title that names the event's place and date: ", Velgrad, March 3, 2014". */
  String titleEvent(Cast.City city, LocalDate date);

  /** One sentence; {@code person} is whoever speaks or is spoken of. */
  String sentence(Dice dice, Cast.Person person);

  /** A question put to {@code person}. */
  String question(Dice dice, Cast.Person person);

  Speaker speaker(Cast.Person person);

  /** The anonymous questioner: "Question", "Вопрос". */
  Speaker questioner();

  /** The anonymous answerer: "Answer", "Ответ". */
  Speaker answerer();

  /** A paragraph of {@code min} to {@code max} sentences, the shorter ones more likely. */
  default String paragraph(Dice dice, Cast.Person person, int min, int max) {
    int sentences = dice.skewed(min, max, 1.6);
    StringBuilder text = new StringBuilder(sentences * 120);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(sentence(dice, person));
    }
    return text.toString();
  }

  /** The text with its first letter in upper case. */
  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
