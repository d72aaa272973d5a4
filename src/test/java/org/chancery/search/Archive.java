package org.chancery.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Body;
import org.chancery.content.Kind;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.TitleEvent;

/**
 * The fictional press office of the Embassy of the Republic of Veltria in Lindor, as messages for
 * the search tests. Every text here is made up for them.
 */
final class Archive {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  static final Section STATEMENTS = new Section("statements", "Statements");
  static final Section TRANSCRIPTS = new Section("transcripts", "Transcripts");
  static final Section NEWS = new Section("news", "News");

  static final Message GRAIN_SANCTIONS = message(101, STATEMENTS, "Statement on the new sanctions against Veltrian exporters",
      LocalDate.of(2026, 2, 1), "en",
      "The Embassy of the Republic of Veltria regrets the sanctions announced yesterday against Veltrian grain exporters.",
      "Such measures harm farmers on both sides and do nothing for the talks in Lindor.");

  static final Message HARBOUR_INTERVIEW = message(102, TRANSCRIPTS,
      "Ambassador Ilse Varga's interview with the Harbour Gazette, Lindor, February 10, 2026",
      LocalDate.of(2026, 2, 11), "en",
      "The Ambassador received the newspaper's correspondent at the residence.",
      "Q.: Will the embassy reopen its consular office in Port Ardent?",
      "Ambassador Ilse Varga: Yes, in the spring. The building is ready and the staff are being trained.",
      "Q.: And what about the sanction regime on grain?",
      "Ambassador Ilse Varga: Sanctioning grain helps nobody. We are negotiating with the trade ministry.",
      "The rest of the talks will be held in private.");

  static final Message CULTURAL_CENTRE = message(103, NEWS, "Embassy opens a cultural centre in Port Ardent",
      LocalDate.of(2026, 2, 20), "en",
      "The centre will host exhibitions, concerts and language courses for residents of the port.",
      "Negotiations on a second centre in the northern provinces continue.");

  static final Message RUSSIAN_STATEMENT = message(104, STATEMENTS, "Заявление посольства о новых санкциях",
      LocalDate.of(2026, 2, 2), "ru",
      "Посольство Республики Велтрия выражает сожаление в связи с санкциями против экспортёров зерна.",
      "Об этом сообщила газета Harbour Gazette со ссылкой на организаторов Grain Exporters Forum.");

  static final Message RUSSIAN_INTERVIEW = message(105, TRANSCRIPTS, "Интервью посла Ильзе Варги газете «Вечерний Линдор»",
      LocalDate.of(2026, 2, 12), "ru",
      "Вопрос: Как вы оцениваете новые санкции?",
      "Ильзе Варга: Санкциями ничего не решить, нужны переговоры.",
      "Вопрос: Когда откроется консульство?",
      "Ильзе Варга: Весной.");

  /** Dated after {@link #TODAY}: the site does not show it yet. */
  static final Message SPRING_FESTIVAL = message(106, NEWS, "Statement on the spring festival and grain sanctions",
      LocalDate.of(2026, 4, 1), "en",
      "The embassy invites everyone to the spring festival, whatever the grain sanctions and the exporters' worries.");

  static final List<Message> ALL = List.of(GRAIN_SANCTIONS, HARBOUR_INTERVIEW, CULTURAL_CENTRE, RUSSIAN_STATEMENT,
      RUSSIAN_INTERVIEW, SPRING_FESTIVAL);

  static final List<Section> SECTIONS = List.of(STATEMENTS, TRANSCRIPTS, NEWS);

  private Archive() {}

  static Message message(long number, Section section, String title, LocalDate published, String language,
      String... paragraphs) {
    return new Message(number, section, Kind.fromTitle(title), title, published, false, 0, TitleEvent.of(title),
        language, Body.of(List.of(paragraphs)), "", List.of(), Optional.empty());
  }
}
