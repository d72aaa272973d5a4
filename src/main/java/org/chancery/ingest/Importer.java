package org.chancery.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chancery.content.Masthead;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.MessageStore.MessageWriter;
import org.chancery.ingest.ImportReport.Entry;
import org.chancery.ingest.ImportReport.FileResult;
import org.chancery.ingest.MessageMerge.Outcome;
import org.chancery.ingest.MessageMerge.Status;

/**
 * Imports page snapshots into a {@link MessageStore}: one stored message per real message, however
 * many pages showed it (see {@link MessageMerge}), messages of one day in the order the site
 * listed them (see {@link DayRanking}), and the masthead of the newest page, this run's or the
 * stored one's, with the counters of all of them (see {@link CounterHistory}). A big site can
 * so be imported in batches, in any order.
 *
 * <p>Every file is parsed before anything is written, so a file that cannot be read is reported
 * and skipped without touching the store. Each file is then written as one unit
 * ({@link MessageWriter#allOrNothing}): if storing any of its messages fails, none of them stay,
 * and the other files go in regardless. Nothing is written where nothing differs, so importing
 * the same files again leaves the store, and its {@link MessageStore#lastChange()}, as it was.
 */
public final class Importer {

  private final MessageStore store;
  private final Reader reader;

  public Importer(MessageStore store) {
    this(store, Snapshot::read);
  }

