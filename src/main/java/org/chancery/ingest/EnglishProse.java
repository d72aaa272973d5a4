package org.chancery.ingest;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.chancery.content.Kind;
import org.chancery.content.Speaker;
import org.chancery.ingest.EnglishWords.Noun;
import org.chancery.ingest.EnglishWords.Verb;

/**
 * English text for synthetic messages: a small phrase grammar over {@link EnglishWords}, with the
 * press office's set phrases around it ("Statement by the Ministry of Foreign Affairs on ...").
 * Titles name their kind in the words {@link Kind#fromTitle} reads, so a title's kind is found
 * again from the title alone.
 */
final class EnglishProse implements Prose {

  /** A noun phrase and whether the verb after it takes the plural. */
  private record Phrase(String text, boolean plural) {}

  /** What "It is ... that" says of a fact. */
  private static final String[] JUDGEMENTS = {"important", "essential", "clear", "regrettable", "obvious",
      "necessary", "vital", "encouraging", "unacceptable", "remarkable", "telling", "significant", "natural",
      "worrying", "symbolic", "fair to say"};

  private static final String[] REPORTING = {"stressed", "noted", "recalled", "underlined", "said", "added",
      "pointed out", "made clear", "reiterated", "emphasised"};

  private final EnglishWords words;
  private final Cast cast;

  EnglishProse(EnglishWords words, Cast cast) {
    this.words = words;
    this.cast = cast;
  }

  @Override
  public String language() {
    return "en";
  }

  @Override
  public Speaker speaker(Cast.Person person) {
    return new Speaker(person.english());
  }

  @Override
  public Speaker questioner() {
    return Speaker.QUESTION;
  }

  @Override
  public Speaker answerer() {
    return Speaker.ANSWER;
  }

  // -- titles ---------------------------------------------------------------------------------

  @Override
  public String title(Kind kind, Dice d, Cast.Person person) {
    String who = person.english();
    String whose = who + "'s";
    return switch (kind) {
      case STATEMENT -> d.oneOf(
          "Statement by the Ministry of Foreign Affairs on " + topic(d),
          "Statement of the Embassy on " + topic(d),
          "Joint statement of " + country(d) + " and " + country(d) + " on " + topic(d),
          "Statement by " + who + " on " + topic(d));
      case COMMENT -> d.oneOf(
          "Comment by the Spokesperson on " + topic(d),
          "Comment by the Information Department on " + topic(d),
          whose + " comment on " + topic(d));
      case PRESS_RELEASE -> d.oneOf(
          "Press release on " + topic(d),
          "Press release on the visit of " + who + " to " + city(d),
          "Press release on the results of the " + noun(d) + " in " + city(d));
      case NEWS_CONFERENCE -> d.oneOf(
          whose + " remarks and answers to questions at a news conference on " + topic(d),
          "News conference by " + who + " following talks with " + person(d),
          "News conference on " + topic(d));
      case INTERVIEW -> d.oneOf(
          whose + " interview with " + outlet(d),
          whose + " interview with " + outlet(d) + " on " + topic(d),
          "Interview of " + who + " to " + outlet(d) + " on " + topic(d));
      case REMARKS -> d.oneOf(
          whose + " remarks at the meeting of " + organisation(d),
          whose + " remarks at the opening of the " + noun(d) + " on " + topic(d),
          whose + " answers to media questions on " + topic(d));
      case ADDRESS -> d.oneOf(
          "Address by " + who + " at the session of " + organisation(d),
          whose + " speech at the " + noun(d) + " on " + topic(d));
      case ARTICLE -> d.oneOf(
          "Article by " + who + " on " + topic(d) + " for " + outlet(d),
          whose + " article on " + topic(d));
      case MESSAGE -> d.oneOf(
          "On " + topic(d),
          who + " meets " + person(d),
          who + " visits " + city(d),
          "Condolences on the victims of the " + noun(d) + " in " + city(d),
          "Greetings on the national day of " + country(d),
          "On the " + adjective(d) + " " + noun(d) + " of " + topic(d));
    };
  }

  @Override
  public String titleTail(Dice d) {
    return " in " + country(d);
  }

  @Override
  public String titleEvent(Cast.City city, LocalDate date) {
    return ", " + city.english() + ", " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + date.getDayOfMonth() + ", " + date.getYear();
  }

  /** What a title is about: "regional security", "the situation in Kalvenia". */
  private String topic(Dice d) {
    return switch (d.between(0, 9)) {
      case 0 -> "the situation in " + country(d);
      case 1 -> adjective(d) + " " + mass(d);
      case 2 -> mass(d) + " between " + country(d) + " and " + country(d);
      case 3 -> "the " + noun(d) + " of the " + noun(d);
      case 4 -> adjective(d) + " " + plural(d) + " in " + country(d);
      case 5 -> "the " + adjective(d) + " " + noun(d) + " on " + mass(d);
      case 6 -> country(d) + "'s " + noun(d) + " on " + mass(d);
      case 7 -> "the results of the " + noun(d) + " in " + city(d);
      case 8 -> "the " + ordinal(d.between(2, 75)) + " anniversary of the " + noun(d);
      default -> "the " + adjective(d) + " " + noun(d) + " and " + mass(d);
    };
  }

