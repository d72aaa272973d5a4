package org.chancery.search;

import java.nio.file.Path;

/**
 * The index folder holds an index that cannot be read: damaged files, a segment missing, or an
 * index written by a Lucene this one cannot read. Nothing in it can be saved; delete it (or
 * {@link LuceneSearchIndex#openOrEmpty open it empty}) and rebuild it from the store.
 */
public final class IndexUnreadable extends Exception {

  private final Path directory;

  IndexUnreadable(Path directory, String reason, Throwable cause) {
    super("the search index in " + directory + " cannot be read: " + reason, cause);
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }
}
