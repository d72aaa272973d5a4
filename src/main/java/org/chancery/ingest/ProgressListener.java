package org.chancery.ingest;

/**
 * Hears how far a long run has got, so that a command line can draw a progress bar. An import of
 * n files takes 2n steps: each file is read, then each is written (or skipped when it failed); a
 * synthetic archive of n messages takes n, one a message stored. Called on the working thread;
 * keep it quick.
 */
public interface ProgressListener {

  /** Hears nothing: for callers that do not show progress. */
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void started(int steps) {}

    @Override
    public void stepped(String what) {}
  };

  /** The run is about to take {@code steps} steps. */
  void started(int steps);

  /** One step is done; {@code what} says which, e.g. "read home.txt". */
  void stepped(String what);
}
