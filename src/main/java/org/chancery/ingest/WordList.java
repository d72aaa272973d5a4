package org.chancery.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list bundled in the jar under {@code /synthetic/}: sections headed {@code [name]}, lines
 * starting with {@code #} ignored. Each section is read as its lines, or as its
 * whitespace-separated entries, in the order written (the order of frequency).
 */
final class WordList {

  private final String resource;
  private final Map<String, List<String>> sections;

  private WordList(String resource, Map<String, List<String>> sections) {
    this.resource = resource;
    this.sections = sections;
  }

  static WordList read(String name) {
    String resource = "/synthetic/" + name;
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the word list " + resource + " is not bundled");
      }
      Map<String, List<String>> sections = new LinkedHashMap<>();
      List<String> current = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = line.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
          current = sections.computeIfAbsent(text.substring(1, text.length() - 1), s -> new ArrayList<>());
        } else if (!text.isEmpty() && !text.startsWith("#") && current != null) {
          current.add(text);
        }
      }
      return new WordList(resource, sections);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + resource, e);
    }
  }

  /** The section's lines, in order. */
  List<String> lines(String section) {
    List<String> lines = sections.get(section);
    if (lines == null || lines.isEmpty()) {
      throw new IllegalStateException("the word list " + resource + " has no section [" + section + "]");
    }
    return lines;
  }

  /** The section's whitespace-separated entries, in order, each once. */
  List<String> entries(String section) {
    return lines(section).stream().flatMap(line -> List.of(line.split("\\s+")).stream()).distinct().toList();
  }

  /** The section's lines split at " | " into their fields. */
  List<String[]> records(String section) {
    return lines(section).stream().map(line -> line.split("\\s*\\|\\s*")).toList();
  }
}
