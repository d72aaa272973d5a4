package org.chancery.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import did, file by file: whether each file went in, the error if it did not, and
 * where its messages are now. Counts are of distinct messages: a message added by one file and
 * seen again in another counts once, as new.
 */
public final class ImportReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<FileResult> files;
  private final int added;
  private final int updated;
  private final int unchanged;

  ImportReport(List<FileResult> files, int added, int updated, int unchanged) {
    this.files = List.copyOf(files);
    this.added = added;
    this.updated = updated;
    this.unchanged = unchanged;
  }

  /**
   * One stored message as a file showed it.
   *
   * @param url the message's path on the new site, {@link org.chancery.content.Message#path()}
   * @param date the message's publication date after the import
   */
  public record Entry(String url, String title, LocalDate date) {
    public Entry {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * One file's outcome.
   *
   * @param file the file as it was named
   * @param error what was wrong, naming the file and line; empty when the file went in
   * @param main the page's own message; empty on listings and failed files
   * @param listed the messages the page listed, in its order
   */
  public record FileResult(String file, Optional<String> error, Optional<Entry> main, List<Entry> listed) {
    public FileResult {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(main, "main");
      listed = List.copyOf(listed);
    }

    static FileResult failed(String file, String error) {
      return new FileResult(file, Optional.of(error), Optional.empty(), List.of());
    }

    public boolean ok() {
      return error.isEmpty();
    }
  }

  public List<FileResult> files() {
    return files;
  }

  /** Messages the import added. */
  public int newMessages() {
    return added;
  }

  /** Messages that were stored before and that the import changed. */
  public int updated() {
    return updated;
  }

  /** Messages that were stored before, seen again, and left as they were. */
  public int unchanged() {
    return unchanged;
  }

  /** Files that changed nothing because they could not be read or stored. */
  public int failed() {
    return (int) files.stream().filter(f -> !f.ok()).count();
  }

  public boolean hasFailures() {
    return failed() > 0;
  }

  /** One line for a terminal, e.g. "Imported 3 files: 25 new, 2 updated, 10 unchanged, 1 failed". */
  public String summaryLine() {
    return "Imported " + files.size() + (files.size() == 1 ? " file: " : " files: ")
        + added + " new, " + updated + " updated, " + unchanged + " unchanged, " + failed() + " failed";
  }

  /**
   * The report as JSON: {@code {"files": [{"file", "ok", "error", "main", "listed"}], "summary":
   * {"files", "new", "updated", "unchanged", "failed"}}}, where error and main are null when
   * absent, main and each listed entry are {@code {"url", "title", "date"}} and dates are
   * yyyy-mm-dd.
   */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode array = root.putArray("files");
    for (FileResult file : files) {
      ObjectNode node = array.addObject();
      node.put("file", file.file());
      node.put("ok", file.ok());
      node.put("error", file.error().orElse(null));
      if (file.main().isPresent()) {
        entry(node.putObject("main"), file.main().get());
      } else {
        node.putNull("main");
      }
      ArrayNode listed = node.putArray("listed");
      file.listed().forEach(e -> entry(listed.addObject(), e));
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", files.size());
    summary.put("new", added);
    summary.put("updated", updated);
    summary.put("unchanged", unchanged);
    summary.put("failed", failed());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
    }
  }

  private static void entry(ObjectNode node, Entry entry) {
    node.put("url", entry.url());
    node.put("title", entry.title());
    node.put("date", entry.date().toString());
  }

  @Override
  public String toString() {
    return summaryLine();
  }
}
