package org.chancery.ingest;

import java.util.ArrayList;
import java.util.List;

/** A {@link ProgressListener} that writes down what it hears: "started 4", then each step's words. */
final class HeardProgress implements ProgressListener {

  final List<String> heard = new ArrayList<>();

  @Override
  public void started(int steps) {
    heard.add("started " + steps);
  }

  @Override
  public void stepped(String what) {
    heard.add(what);
  }
}
