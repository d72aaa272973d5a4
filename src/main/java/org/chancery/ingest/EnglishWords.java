package org.chancery.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English vocabulary of synthetic archives, from {@code /synthetic/english.txt}, with the
 * forms the sentences need: plurals, and the third person, past and participle of verbs, made by
 * the spelling rules unless the list gives them.
 */
final class EnglishWords {

  /** A noun; a mass noun has no plural and takes no "a". */
  record Noun(String singular, String plural, boolean countable) {}

  /** A transitive verb, perhaps with its preposition: "comply with". */
  record Verb(String base, String third, String past, String participle) {}

  /** Words that take "a" though they start with a vowel, or "an" though they start with a consonant. */
  private static final Set<String> A_BEFORE_VOWEL = Set.of("uni", "use", "usu", "eur", "one", "uti", "ura");
  private static final Set<String> AN_BEFORE_CONSONANT = Set.of("hon", "hou", "hei");

  final Zipf<Noun> nouns;
  final Zipf<Noun> massNouns;
  final Zipf<String> adjectives;
  final Zipf<Verb> verbs;
  final Zipf<String> adverbs;

  private EnglishWords(WordList list) {
    nouns = new Zipf<>(nouns(list.entries("noun"), true));
    massNouns = new Zipf<>(nouns(list.entries("mass"), false));
    adjectives = new Zipf<>(list.entries("adjective"));
    verbs = new Zipf<>(verbs(list.entries("verb")));
    adverbs = new Zipf<>(list.entries("adverb"));
  }

  static EnglishWords load() {
    return new EnglishWords(WordList.read("english.txt"));
  }

  /** "a" or "an" and the phrase, as the phrase's first sound wants. */
  static String withArticle(String phrase) {
    String start = phrase.length() >= 3 ? phrase.substring(0, 3).toLowerCase(Locale.ROOT) : phrase.toLowerCase(Locale.ROOT);
    boolean vowel = "aeiou".indexOf(start.charAt(0)) >= 0;
    boolean an = vowel ? !A_BEFORE_VOWEL.contains(start) : AN_BEFORE_CONSONANT.contains(start);
    return (an ? "an " : "a ") + phrase;
  }

  private static List<Noun> nouns(List<String> entries, boolean countable) {
    Map<String, Noun> byLemma = new LinkedHashMap<>();
    for (String entry : entries) {
      String[] forms = entry.split("/");
      String plural = !countable ? forms[0] : forms.length > 1 ? forms[1] : plural(forms[0]);
      byLemma.putIfAbsent(forms[0], new Noun(forms[0], plural, countable));
    }
    return new ArrayList<>(byLemma.values());
  }

  private static List<Verb> verbs(List<String> entries) {
    Map<String, Verb> byBase = new LinkedHashMap<>();
    for (String entry : entries) {
      String[] parts = entry.split("_", 2);
      String particle = parts.length > 1 ? " " + parts[1] : "";
      String[] forms = parts[0].split("/");
      String base = forms[0];
      String past = forms.length > 1 ? forms[1] : past(base);
      String participle = forms.length > 2 ? forms[2] : past;
      byBase.putIfAbsent(base + particle,
          new Verb(base + particle, third(base) + particle, past + particle, participle + particle));
    }
    return new ArrayList<>(byBase.values());
  }

  static String plural(String noun) {
    if (noun.matches(".*(s|x|z|ch|sh)")) {
      return noun + "es";
    }
    if (noun.matches(".*[^aeiou]y")) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
  }

  static String third(String verb) {
    return verb.matches(".*o") ? verb + "es" : plural(verb);
  }

  static String past(String verb) {
    if (verb.endsWith("e")) {
      return verb + "d";
    }
    if (verb.matches(".*[^aeiou]y")) {
      return verb.substring(0, verb.length() - 1) + "ied";
    }
    return verb + "ed";
  }
}
