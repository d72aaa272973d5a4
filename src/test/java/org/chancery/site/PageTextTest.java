package org.chancery.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTextTest {

  private static final String HTML = """
      <!DOCTYPE html><html><head><title>Not shown</title><style>p{}</style></head><body>
      <header><p>25 July 2021</p><ul><li>Vienna: <time>00:34</time></li><li>Lisbon:   23:34</li></ul>
      <p><span>First counter</span> <span>second counter</span></p></header>
      <main><h1>A   title</h1><div><p><a href="#t1"><b>Question:</b></a> Are you
      ready?</p>Loose text<br>after a break</div><script>var hidden = 1;</script>
      <p hidden>Hidden</p><p>\u00a0</p></main></body></html>
      """;

  @Test
  void blocks_start_lines_inline_elements_do_not_and_scripts_show_nothing() {
    assertThat(PageText.linesOf(HTML)).containsExactly(
        "25 July 2021", "Vienna: 00:34", "Lisbon: 23:34", "First counter second counter", "A title",
        "Question: Are you ready?", "Loose text", "after a break");
  }

  @Test
  void expected_lines_are_found_in_order_whole_or_within_a_line() {
    List<String> page = PageText.linesOf(HTML);

    PageText.assertLinesInOrder(List.of("25 July 2021", "", "Lisbon:  23:34 ", "First counter", "second counter",
        "Question: Are you ready?"), page);
  }

  @Test
  void a_line_out_of_order_is_named_with_its_context() {
    List<String> page = PageText.linesOf(HTML);

    assertThatThrownBy(() -> PageText.assertLinesInOrder(List.of("A title", "Lisbon: 23:34"), page))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected line 2 not found after the previous match")
        .hasMessageContaining("missing:  Lisbon: 23:34")
        .hasMessageContaining("5: A title")
        .hasMessageContaining("most similar page line (3): Lisbon: 23:34");
  }
}
