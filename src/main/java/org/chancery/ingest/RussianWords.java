package org.chancery.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Russian vocabulary of synthetic archives, from {@code /synthetic/russian.txt}, declined and
 * conjugated here by the regular paradigms: nouns in six cases and two numbers, adjectives
 * agreeing with them, verbs in the past (by gender) and the future (by number). The list holds
 * only words these paradigms decline correctly, or gives the form that differs.
 */
final class RussianWords {

  enum Case { NOM, GEN, DAT, ACC, INS, PREP }

  /** What a form agrees with: a gender in the singular, or the plural. */
  enum Gender { M, F, N, PL }

  private static final String VELAR = "гкх";
  private static final String HUSHING = "жшчщ";

  /** A noun's forms, singular and plural, indexed by {@link Case}; {@code plural} null when it has none. */
  record Noun(String[] singular, String[] plural, Gender gender, boolean animate) {

    boolean hasPlural() {
      return plural != null;
    }

    boolean hasSingular() {
      return singular != null;
    }

    /** The form in {@code grammaticalCase}, plural or not; an animate accusative is its genitive. */
    String form(Case grammaticalCase, boolean inPlural) {
      String[] forms = inPlural ? plural : singular;
      boolean genitiveForAccusative = animate && (inPlural || gender == Gender.M);
      return forms[grammaticalCase == Case.ACC && genitiveForAccusative ? Case.GEN.ordinal() : grammaticalCase.ordinal()];
    }

    /** Whom an adjective before this noun agrees with. */
    Gender agreement(boolean inPlural) {
      return inPlural ? Gender.PL : gender;
    }
  }

  /** An adjective's forms by {@link Gender} then {@link Case}. */
  record Adjective(String[][] forms) {

    String form(Gender gender, Case grammaticalCase, boolean animate) {
      boolean genitiveForAccusative = animate && (gender == Gender.M || gender == Gender.PL);
      Case c = grammaticalCase == Case.ACC && genitiveForAccusative ? Case.GEN : grammaticalCase;
      return forms[gender.ordinal()][c.ordinal()];
    }
  }

  /**
   * A verb: its past by {@link Gender}, its future in the third person singular and plural, and
   * what its object takes: a case, perhaps after a preposition ("о" + prepositional).
   */
  record Verb(String[] past, String futureSingular, String futurePlural, String preposition, Case object) {

    String past(Gender subject) {
      return past[subject.ordinal()];
    }

    String future(Gender subject) {
      return subject == Gender.PL ? futurePlural : futureSingular;
    }
  }

  final Zipf<Noun> nouns;
  final Zipf<Adjective> adjectives;
  final Zipf<Verb> verbs;
  final Zipf<String> adverbs;

  private RussianWords(WordList list) {
    nouns = new Zipf<>(nouns(list.lines("noun")));
    adjectives = new Zipf<>(list.lines("adjective").stream().distinct().map(RussianWords::adjective).toList());
    verbs = new Zipf<>(list.lines("verb").stream().map(RussianWords::verb).toList());
    adverbs = new Zipf<>(list.entries("adverb"));
  }

  static RussianWords load() {
    return new RussianWords(WordList.read("russian.txt"));
  }

  /**
   * The preposition as it is said before {@code next}: "об" before a vowel, "во" and "со" before
   * a cluster that starts like them ("во внешней", "со стороны").
   */
  static String preposition(String preposition, String next) {
    String word = next.toLowerCase(Locale.ROOT);
    char first = word.isEmpty() ? ' ' : word.charAt(0);
    boolean cluster = word.length() > 1 && isConsonant(word.charAt(1));
    return switch (preposition) {
      case "о" -> "аоуэи".indexOf(first) >= 0 ? "об" : "о";
      case "в" -> (first == 'в' || first == 'ф') && cluster ? "во" : "в";
      case "с" -> "сзшжщ".indexOf(first) >= 0 && cluster ? "со" : "с";
      default -> preposition;
    };
  }

