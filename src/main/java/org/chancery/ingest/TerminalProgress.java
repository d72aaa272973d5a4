package org.chancery.ingest;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A {@link ProgressListener} that draws a progress bar (me.tongfei.progressbar) on a terminal.
 * For the command line; close it when the work returns so the bar's last state is printed and
 * the line ended:
 *
 * <pre>{@code
 * try (TerminalProgress progress = TerminalProgress.on(System.err, "Importing")) {
 *   report = importer.run(files, progress);
 * }
 * }</pre>
 *
 * When the output is not a terminal (a pipe, a CI log), pass {@link ProgressListener#NONE}
 * instead: a bar redrawn with carriage returns makes a log unreadable.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {

  private final PrintStream out;
  private final String task;
  private ProgressBar bar;

  private TerminalProgress(PrintStream out, String task) {
    this.out = out;
    this.task = task;
  }

  /** A bar on {@code out} headed {@code task}, e.g. "Importing". */
  public static TerminalProgress on(PrintStream out, String task) {
    return new TerminalProgress(out, task);
  }

  @Override
  public void started(int steps) {
    close();
    // The bar is built here, not in the constructor, because only now is its length known.
    bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(steps)
        .setConsumer(new ConsoleProgressBarConsumer(out))
        .setUpdateIntervalMillis(100)
        .build();
  }

  @Override
  public void stepped(String what) {
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(what);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
