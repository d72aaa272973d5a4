package org.chancery.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An in-memory {@link EditionStore} beside a {@link MemoryMessageStore}, for tests of code above
 * the store. A transaction runs inside the message store's (a copy of both, kept only when the
 * work returns), so a failure rolls back editions and messages together, as the database does.
 */
public final class MemoryEditionStore implements EditionStore {

  private final MemoryMessageStore messages;
  private List<Edition> editions = List.of();
  private List<Revision> revisions = List.of();

  public MemoryEditionStore(MemoryMessageStore messages) {
    this.messages = messages;
    messages.readEditionsFrom(this::editions);
  }

  /** The public messages these editions are published to. */
  public MemoryMessageStore messages() {
    return messages;
  }

  @Override
  public synchronized List<Long> messageNumbers(int limit) {
    return editions.stream().map(e -> e.content().number()).distinct()
        .sorted(Comparator.reverseOrder()).limit(limit).toList();
  }

  @Override
  public synchronized List<Edition> editions(long messageNumber) {
    return of(editions, messageNumber);
  }

  @Override
  public synchronized Optional<Edition> edition(long messageNumber, int editionNumber) {
    return editions(messageNumber).stream().filter(e -> e.number() == editionNumber).findFirst();
  }

  @Override
  public synchronized List<Revision> revisions(long messageNumber) {
    return revisions.stream().filter(r -> r.messageNumber() == messageNumber).toList();
  }

  @Override
  public synchronized Optional<Revision> revision(long messageNumber, int revisionNumber) {
    return revisions(messageNumber).stream().filter(r -> r.number() == revisionNumber).findFirst();
  }

  @Override
  public synchronized List<Edition> scheduledBy(Instant at) {
    return editions.stream()
        .filter(e -> e.state() == EditionState.SCHEDULED && !e.scheduledAt().orElseThrow().isAfter(at))
        .sorted(Comparator.comparing((Edition e) -> e.scheduledAt().orElseThrow())
            .thenComparingLong(e -> e.content().number()).thenComparingInt(Edition::number))
        .toList();
  }

  @Override
  public synchronized <T> T write(Function<EditionWriter, T> work) {
    return messages.write(messageWriter -> {
      Writer writer = new Writer(messageWriter, new ArrayList<>(editions), new ArrayList<>(revisions));
      T result = work.apply(writer);
      // Reached only when the work returned: the message store then keeps its copy too.
      editions = List.copyOf(writer.editions);
      revisions = List.copyOf(writer.revisions);
      return result;
    });
  }

  private static List<Edition> of(List<Edition> editions, long messageNumber) {
    return editions.stream().filter(e -> e.content().number() == messageNumber)
        .sorted(Comparator.comparingInt(Edition::number)).toList();
  }

  private record Writer(MessageStore.MessageWriter messages, List<Edition> editions, List<Revision> revisions)
      implements EditionWriter {

    @Override
    public List<Edition> editions(long messageNumber) {
      return of(editions, messageNumber);
    }

    @Override
    public Optional<Revision> latestRevision(long messageNumber) {
      return revisions.stream().filter(r -> r.messageNumber() == messageNumber)
          .max(Comparator.comparingInt(Revision::number));
    }

    @Override
    public void insert(Edition edition) {
      if (edition.content().number() == 0 || index(edition) >= 0) {
        throw new IllegalArgumentException("edition " + edition.number() + " of message "
            + edition.content().number() + " cannot be inserted");
      }
      editions.add(edition);
    }

    @Override
    public void update(Edition edition) {
      int index = index(edition);
      if (index < 0) {
        throw new IllegalArgumentException("message " + edition.content().number() + " has no edition "
            + edition.number() + " to update");
      }
      editions.set(index, edition);
    }

    @Override
    public Revision appendRevision(Edition edition, long savedBy, Instant savedAt) {
      long message = edition.content().number();
      int number = latestRevision(message).map(Revision::number).orElse(0) + 1;
      Revision revision = new Revision(number, edition.number(), savedBy, savedAt, edition.content());
      revisions.add(revision);
      return revision;
    }

    private int index(Edition edition) {
      for (int i = 0; i < editions.size(); i++) {
        Edition e = editions.get(i);
        if (e.content().number() == edition.content().number() && e.number() == edition.number()) {
          return i;
        }
      }
      return -1;
    }
  }
}
