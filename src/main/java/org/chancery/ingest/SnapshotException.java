package org.chancery.ingest;

/**
 * A snapshot file that cannot be read: the message always names the file and the 1-based line,
 * then says what was expected, e.g. {@code home.txt:12: impossible date "31.02.2021": expected a
 * real date as dd.mm.yyyy}. The file changes nothing in the store.
 */
public final class SnapshotException extends Exception {

  private final String file;
  private final int line;
  private final String problem;

  SnapshotException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** The file as it was named to the parser. */
  public String file() {
    return file;
  }

  /** The 1-based line where the problem was found. */
  public int line() {
    return line;
  }

  /** What was wrong and what was expected, without the file and line. */
  public String problem() {
    return problem;
  }
}
