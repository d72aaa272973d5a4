package org.chancery.ingest;

/**
 * Hears how far an import has got, so that a command line can draw a progress bar. An import of
 * n files takes 2n steps: each file is read, then each is written (or skipped when it failed).
 * Called on the importing thread; keep it quick.
 */
public interface ProgressListener {

  /** Hears nothing: for callers that do not show progress. */
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void started(int steps) {}

    @Override
    public void stepped(String what) {}
  };

  /** The import is about to take {@code steps} steps. */
  void started(int steps);

  /** One step is done; {@code what} says which, e.g. "read home.txt". */
  void stepped(String what);
}