  /** With another way of reading a file: for tests that need a reader which breaks. */
  Importer(MessageStore store, Reader reader) {
    this.store = Objects.requireNonNull(store, "store");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** Reads one snapshot file: {@link Snapshot#read}, or a stand-in that breaks in a test. */
  @FunctionalInterface
  interface Reader {
    Snapshot read(Path file) throws IOException, SnapshotException;
  }

  /** {@link #run(List, ProgressListener)} without progress. */
  public ImportReport run(List<Path> files) {
    return run(files, ProgressListener.NONE);
  }

  /** Imports {@code files}; the report lists them in the order given. */
  public ImportReport run(List<Path> files, ProgressListener listener) {
    listener.started(files.size() * 2);
    FileResult[] results = new FileResult[files.size()];
    List<Parsed> parsed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      try {
        parsed.add(new Parsed(i, reader.read(file)));
      } catch (SnapshotException e) {
        results[i] = FileResult.failed(file.toString(), e.getMessage());
      } catch (IOException e) {
        results[i] = FileResult.failed(file.toString(), file + ":1: cannot read the file: " + e);
      } catch (RuntimeException e) {
        // A parser bug must cost one file, not the run: the operator gets a report, not a stack trace.
        results[i] = FileResult.failed(file.toString(), file + ":1: could not read the page: " + e);
      }
      listener.stepped("read " + file.getFileName());
    }
    for (int i = 0; i < files.size() - parsed.size(); i++) {
      listener.stepped("skipped a file that could not be read");
    }
    Run run = new Run();
    if (!parsed.isEmpty()) {
      // Newest first: where pages disagree, the merge keeps the first wording it stores.
      parsed.sort(Comparator.comparing((Parsed p) -> p.snapshot.shownAt()).reversed()
          .thenComparingInt(p -> p.index));
      DayOrders dayOrders = DayOrders.of(parsed.stream().map(p -> p.snapshot).toList());
      // The writer cannot read the masthead; writers are serialised, so this read stays current.
      Optional<Masthead> storedMasthead = store.masthead();
      try {
        store.write(writer -> {
          DayRanking ranking = DayRanking.before(writer, dayOrders);
          List<Snapshot> imported = new ArrayList<>();
          for (Parsed p : parsed) {
            try {
              FileChanges changes = writer.allOrNothing(() -> importFile(writer, p.snapshot));
              run.commit(changes);
              imported.add(p.snapshot);
              run.files.put(p.index, changes);
            } catch (RuntimeException e) {
              results[p.index] = FileResult.failed(p.snapshot.file(), failure(p.snapshot, e));
            }
            listener.stepped("imported " + Path.of(p.snapshot.file()).getFileName());
          }
          RunFailure.step("ordering the messages of each day", () -> run.reranked(ranking.apply(writer)));
          RunFailure.step("saving the masthead", () -> saveMasthead(writer, storedMasthead, imported));
          return null;
        });
      } catch (RuntimeException e) {
        return rolledBack(results, parsed, e);
      }
    }
    // Entries are made only now, so that each shows the message as the whole run left it.
    for (Map.Entry<Integer, FileChanges> done : run.files.entrySet()) {
      results[done.getKey()] = run.result(done.getValue());
    }
    return new ImportReport(List.of(results), run.count(Status.NEW), run.count(Status.UPDATED),
        run.count(Status.UNCHANGED));
  }

  private record Parsed(int index, Snapshot snapshot) {}

  /**
   * The report of a run whose transaction failed after its files and was rolled back: every file
   * that had gone in is now failed too, and nothing was added or changed.
   */
  private static ImportReport rolledBack(FileResult[] results, List<Parsed> parsed, RuntimeException e) {
    for (Parsed p : parsed) {
      if (results[p.index] == null) {
        results[p.index] = FileResult.failed(p.snapshot.file(), RunFailure.reportFor(p.snapshot.file(), e));
      }
    }
    return new ImportReport(List.of(results), 0, 0, 0);
  }

  /** What one file did: outcomes in page order, the main message's first. */
  private record FileChanges(String file, Optional<Outcome> main, List<Outcome> listed) {}

  private static FileChanges importFile(MessageWriter writer, Snapshot page) {
    Optional<Outcome> main = page.main().map(m -> store(writer, page, Sighting.ofMain(page, m)));
    List<Outcome> listed = new ArrayList<>();
    for (Snapshot.Listed item : page.listed()) {
      listed.add(store(writer, page, Sighting.ofListed(page, item)));
    }
    return new FileChanges(page.file(), main, listed);
  }

  private static Outcome store(MessageWriter writer, Snapshot page, Sighting seen) {
    try {
      return MessageMerge.apply(writer, seen);
    } catch (RuntimeException e) {
      // Rethrown so that allOrNothing rolls the whole file back, with the line to look at.
      throw new ImportFailure(page.file() + ":" + seen.line() + ": could not store \""
          + MastheadParser.clip(seen.title()) + "\": " + e.getMessage(), e);
    }
  }

  private static String failure(Snapshot page, RuntimeException e) {
    return e instanceof ImportFailure ? e.getMessage() : page.file() + ":1: could not store the page: " + e;
  }

  /**
   * The masthead of the newest page, with counters merged across all pages; saved only if it
   * differs. The newest page may be the stored masthead's, from an earlier run: a batch of older
   * pages must not bring back the clocks and contact the site has since changed.
   */
  private static void saveMasthead(MessageWriter writer, Optional<Masthead> stored, List<Snapshot> pages) {
    if (pages.isEmpty()) {
      return;
    }
    Snapshot newestPage = pages.stream().max(Comparator.comparing(Snapshot::shownAt)).orElseThrow();
    Optional<Masthead> storedNewer = stored.filter(s -> s.seenNoEarlierThan(newestPage.shownAt()));
    Masthead newest = storedNewer.orElse(newestPage.masthead());
    Masthead merged = newest.withCounters(CounterHistory.merge(pages, stored));
    if (!stored.equals(Optional.of(merged))) {
      writer.saveMasthead(merged);
    }
  }

  /** A failure while storing one sighting, its message already naming the file and line. */
  private static final class ImportFailure extends RuntimeException {
    ImportFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The state of a run: the latest version of every message it touched, and what happened to each,
   * counting only files that went in.
   */
  private static final class Run {
    final Map<Integer, FileChanges> files = new LinkedHashMap<>();
    final Map<Long, Message> latest = new HashMap<>();
    final Map<Long, Status> status = new HashMap<>();

    void commit(FileChanges changes) {
      List<Outcome> all = new ArrayList<>(changes.listed());
      changes.main().ifPresent(all::add);
      for (Outcome outcome : all) {
        long number = outcome.message().number();
        latest.put(number, outcome.message());
        status.merge(number, outcome.status(), Run::stronger);
      }
    }

    /** A new rank is an update of a message the run saw; others it moved are not in its report. */
    void reranked(List<Message> messages) {
      for (Message message : messages) {
        latest.computeIfPresent(message.number(), (n, before) -> message);
        status.computeIfPresent(message.number(), (n, before) -> stronger(before, Status.UPDATED));
      }
    }

    /** New stays new; updated beats unchanged. */
    private static Status stronger(Status before, Status now) {
      return before == Status.NEW || now == Status.UNCHANGED ? before : now;
    }

    int count(Status wanted) {
      return (int) status.values().stream().filter(s -> s == wanted).count();
    }

    FileResult result(FileChanges changes) {
      return new FileResult(changes.file(), Optional.empty(), changes.main().map(this::entry),
          changes.listed().stream().map(this::entry).toList());
    }

    private Entry entry(Outcome outcome) {
      Message message = latest.get(outcome.message().number());
      return new Entry(message.path(), message.title(), message.published());
    }
  }
}
