package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the console publishes is searchable on the site within a second, and a withdrawal is gone as fast. */
class PublishedSearchTest extends NewsroomPagesTest {

  @Test
  void a_published_message_is_found_within_a_second_and_a_withdrawn_one_is_gone_as_fast() {
    long number = draft(writer, "Statement on the lighthouse of Port Ardent", "The lighthouse is lit again.");
    assertThat(found("lighthouse", d -> true)).as("a draft is not searchable").isZero();

    publish(number);
    assertThat(found("lighthouse", d -> d.select("li.hit").size() == 1)).isEqualTo(1);

    editor.post(message(number) + "/withdraw", "csrf", editor.csrf(), "reason", "Issued in error.").expectStatus(303);
    assertThat(found("lighthouse", d -> d.select("li.hit").isEmpty())).isZero();
  }

  /** The hits for {@code words} once {@code ready} holds, or after a second. */
  private int found(String words, Predicate<Document> ready) {
    long deadline = System.nanoTime() + 1_000_000_000L;
    Document page;
    do {
      page = Jsoup.parse(server.browser().get("/search?q=" + words).expectStatus(200).body());
    } while (!ready.test(page) && System.nanoTime() < deadline);
    return page.select("li.hit").size();
  }
}
