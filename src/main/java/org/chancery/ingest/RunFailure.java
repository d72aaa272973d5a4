package org.chancery.ingest;

/**
 * A failure after the per-file units, in a step that belongs to the whole run (ranking the days,
 * saving the masthead, committing). It rolls the whole run back, so it is reported on every file
 * rather than escaping as a bare exception that leaves the operator without a report.
 */
final class RunFailure extends RuntimeException {

  private final String step;

  private RunFailure(String step, RuntimeException cause) {
    super(step + ": " + why(cause), cause);
    this.step = step;
  }

  /** Runs one of the run's final steps, naming it if it fails. */
  static void step(String step, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      throw new RunFailure(step, e);
    }
  }

  /** What each file of a failed run is reported with; {@code e} may be a step's or the commit's. */
  static String reportFor(String file, RuntimeException e) {
    String step = e instanceof RunFailure failure ? failure.step : "storing the run";
    Throwable cause = e instanceof RunFailure ? e.getCause() : e;
    return file + ":1: not imported: the run's final step (" + step + ") failed, so nothing of the run was stored: "
        + why(cause);
  }

  private static String why(Throwable e) {
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }
}