  // -- sentences --------------------------------------------------------------------------------

  @Override
  public String sentence(Dice d, Cast.Person person) {
    int pick = d.between(0, 99);
    String sentence;
    if (pick < 28) {
      Phrase s = subject(d, person);
      sentence = s.text + " " + predicate(d, s) + tail(d) + ".";
    } else if (pick < 40) {
      Phrase s = subject(d, person);
      sentence = prepositional(d) + ", " + s.text + " " + predicate(d, s) + ".";
    } else if (pick < 50) {
      Phrase s = subject(d, person);
      Phrase t = subject(d, person);
      sentence = s.text + " " + predicate(d, s) + ", and " + t.text + " " + predicate(d, t) + ".";
    } else if (pick < 56) {
      Phrase s = subject(d, person);
      sentence = "According to " + phrase(d).text + ", " + s.text + " " + predicate(d, s) + ".";
    } else if (pick < 62) {
      Phrase s = subject(d, person);
      sentence = "It is " + d.oneOf(JUDGEMENTS) + " that " + s.text + " " + predicate(d, s) + tail(d) + ".";
    } else if (pick < 70) {
      Phrase s = subject(d, person);
      sentence = s.text + " " + predicate(d, s) + ", which " + verb(d).past() + " " + phrase(d).text + ".";
    } else if (pick < 78) {
      Phrase p = phrase(d);
      String be = d.chance(0.5) ? (p.plural ? "have been" : "has been") : (p.plural ? "were" : "was");
      sentence = p.text + " " + be + " " + verb(d).participle() + " " + prepositional(d) + ".";
    } else if (pick < 83) {
      Noun n = words.nouns.draw(d);
      sentence = "This is " + EnglishWords.withArticle(adjective(d) + " " + n.singular()) + " for " + phrase(d).text + ".";
    } else if (pick < 86) {
      sentence = "There can be no " + mass(d) + " without " + mass(d) + ".";
    } else if (pick < 90) {
      Phrase s = subject(d, person);
      sentence = s.text + " " + verb(d).past() + " some " + number(d) + " " + plural(d) + " " + prepositional(d) + ".";
    } else {
      Phrase s = subject(d, person);
      while (s.text.equals(person.english())) {
        s = subject(d, person); // "X said that X ..." reads as two people
      }
      sentence = person.english() + " " + d.oneOf(REPORTING) + " that " + s.text + " " + predicate(d, s) + tail(d) + ".";
    }
    return Prose.capitalised(sentence);
  }

  @Override
  public String question(Dice d, Cast.Person person) {
    String question = switch (d.between(0, 7)) {
      case 0 -> "What is your assessment of " + phrase(d).text + "?";
      case 1 -> "Can you tell us more about " + phrase(d).text + "?";
      case 2 -> "How does " + d.oneOf("the Government", "the Embassy", "your country", country(d)) + " view "
          + phrase(d).text + "?";
      case 3 -> {
        Phrase s = subject(d, person);
        yield "When will " + s.text + " " + verb(d).base() + " " + phrase(d).text + "?";
      }
      case 4 -> {
        Phrase s = subject(d, person);
        yield "Is it true that " + s.text + " " + verb(d).past() + " " + phrase(d).text + tail(d) + "?";
      }
      case 5 -> "Do you expect progress on " + phrase(d).text + " " + prepositional(d) + "?";
      case 6 -> "What is the position of " + country(d) + " on " + phrase(d).text + "?";
      default -> "Could you say a few words about " + phrase(d).text + "?";
    };
    return Prose.capitalised(d.chance(0.3) ? sentence(d, person) + " " + question : question);
  }

  /** Who does something: the embassy, a country, a person, "we". */
  private Phrase subject(Dice d, Cast.Person person) {
    return switch (d.between(0, 12)) {
      case 0 -> new Phrase("the Embassy", false);
      case 1 -> new Phrase("the Ministry of Foreign Affairs", false);
      case 2 -> new Phrase("the Government of " + country(d), false);
      case 3 -> new Phrase("our delegation", false);
      case 4 -> new Phrase("the " + d.oneOf(cast.countries).englishAdjective() + " side", false);
      case 5 -> new Phrase(person.english(), false);
      case 6 -> new Phrase(d.oneOf("the parties", "both sides", "the participants", "the experts"), true);
      case 7, 8 -> new Phrase("we", true);
      case 9 -> new Phrase(d.oneOf(cast.organisations).english(), false);
      case 10 -> new Phrase("the " + plural(d) + " of " + country(d), true);
      default -> new Phrase("the " + adjective(d) + " " + noun(d), false);
    };
  }

