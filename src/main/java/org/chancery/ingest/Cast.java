package org.chancery.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancery.content.Speaker;

/**
 * The fictional world of synthetic archives, from {@code /synthetic/names.txt}: countries, cities,
 * media, organisations, and a fixed pool of {@value #PEOPLE} people who speak in its transcripts,
 * each named in English and in Russian. The pool is the same for every seed, as a real press
 * office's speakers stay the same from year to year.
 */
final class Cast {

  static final int PEOPLE = 200;
  /** The pool's own seed: not the archive's, so that every archive has the same people. */
  private static final long PEOPLE_SEED = 20_111_225L;

  record Country(String english, String englishAdjective, RussianWords.Noun russian, RussianWords.Adjective russianAdjective) {}

  record City(String english, RussianWords.Noun russian) {}

  /**
   * A person as named before their words in a transcript, in each language, and in a Russian
   * sentence, where the role is in lower case ("посол Павел Варков").
   */
  record Person(String english, String russian, String russianInText, boolean feminine) {}

  record Outlet(String english, String russian) {}

  /** An organisation, its Russian name in the genitive ("в рамках Совета прибрежных государств"). */
  record Organisation(String english, String russianGenitive) {}

  final List<Country> countries;
  final List<City> cities;
  final List<Outlet> outlets;
  final List<Organisation> organisations;
  final List<Person> people;

  private Cast(WordList list) {
    countries = list.records("country").stream().map(r -> new Country(r[0], r[1],
        RussianWords.noun(new String[] {r[2], "f", "sg"}), RussianWords.adjective(r[3]))).toList();
    cities = list.records("city").stream()
        .map(r -> new City(r[0], RussianWords.noun(new String[] {r[1], "m", "sg"}))).toList();
    outlets = list.records("outlet").stream().map(r -> new Outlet(r[0], r[1])).toList();
    organisations = list.records("organisation").stream().map(r -> new Organisation(r[0], r[1])).toList();
    people = people(list.records("role"), list.records("first-name"), list.records("surname"));
  }

  static Cast load() {
    return new Cast(WordList.read("names.txt"));
  }

  /** Every named speaker of the pool, in English and in Russian. */
  List<Speaker> speakers() {
    List<Speaker> speakers = new ArrayList<>();
    for (Person person : people) {
      speakers.add(new Speaker(person.english()));
      speakers.add(new Speaker(person.russian()));
    }
    return speakers;
  }

  /** {@value #PEOPLE} different people: a role (or none), a first name and a surname of its gender. */
  private static List<Person> people(List<String[]> roles, List<String[]> firstNames, List<String[]> surnames) {
    Dice dice = new Dice(PEOPLE_SEED);
    Map<String, Person> byName = new LinkedHashMap<>();
    while (byName.size() < PEOPLE) {
      String[] role = dice.oneOf(roles);
      String[] first = dice.oneOf(firstNames);
      String[] surname = dice.oneOf(surnames);
      boolean feminine = first[0].equals("f");
      String english = join(role[0], first[1], form(surname[0], feminine));
      String russian = join(role[1], first[2], form(surname[1], feminine));
      String inText = join(role[1].toLowerCase(Locale.ROOT), first[2], form(surname[1], feminine));
      byName.putIfAbsent(first[1] + " " + form(surname[0], feminine), new Person(english, russian, inText, feminine));
    }
    return List.copyOf(byName.values());
  }

  /** "Varkov/Varkova": the masculine or the feminine form. */
  private static String form(String surname, boolean feminine) {
    String[] forms = surname.split("/");
    return feminine && forms.length > 1 ? forms[1] : forms[0];
  }

  private static String join(String role, String first, String surname) {
    return (role.equals("-") ? "" : role + " ") + first + " " + surname;
  }
}
