package org.chancery.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.chancery.content.Kind;
import org.chancery.content.Speaker;
import org.chancery.ingest.RussianWords.Adjective;
import org.chancery.ingest.RussianWords.Case;
import org.chancery.ingest.RussianWords.Gender;
import org.chancery.ingest.RussianWords.Noun;
import org.chancery.ingest.RussianWords.Verb;

/**
 * Russian text for synthetic messages: a small phrase grammar over {@link RussianWords} in which
 * every adjective agrees with its noun, every noun stands in the case its verb or preposition
 * governs, and every verb in the past agrees with its subject: "Стороны обсудили перспективы
 * двустороннего сотрудничества в области энергетики."
 */
final class RussianProse implements Prose {

  /**
   * A subject in the nominative and what its verb agrees with. "Мы" takes only the past: the
   * future's third person ("обсудят") would not agree with it.
   */
  private record Subject(String text, Gender gender, boolean firstPerson) {
    Subject(String text, Gender gender) {
      this(text, gender, false);
    }
  }

  private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  /** Verbs that report speech, in the masculine past; the feminine adds "а". */
  private static final String[] REPORTING = {"подчеркнул", "отметил", "напомнил", "заявил", "указал", "добавил"};
  private static final Speaker QUESTION = new Speaker("Вопрос");
  private static final Speaker ANSWER = new Speaker("Ответ");

  private final RussianWords words;
  private final Cast cast;

  RussianProse(RussianWords words, Cast cast) {
    this.words = words;
    this.cast = cast;
  }

  @Override
  public String language() {
    return "ru";
  }

  @Override
  public Speaker speaker(Cast.Person person) {
    return new Speaker(person.russian());
  }

  @Override
  public Speaker questioner() {
    return QUESTION;
  }

  @Override
  public Speaker answerer() {
    return ANSWER;
  }

  // -- titles ---------------------------------------------------------------------------------

  @Override
  public String title(Kind kind, Dice d, Cast.Person person) {
    return switch (kind) {
      case STATEMENT -> d.oneOf(
          "Заявление Министерства иностранных дел " + countryIn(d, Case.GEN) + " " + about(d),
          "Заявление посольства в связи с " + phrase(d, Case.INS),
          "Совместное заявление " + countryIn(d, Case.GEN) + " и " + countryIn(d, Case.GEN) + " " + about(d));
      case COMMENT -> d.oneOf(
          "Комментарий официального представителя МИД в связи с " + phrase(d, Case.INS),
          "Комментарий посольства по поводу " + phrase(d, Case.GEN));
      case PRESS_RELEASE -> d.oneOf(
          "Пресс-релиз " + about(d),
          Prose.capitalised(about(d)),
          "Пресс-релиз по итогам " + phrase(d, Case.GEN));
      case NEWS_CONFERENCE -> d.oneOf(
          "Пресс-конференция по итогам " + phrase(d, Case.GEN),
          "Выступление и ответы на вопросы СМИ в ходе пресс-конференции по итогам " + phrase(d, Case.GEN));
      case INTERVIEW -> d.oneOf(
          "Интервью " + d.oneOf("посла", "министра", "генконсула", "советника") + " изданию "
              + d.oneOf(cast.outlets).russian() + " " + about(d),
          "Интервью изданию " + d.oneOf(cast.outlets).russian() + " по " + phrase(d, Case.DAT));
      case REMARKS -> d.oneOf(
          "Ответы на вопросы СМИ по итогам " + phrase(d, Case.GEN),
          "Выступление на заседании " + d.oneOf(cast.organisations).russianGenitive());
      case ADDRESS -> d.oneOf(
          "Обращение по случаю " + phrase(d, Case.GEN),
          "Речь на открытии " + phrase(d, Case.GEN));
      case ARTICLE -> "Статья " + about(d) + " в издании " + d.oneOf(cast.outlets).russian();
      case MESSAGE -> d.oneOf(
          Prose.capitalised(about(d)),
          "Визит " + d.oneOf(cast.countries).russianAdjective().form(Gender.F, Case.GEN, false) + " делегации в "
              + d.oneOf(cast.cities).russian().form(Case.ACC, false),
          "Поздравление по случаю " + phrase(d, Case.GEN),
          "Соболезнования в связи с " + phrase(d, Case.INS));
    };
  }

  @Override
  public String titleTail(Dice d) {
    return " и " + phrase(d, Case.GEN);
  }