  /** What the subject does, agreeing with it, with its object. */
  private String predicate(Dice d, Phrase subject) {
    Verb verb = verb(d);
    String adverb = d.chance(0.2) ? words.adverbs.draw(d) + " " : "";
    String object = object(d);
    int pick = d.between(0, 99);
    if (pick < 36) {
      return adverb + verb.past() + " " + object;
    }
    if (pick < 56) {
      return (subject.plural ? "have " : "has ") + adverb + verb.participle() + " " + object;
    }
    if (pick < 70) {
      return "will " + adverb + verb.base() + " " + object;
    }
    if (pick < 86) {
      String modal = d.oneOf("must", "should", "can", "will continue to", subject.plural ? "intend to" : "intends to",
          subject.plural ? "are ready to" : "is ready to");
      return modal + " " + adverb + verb.base() + " " + object;
    }
    if (pick < 95) {
      return adverb + (subject.plural ? verb.base() : verb.third()) + " " + object;
    }
    return (subject.plural ? "do not " : "does not ") + verb.base() + " " + object;
  }

  private String object(Dice d) {
    return d.chance(0.15) ? phrase(d).text + " and " + phrase(d).text : phrase(d).text;
  }

  /** Nothing, or one or two prepositional phrases after a space. */
  private String tail(Dice d) {
    int count = d.skewed(0, 2, 1.5);
    StringBuilder tail = new StringBuilder();
    for (int i = 0; i < count; i++) {
      tail.append(' ').append(prepositional(d));
    }
    return tail.toString();
  }

  private String prepositional(Dice d) {
    return switch (d.between(0, 19)) {
      case 0 -> "in " + city(d);
      case 1 -> "with " + country(d);
      case 2 -> "with " + phrase(d).text;
      case 3 -> "on " + phrase(d).text;
      case 4 -> "for " + phrase(d).text;
      case 5 -> "during the " + noun(d);
      case 6 -> "at the " + adjective(d) + " " + noun(d);
      case 7 -> "in the field of " + mass(d);
      case 8 -> "within the framework of " + phrase(d).text;
      case 9 -> "in line with " + phrase(d).text;
      case 10 -> "despite " + phrase(d).text;
      case 11 -> "in " + d.between(1991, 2025);
      case 12 -> "over the past " + d.between(2, 30) + " years";
      case 13 -> "by " + d.between(2, 60) + " per cent";
      case 14 -> "under " + phrase(d).text;
      case 15 -> "between " + country(d) + " and " + country(d);
      case 16 -> "through " + phrase(d).text;
      case 17 -> "in the interests of " + phrase(d).text;
      case 18 -> "ahead of the " + noun(d);
      default -> "following the " + noun(d) + " in " + city(d);
    };
  }

  /** A noun phrase, without recursion past one "of". */
  private Phrase phrase(Dice d) {
    int pick = d.between(0, 99);
    if (pick < 28) {
      return new Phrase("the " + (d.chance(0.6) ? adjective(d) + " " : "") + noun(d), false);
    }
    if (pick < 43) {
      return new Phrase(adjective(d) + " " + plural(d), true);
    }
    if (pick < 51) {
      return new Phrase("the " + plural(d) + " of " + simple(d), true);
    }
    if (pick < 61) {
      return new Phrase(mass(d), false);
    }
    if (pick < 68) {
      return new Phrase(adjective(d) + " " + mass(d), false);
    }
    if (pick < 73) {
      return new Phrase("the " + noun(d) + " of " + country(d), false);
    }
    if (pick < 78) {
      return new Phrase("the " + d.oneOf(cast.countries).englishAdjective() + " " + noun(d), false);
    }
    if (pick < 88) {
      return new Phrase(EnglishWords.withArticle(adjective(d) + " " + noun(d)), false);
    }
    if (pick < 94) {
      return new Phrase("the " + noun(d) + " of the " + noun(d), false);
    }
    if (pick < 97) {
      return new Phrase(d.oneOf(cast.organisations).english(), false);
    }
    return new Phrase("the " + noun(d) + " in " + city(d), false);
  }

  private String simple(Dice d) {
    return switch (d.between(0, 3)) {
      case 0 -> "the " + noun(d);
      case 1 -> mass(d);
      case 2 -> plural(d);
      default -> country(d);
    };
  }

  private String noun(Dice d) {
    return words.nouns.draw(d).singular();
  }

  private String plural(Dice d) {
    return words.nouns.draw(d).plural();
  }

  private String mass(Dice d) {
    return words.massNouns.draw(d).singular();
  }

  private String adjective(Dice d) {
    return words.adjectives.draw(d);
  }

  private Verb verb(Dice d) {
    return words.verbs.draw(d);
  }

  private String country(Dice d) {
    return d.oneOf(cast.countries).english();
  }

  private String city(Dice d) {
    return d.oneOf(cast.cities).english();
  }

  private String outlet(Dice d) {
    return d.oneOf(cast.outlets).english();
  }

  private String organisation(Dice d) {
    return d.oneOf(cast.organisations).english();
  }

  private String person(Dice d) {
    return d.oneOf(cast.people).english();
  }

  private static String number(Dice d) {
    return String.valueOf(d.skewed(12, 4800, 2.5));
  }

  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
