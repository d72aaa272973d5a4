package org.chancery.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The snapshot fixtures under src/test/resources/ingest: pages of a fictional mission's site. */
final class Fixtures {

  /** Relative, so error messages name the file the way the tests assert them. */
  static final Path DIR = Path.of("src/test/resources/ingest");

  private Fixtures() {}

  static Path path(String name) {
    return DIR.resolve(name);
  }

  /** Parses a fixture, naming it by its bare file name. */
  static Snapshot parse(String name) throws SnapshotException {
    try {
      return Snapshot.parse(name, Files.readAllBytes(path(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Snapshot parseText(String name, String text) throws SnapshotException {
    return Snapshot.parse(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The message a fixture fails with. */
  static String failure(String name) {
    return assertThrows(SnapshotException.class, () -> parse(name)).getMessage();
  }

  static String failureOfText(String name, String text) {
    return assertThrows(SnapshotException.class, () -> parseText(name, text)).getMessage();
  }
}