  /** The noun's form after the number {@code n}: 1 договор, 3 договора, 5 договоров. */
  static String counted(long n, String one, String few, String many) {
    long lastTwo = n % 100;
    long last = n % 10;
    if (lastTwo >= 11 && lastTwo <= 14) {
      return many;
    }
    return last == 1 ? one : last >= 2 && last <= 4 ? few : many;
  }

  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && "аеёиоуыэюяьъй".indexOf(c) < 0;
  }

  private static List<Noun> nouns(List<String> lines) {
    Map<String, Noun> byLemma = new LinkedHashMap<>();
    for (String line : lines) {
      String[] fields = line.split("\\s+");
      byLemma.putIfAbsent(fields[0], noun(fields));
    }
    return new ArrayList<>(byLemma.values());
  }

  /** Declines "lemma gender [anim] [sg] [genitive plural]". */
  static Noun noun(String[] fields) {
    String lemma = fields[0];
    Gender gender = Gender.valueOf(fields[1].toUpperCase(Locale.ROOT));
    boolean animate = false;
    boolean singularOnly = false;
    String genitivePlural = null;
    for (int i = 2; i < fields.length; i++) {
      switch (fields[i]) {
        case "anim" -> animate = true;
        case "sg" -> singularOnly = true;
        default -> genitivePlural = fields[i];
      }
    }
    if (gender == Gender.PL) {
      return new Noun(null, pluralOnly(lemma, genitivePlural), gender, animate);
    }
    String[][] forms = decline(lemma, gender);
    if (genitivePlural != null) {
      forms[1][Case.GEN.ordinal()] = genitivePlural;
    }
    return new Noun(forms[0], singularOnly ? null : forms[1], gender, animate);
  }

  /** Singular then plural forms, by the paradigm the lemma's gender and ending choose. */
  private static String[][] decline(String lemma, Gender gender) {
    String stem = lemma.substring(0, lemma.length() - 1);
    char last = lemma.charAt(lemma.length() - 1);
    switch (gender) {
      case M -> {
        if (lemma.endsWith("ий")) {
          return forms(lemma, stem + "я", stem + "ю", lemma, stem + "ем", stem + "и",
              stem + "и", stem + "ев", stem + "ям", stem + "и", stem + "ями", stem + "ях");
        }
        if (last == 'й') {
          return forms(lemma, stem + "я", stem + "ю", lemma, stem + "ем", stem + "е",
              stem + "и", stem + "ев", stem + "ям", stem + "и", stem + "ями", stem + "ях");
        }
        if (last == 'ь') {
          return forms(lemma, stem + "я", stem + "ю", lemma, stem + "ем", stem + "е",
              stem + "и", stem + "ей", stem + "ям", stem + "и", stem + "ями", stem + "ях");
        }
        String y = afterSoftening(last) ? "и" : "ы";
        String genitivePlural = HUSHING.indexOf(last) >= 0 ? lemma + "ей" : lemma + "ов";
        return forms(lemma, lemma + "а", lemma + "у", lemma, lemma + "ом", lemma + "е",
            lemma + y, genitivePlural, lemma + "ам", lemma + y, lemma + "ами", lemma + "ах");
      }
      case F -> {
        if (lemma.endsWith("ия")) {
          return forms(lemma, stem + "и", stem + "и", stem + "ю", stem + "ей", stem + "и",
              stem + "и", stem + "й", stem + "ям", stem + "и", stem + "ями", stem + "ях");
        }
        if (last == 'я') {
          String genitivePlural = isVowel(stem.charAt(stem.length() - 1)) ? stem + "й" : stem + "ь";
          return forms(lemma, stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е",
              stem + "и", genitivePlural, stem + "ям", stem + "и", stem + "ями", stem + "ях");
        }
        if (last == 'ь') {
          boolean hushing = HUSHING.indexOf(stem.charAt(stem.length() - 1)) >= 0;
          String a = hushing ? "а" : "я";
          return forms(lemma, stem + "и", stem + "и", lemma, lemma + "ю", stem + "и",
              stem + "и", stem + "ей", stem + a + "м", stem + "и", stem + a + "ми", stem + a + "х");
        }
        char beforeLast = stem.charAt(stem.length() - 1);
        String y = afterSoftening(beforeLast) ? "и" : "ы";
        String instrumental = (HUSHING + "ц").indexOf(beforeLast) >= 0 ? "ей" : "ой";
        return forms(lemma, stem + y, stem + "е", stem + "у", stem + instrumental, stem + "е",
            stem + y, stem, stem + "ам", stem + y, stem + "ами", stem + "ах");
      }
      case N -> {
        if (lemma.endsWith("ие")) {
          return forms(lemma, stem + "я", stem + "ю", lemma, stem + "ем", stem + "и",
              stem + "я", stem + "й", stem + "ям", stem + "я", stem + "ями", stem + "ях");
        }
        return forms(lemma, stem + "а", stem + "у", lemma, stem + "ом", stem + "е",
            stem + "а", stem, stem + "ам", stem + "а", stem + "ами", stem + "ах");
      }
      default -> throw new IllegalArgumentException("'" + lemma + "' is plural only; decline it with pluralOnly");
    }
  }

  private static String[] pluralOnly(String lemma, String genitive) {
    String stem = lemma.substring(0, lemma.length() - 1);
    char beforeLast = stem.charAt(stem.length() - 1);
    boolean hard = lemma.endsWith("ы") || afterSoftening(beforeLast);
    String a = hard ? "а" : "я";
    if (genitive == null) {
      throw new IllegalArgumentException("the plural-only noun '" + lemma + "' needs its genitive in the word list");
    }
    return new String[] {lemma, genitive, stem + a + "м", lemma, stem + a + "ми", stem + a + "х"};
  }

  private static String[][] forms(String... twelve) {
    String[][] forms = new String[2][6];
    for (int i = 0; i < 12; i++) {
      forms[i / 6][i % 6] = twelve[i];
    }
    return forms;
  }

  /** After г, к, х, ж, ш, ч, щ an ы is written и. */
  private static boolean afterSoftening(char c) {
    return VELAR.indexOf(c) >= 0 || HUSHING.indexOf(c) >= 0;
  }

  private static boolean isVowel(char c) {
    return "аеёиоуыэюя".indexOf(c) >= 0;
  }

  /** Declines an adjective given in the masculine nominative: -ый, -ой, or -ий. */
  static Adjective adjective(String lemma) {
    String stem = lemma.substring(0, lemma.length() - 2);
    char last = stem.charAt(stem.length() - 1);
    String ending = lemma.substring(lemma.length() - 2);
    boolean soft = ending.equals("ий") && VELAR.indexOf(last) < 0;
    String[][] forms = new String[4][];
    if (soft) {
      // последний, общий: е for о; after н also я for а and ю for у.
      boolean hushing = HUSHING.indexOf(last) >= 0;
      String a = hushing ? "а" : "я";
      String u = hushing ? "у" : "ю";
      forms[0] = endings(stem, "ий", "его", "ему", "ий", "им", "ем");
      forms[1] = endings(stem, a + "я", "ей", "ей", u + "ю", "ей", "ей");
      forms[2] = endings(stem, "ее", "его", "ему", "ее", "им", "ем");
      forms[3] = endings(stem, "ие", "их", "им", "ие", "ими", "их");
    } else {
      String y = afterSoftening(last) ? "и" : "ы";
      forms[0] = endings(stem, ending, "ого", "ому", ending, y + "м", "ом");
      forms[1] = endings(stem, "ая", "ой", "ой", "ую", "ой", "ой");
      forms[2] = endings(stem, "ое", "ого", "ому", "ое", y + "м", "ом");
      forms[3] = endings(stem, y + "е", y + "х", y + "м", y + "е", y + "ми", y + "х");
    }
    return new Adjective(forms);
  }

  private static String[] endings(String stem, String... endings) {
    String[] forms = new String[endings.length];
    for (int i = 0; i < endings.length; i++) {
      forms[i] = stem + endings[i];
    }
    return forms;
  }

  /** Reads "past[/past plural] future/future plural government". */
  static Verb verb(String line) {
    String[] fields = line.split("\\s+");
    String[] past = fields[0].split("/");
    String masculine = past[0];
    String plural = past.length > 1 ? past[1]
        : masculine.endsWith("ся") ? masculine.substring(0, masculine.length() - 2) + "ись" : masculine + "и";
    String[] byGender;
    if (plural.endsWith("ись")) {
      String stem = plural.substring(0, plural.length() - 3);
      byGender = new String[] {masculine, stem + "ась", stem + "ось", plural};
    } else {
      String stem = plural.substring(0, plural.length() - 1);
      byGender = new String[] {masculine, stem + "а", stem + "о", plural};
    }
    String[] future = fields[1].split("/");
    String[] government = fields[2].split(":");
    String preposition = government.length > 1 ? government[0] : "";
    Case object = Case.valueOf(government[government.length - 1].toUpperCase(Locale.ROOT));
    return new Verb(byGender, future[0], future[1], preposition, object);
  }
}
