package org.chancery.content;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which paragraphs of a transcript open a speaker's turn.
 *
 * <p>"Question:", "Answer:", "Q:", "A:", "Q.:" and "A.:" always do. So does a speaker's name
 * followed by a colon: "Sergei Ivanov:", "President of Ruritania Anna Holm:". What keeps
 * "The third challenge: ..." and "One more statement about X: ..." out is the shape of a name:
 * every word capitalised, except a few particles ("of", "the", "de", "von", ...), no digits, at
 * most eight words, full stops only in initials and short titles ("M.V. Petrova", "Mr. Hale"),
 * and a first word that is not a common sentence opener. A remark in brackets may follow the
 * name ("Ilse Varga (in English):"); it stays in the label but not in the speaker's identity.
 * The Russian "Вопрос:" and "Ответ:" are the questioner and the answerer too.
 */
final class TurnRules {

  private static final Pattern ANONYMOUS = Pattern.compile(
      "^(Question|Answer|Q\\.?|A\\.?|Вопрос|Ответ)\\s*:\\s*(.*)$",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A name, an optional remark in brackets ("(in English)"), a colon, then the words said. */
  private static final Pattern NAMED =
      Pattern.compile("^([^:!?;,\"()\\d]{2,80}?)(\\s*\\([^()]{1,40}\\))?\\s*:\\s+(\\S.*)$", Pattern.DOTALL);

  /** A word with a full stop in a name: an initial or initials ("M.", "M.V.") or a short title ("Mr.", "Dr."). */
  private static final Pattern ABBREVIATION = Pattern.compile("(\\p{Lu}\\.)+|\\p{Lu}\\p{Ll}{0,2}\\.");

  private static final Set<String> PARTICLES =
      Set.of("of", "the", "for", "and", "de", "da", "del", "der", "di", "du", "van", "von", "al", "bin", "ibn", "la", "le");

  /** Capitalised words that open sentences far more often than they open a name. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "The", "A", "An", "One", "This", "That", "These", "Those", "It", "Its", "In", "On", "At",
      "As", "For", "And", "But", "Or", "So", "We", "I", "You", "He", "She", "They", "Our", "My",
      "There", "Here", "Note", "Please", "PS", "P.S", "Update", "Background", "Summary", "Example",
      "Result", "Results", "Conclusion", "Why", "What", "When", "Where", "How", "Who", "Today",
      "Yesterday", "Tomorrow", "First", "Second", "Third", "Finally", "Also", "Then", "Now",
      "Important", "Warning", "Topic", "Subject", "Quote", "Source", "Sources", "Photo", "Video");

  private TurnRules() {}

  /** The turn this paragraph opens: its speaker and the first paragraph of what was said. */
  static Optional<Opening> opening(String paragraph) {
    String text = paragraph.strip();
    Matcher anonymous = ANONYMOUS.matcher(text);
    if (anonymous.matches() && !anonymous.group(2).isBlank()) {
      return Optional.of(new Opening(Speaker.labelled(anonymous.group(1)), anonymous.group(2).strip()));
    }
    Matcher named = NAMED.matcher(text);
    if (named.matches() && looksLikeName(named.group(1))) {
      String label = named.group(1) + (named.group(2) == null ? "" : " " + named.group(2).strip());
      return Optional.of(new Opening(Speaker.labelled(label), named.group(3).strip()));
    }
    return Optional.empty();
  }

  static boolean looksLikeName(String candidate) {
    String[] words = Text.squeeze(candidate).split(" ");
    if (words.length > 8 || SENTENCE_OPENERS.contains(words[0])) {
      return false;
    }
    int capitalised = 0;
    for (String word : words) {
      if (PARTICLES.contains(word)) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0))
          || (word.indexOf('.') >= 0 && !ABBREVIATION.matcher(word).matches())) {
        return false;
      }
      capitalised++;
    }
    return capitalised > 0 && !PARTICLES.contains(words[words.length - 1]);
  }

  /** A paragraph that opens a turn, split into the speaker and the words after the colon. */
  record Opening(Speaker speaker, String words) {}
}
