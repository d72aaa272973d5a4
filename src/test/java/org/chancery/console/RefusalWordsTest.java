package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.chancery.content.AccountRefusal;
import org.chancery.content.EditionState;
import org.chancery.content.Refusal;
import org.chancery.content.Role;
import org.chancery.content.SectionRefusal;
import org.chancery.content.WorkflowRefusal;
import org.chancery.site.UiText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal the console can show has its sentence in English and Russian, and shows it so. */
class RefusalWordsTest {

  @TempDir
  Path dir;

  @Test
  void every_refusal_reason_has_its_sentence_in_both_languages() {
    List<Refusal.Reason> reasons = Stream.of(WorkflowRefusal.Reason.values(), AccountRefusal.Reason.values(),
        SectionRefusal.Reason.values()).flatMap(Stream::of).map(Refusal.Reason.class::cast).toList();
    for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
      UiText text = UiText.load(language);
      assertThat(reasons).allSatisfy(r -> assertThat(text.get("console.refusal." + r.key())).isNotBlank());
    }
    for (WorkflowRefusal.Act act : WorkflowRefusal.Act.values()) {
      assertThat(UiText.load(Locale.forLanguageTag("ru")).get("console.act." + act.name().toLowerCase(Locale.ROOT)))
          .isNotBlank();
    }
  }

  @Test
  void the_english_console_shows_the_workflows_own_sentence() {
    WorkflowRefusal refusal = new WorkflowRefusal(WorkflowRefusal.Reason.EDITORS_ONLY, WorkflowRefusal.Act.WITHDRAW,
        Role.WRITER);
    try (ConsoleServer server = ConsoleServer.start(dir)) {
      assertThat(refusal.getMessage()).isEqualTo("Only an editor can withdraw a message; you are signed in as a writer.");
      assertThat(consolePages(server, Locale.ENGLISH).sentence(refusal)).isEqualTo(refusal.getMessage());
    }
  }

  @Test
  void a_russian_console_refuses_in_russian_naming_the_state_and_the_act_in_russian() {
    try (ConsoleServer server = ConsoleServer.start(dir, Locale.forLanguageTag("ru"), false)) {
      Browser editor = server.signedIn(Role.EDITOR);
      Browser.Reply saved = editor.post("/console/messages", NewsroomPagesTest.fields(editor, "Заявление", "Текст."))
          .expectStatus(303);
      String message = saved.header("Location").orElseThrow().replaceAll("\\?.*$", "");

      Browser.Reply early = editor.post(message + "/editions/1/publish", "csrf", editor.csrf()).expectStatus(409);
      assertThat(early.error())
          .isEqualTo("Черновик нельзя опубликовать, пока он не одобрен: сначала отправьте его на проверку.");

      editor.post(message + "/editions/1/submit", "csrf", editor.csrf()).expectStatus(303);
      Browser.Reply own = editor.post(message + "/editions/1/publish", "csrf", editor.csrf()).expectStatus(409);
      assertThat(own.error()).isEqualTo("Эту редакцию написали вы, поэтому проверить её должен другой редактор.");

      Browser.Reply submitted = editor.post(message + "/withdraw", "csrf", editor.csrf(), "reason", "Ошибка.")
          .expectStatus(409);
      assertThat(submitted.error()).isEqualTo("У сообщения " + message.substring(message.lastIndexOf('/') + 1)
          + " нет опубликованной редакции.");
      assertThat(server.editions.edition(Long.parseLong(message.substring(message.lastIndexOf('/') + 1)), 1)
          .orElseThrow().state()).isEqualTo(EditionState.SUBMITTED);
    }
  }

  private static ConsolePages consolePages(ConsoleServer server, Locale language) {
    return new ConsolePages(new ConsoleSettings("Embassy of Veloria", language, java.time.ZoneId.of("UTC"), false),
        server.messages);
  }
}