  @Override
  public String titleEvent(Cast.City city, LocalDate date) {
    return ", " + city.russian().form(Case.NOM, false) + ", " + TITLE_DATE.format(date);
  }

  /** "о мерах по ...", "об укреплении ...": what something is about. */
  private String about(Dice d) {
    return withPreposition("о", phrase(d, Case.PREP));
  }

  // -- sentences --------------------------------------------------------------------------------

  @Override
  public String sentence(Dice d, Cast.Person person) {
    int pick = d.between(0, 99);
    String sentence;
    if (pick < 30) {
      Subject s = subject(d, person);
      sentence = s.text + " " + predicate(d, s) + tail(d) + ".";
    } else if (pick < 45) {
      Subject s = subject(d, person);
      sentence = prepositional(d) + " " + s.text + " " + predicate(d, s) + ".";
    } else if (pick < 53) {
      Subject s = subject(d, person);
      Verb second = words.verbs.draw(d);
      sentence = s.text + " " + predicate(d, s) + ", а также " + second.past(s.gender) + " " + object(d, second) + ".";
    } else if (pick < 59) {
      Subject s = subject(d, person);
      sentence = "По мнению " + phrase(d, Case.GEN) + ", " + s.text + " " + predicate(d, s) + ".";
    } else if (pick < 67) {
      Subject s = subject(d, person);
      Verb consequence = words.verbs.draw(d);
      sentence = s.text + " " + predicate(d, s) + ", что " + consequence.past(Gender.N) + " "
          + object(d, consequence) + ".";
    } else if (pick < 72) {
      sentence = "Особое внимание было уделено " + phrase(d, Case.DAT) + ".";
    } else if (pick < 77) {
      sentence = "Это " + phrase(d, Case.NOM, false) + " для " + phrase(d, Case.GEN) + ".";
    } else if (pick < 87) {
      Subject s = subject(d, person);
      while (s.text.equals(person.russianInText())) {
        s = subject(d, person); // "X сказал, что X ..." reads as two people
      }
      String reported = d.oneOf(REPORTING) + (person.feminine() ? "а" : "");
      sentence = person.russianInText() + " " + reported + ", что " + s.text + " " + predicate(d, s) + ".";
    } else if (pick < 92) {
      Subject s = subject(d, person);
      sentence = "В " + d.between(1991, 2025) + " году " + s.text + " " + predicate(d, s) + ".";
    } else if (pick < 96) {
      int n = d.skewed(2, 90, 2);
      sentence = "Объём " + phrase(d, Case.GEN) + " " + d.oneOf("вырос", "сократился") + " на " + n + " "
          + RussianWords.counted(n, "процент", "процента", "процентов") + ".";
    } else {
      Verb verb = words.verbs.draw(d);
      sentence = "Мы " + verb.past(Gender.PL) + " " + object(d, verb) + tail(d) + ".";
    }
    return Prose.capitalised(sentence);
  }

  @Override
  public String question(Dice d, Cast.Person person) {
    String question = switch (d.between(0, 6)) {
      case 0 -> "Как Вы оцениваете " + phrase(d, Case.ACC) + "?";
      case 1 -> "Что Вы можете сказать " + about(d) + "?";
      case 2 -> "Не могли бы Вы прокомментировать " + phrase(d, Case.ACC) + "?";
      case 3 -> {
        Verb verb = words.verbs.draw(d);
        yield "Когда " + d.oneOf("стороны", "партнёры", "эксперты") + " " + verb.future(Gender.PL) + " "
            + object(d, verb) + "?";
      }
      case 4 -> "Какова позиция " + countryIn(d, Case.GEN) + " по " + phrase(d, Case.DAT) + "?";
      case 5 -> "Есть ли прогресс " + withPreposition("в", phrase(d, Case.PREP)) + "?";
      default -> {
        Subject s = subject(d, person);
        yield "Правда ли, что " + s.text + " " + predicate(d, s) + "?";
      }
    };
    return Prose.capitalised(d.chance(0.3) ? sentence(d, person) + " " + question : question);
  }

