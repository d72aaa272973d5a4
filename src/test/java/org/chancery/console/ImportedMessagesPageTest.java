package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.chancery.content.Block;
import org.chancery.content.Body;
import org.chancery.content.Edition;
import org.chancery.content.EditionState;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.Speaker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Messages that came in by import, not through the console: listed, opened, changed, withdrawn
 * in the console like any other, their public content becoming their first edition.
 */
class ImportedMessagesPageTest extends NewsroomPagesTest {

  Message imported;

  @BeforeEach
  void importOne() {
    // What the importer stores: a message and nothing else, no edition.
    imported = server.messages.write(w -> w.add(Message.create(Section.NEWS, "Interview of the Ambassador",
        LocalDate.of(2026, 11, 2), new Body(List.of(new Block.Turn(Speaker.QUESTION, List.of("When?")),
            new Block.Turn(new Speaker("Ambassador"), List.of("In May.")))))));
  }

  @Test
  void an_imported_message_is_listed_and_opens_as_a_published_first_edition_by_the_import() {
    Browser.Reply list = writer.get("/console/messages").expectStatus(200);
    assertThat(list.html().select("#on-site ~ ul a").eachAttr("href"))
        .containsExactly("/console/messages/" + imported.number());

    Browser.Reply page = writer.get("/console/messages/" + imported.number()).expectStatus(200);
    assertThat(page.html().select("section.edition h2").eachText()).containsExactly("Edition 1: Published");
    assertThat(page.lines()).anySatisfy(l -> assertThat(l).contains("by the import", "imported; published on 2026-11-02"));
    assertThat(page.html().select("form[action$=/new-edition]")).hasSize(1);
    assertThat(server.editions.editions(imported.number())).as("opening a page writes nothing").isEmpty();
  }

  @Test
  void a_new_edition_of_an_imported_message_starts_from_its_public_text_and_replaces_it_when_published() {
    String message = "/console/messages/" + imported.number();
    writer.post(message + "/new-edition", "csrf", writer.csrf(), "change", "major", "note", "The date was added.")
        .expectRedirectTo(message + "?notice=message-new-edition");

    Browser.Reply form = writer.get(message + "/editions/2").expectStatus(200);
    assertThat(form.html().select("textarea[name=body]").text()).contains("Question: When?", "Ambassador: In May.");
    writer.post(message + "/editions/2", "csrf", writer.csrf(), "title", "Interview of the Ambassador",
            "section", "news", "published", "2026-11-02", "body", "Question: When?\n\nAmbassador: On 4 May.",
            "basedOn", form.html().select("input[name=basedOn]").val())
        .expectRedirectTo(message + "?notice=message-saved");
    writer.post(message + "/editions/2/submit", "csrf", writer.csrf()).expectStatus(303);
    editor.post(message + "/editions/2/publish", "csrf", editor.csrf()).expectStatus(303);

    Browser.Reply reader = pageWithin(imported.path(), r -> r.lines().contains("On 4 May."));
    assertThat(reader.html().select(".notice.updates p").eachText())
        .containsExactly("Updated 20 November 2026: The date was added.");
    Edition first = server.editions.edition(imported.number(), 1).orElseThrow();
    assertThat(first.isImported()).isTrue();
    assertThat(first.state()).isEqualTo(EditionState.SUPERSEDED);
    assertThat(first.content()).isEqualTo(imported);
    assertThat(writer.get(message + "/history").expectStatus(200).lines())
        .anySatisfy(l -> assertThat(l).contains("the import"));
  }

  @Test
  void an_imported_message_is_withdrawn_with_its_reason() {
    String message = "/console/messages/" + imported.number();
    writer.post(message + "/withdraw", "csrf", writer.csrf(), "reason", "Overtaken.").expectStatus(403);
    assertThat(server.editions.editions(imported.number())).as("a refused action records nothing").isEmpty();

    editor.post(message + "/withdraw", "csrf", editor.csrf(), "reason", "Overtaken by the joint statement.")
        .expectStatus(303);

    Browser.Reply reader = pageWithin(imported.path(), r -> !r.html().select(".notice.withdrawn").isEmpty());
    assertThat(reader.html().select(".notice.withdrawn").text()).contains("Overtaken by the joint statement.");
    assertThat(server.editions.editions(imported.number())).extracting(Edition::state)
        .containsExactly(EditionState.WITHDRAWN);
  }
}