  private Subject subject(Dice d, Cast.Person person) {
    return switch (d.between(0, 11)) {
      case 0 -> new Subject("стороны", Gender.PL);
      case 1, 2 -> new Subject("мы", Gender.PL, true);
      case 3 -> new Subject("посольство", Gender.N);
      case 4 -> new Subject("делегация", Gender.F);
      case 5 -> new Subject("правительство " + countryIn(d, Case.GEN), Gender.N);
      case 6 -> new Subject(d.oneOf(cast.countries).russianAdjective().form(Gender.F, Case.NOM, false) + " сторона", Gender.F);
      case 7 -> new Subject(person.russianInText(), person.feminine() ? Gender.F : Gender.M);
      case 8 -> new Subject(d.oneOf("эксперты", "участники встречи", "партнёры"), Gender.PL);
      default -> {
        Noun noun = words.nouns.draw(d);
        boolean plural = !noun.hasSingular() || (noun.hasPlural() && d.chance(0.3));
        yield new Subject(adjective(d, noun, Case.NOM, plural) + noun.form(Case.NOM, plural), noun.agreement(plural));
      }
    };
  }

  /** A verb agreeing with the subject, past or future, and its object in the case it governs. */
  private String predicate(Dice d, Subject subject) {
    Verb verb = words.verbs.draw(d);
    String adverb = d.chance(0.2) ? words.adverbs.draw(d) + " " : "";
    boolean past = subject.firstPerson || d.chance(0.7);
    String form = past ? verb.past(subject.gender) : verb.future(subject.gender);
    return adverb + form + " " + object(d, verb);
  }

  private String object(Dice d, Verb verb) {
    String object = phrase(d, verb.object());
    return verb.preposition().isEmpty() ? object : withPreposition(verb.preposition(), object);
  }

  private String tail(Dice d) {
    return d.chance(0.55) ? " " + prepositional(d) : "";
  }

  private String prepositional(Dice d) {
    return switch (d.between(0, 15)) {
      case 0 -> withPreposition("в", phrase(d, Case.PREP));
      case 1 -> "в рамках " + phrase(d, Case.GEN);
      case 2 -> "по " + phrase(d, Case.DAT);
      case 3 -> withPreposition("с", phrase(d, Case.INS));
      case 4 -> "для " + phrase(d, Case.GEN);
      case 5 -> "на " + phrase(d, Case.PREP);
      case 6 -> "в области " + phrase(d, Case.GEN);
      case 7 -> "в интересах " + phrase(d, Case.GEN);
      case 8 -> "в ходе " + phrase(d, Case.GEN);
      case 9 -> "по итогам " + phrase(d, Case.GEN);
      case 10 -> "на основе " + phrase(d, Case.GEN);
      case 11 -> withPreposition("в", d.oneOf(cast.cities).russian().form(Case.PREP, false));
      case 12 -> withPreposition("с", countryIn(d, Case.INS));
      case 13 -> "между " + countryIn(d, Case.INS) + " и " + countryIn(d, Case.INS);
      case 14 -> "в " + d.between(1991, 2025) + " году";
      default -> "при поддержке " + phrase(d, Case.GEN);
    };
  }

  /** A noun phrase in {@code grammaticalCase}: an adjective perhaps, the noun, a genitive perhaps. */
  private String phrase(Dice d, Case grammaticalCase) {
    return phrase(d, grammaticalCase, d.chance(0.3));
  }

  private String phrase(Dice d, Case grammaticalCase, boolean preferPlural) {
    Noun noun = words.nouns.draw(d);
    boolean plural = !noun.hasSingular() || (preferPlural && noun.hasPlural());
    String head = adjective(d, noun, grammaticalCase, plural) + noun.form(grammaticalCase, plural);
    if (d.chance(0.1)) {
      return head + " " + countryIn(d, Case.GEN);
    }
    if (d.chance(0.35)) {
      Noun complement = words.nouns.draw(d);
      boolean complementPlural = !complement.hasSingular() || (complement.hasPlural() && d.chance(0.3));
      return head + " " + adjective(d, complement, Case.GEN, complementPlural) + complement.form(Case.GEN, complementPlural);
    }
    return head;
  }

  /** An adjective agreeing with {@code noun} and a space, or nothing. */
  private String adjective(Dice d, Noun noun, Case grammaticalCase, boolean plural) {
    if (!d.chance(0.6)) {
      return "";
    }
    Adjective adjective = words.adjectives.draw(d);
    return adjective.form(noun.agreement(plural), grammaticalCase, noun.animate()) + " ";
  }

  private String countryIn(Dice d, Case grammaticalCase) {
    return d.oneOf(cast.countries).russian().form(grammaticalCase, false);
  }

  private static String withPreposition(String preposition, String phrase) {
    return RussianWords.preposition(preposition, phrase) + " " + phrase;
  }
}
