package org.chancery.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An in-memory {@link MessageStore} for tests of code above the store. Transactions are copies:
 * the work runs on a copy of the state, which replaces the state only when the work returns.
 */
public final class MemoryMessageStore implements MessageStore {

  /** Newest first, as the archive lists. */
  public static final Comparator<Message> NEWEST_FIRST = Comparator.comparing(Message::published)
      .thenComparingInt(Message::dayOrder)
      .thenComparingLong(Message::number)
      .reversed();

  private State state = new State(new TreeMap<>(), Optional.empty(), 0);

  private record State(TreeMap<Long, Message> messages, Optional<Masthead> masthead, long lastChange) {
    State copy() {
      return new State(new TreeMap<>(messages), masthead, lastChange);
    }
  }

  @Override
  public synchronized ArchivePage archive(ArchiveRequest request) {
    List<Message> visible = state.messages.values().stream()
        .filter(m -> m.isPublishedBy(request.today()))
        .filter(m -> request.section().map(s -> s.slug().equals(m.section().slug())).orElse(true))
        .sorted(NEWEST_FIRST)
        .toList();
    int from = Math.min(visible.size(), (request.page() - 1) * request.pageSize());
    int to = Math.min(visible.size(), from + request.pageSize());
    return new ArchivePage(visible.subList(from, to), request.page(), visible.size(), request.pageSize());
  }

  @Override
  public synchronized Optional<Message> message(long number, LocalDate today) {
    return Optional.ofNullable(state.messages.get(number)).filter(m -> m.isPublishedBy(today));
  }

  @Override
  public synchronized Optional<Long> messageForLegacyPath(String path) {
    return state.messages.values().stream()
        .filter(m -> m.legacyPaths().contains(path))
        .map(Message::number)
        .findFirst();
  }

  @Override
  public synchronized List<Section> sections(LocalDate today) {
    return state.messages.values().stream().filter(m -> m.isPublishedBy(today)).map(Message::section).distinct()
        .sorted(Comparator.comparing(Section::name)).toList();
  }

  @Override
  public synchronized Optional<Masthead> masthead() {
    return state.masthead;
  }

  @Override
  public synchronized long lastChange() {
    return state.lastChange;
  }

  @Override
  public synchronized <T> T write(Function<MessageWriter, T> work) {
    Writer writer = new Writer(state.copy());
    T result = work.apply(writer);
    state = writer.state;
    return result;
  }

  /** Every stored message, published or not, newest first. */
  public synchronized List<Message> all() {
    return state.messages.values().stream().sorted(NEWEST_FIRST).toList();
  }

  private static final class Writer implements MessageWriter {
    private State state;

    Writer(State state) {
      this.state = state;
    }

    @Override
    public List<Message> messagesTitled(String titleKey) {
      return state.messages.values().stream().filter(m -> m.titleKey().equals(titleKey)).toList();
    }

    @Override
    public List<Message> messagesOn(LocalDate published) {
      return state.messages.values().stream().filter(m -> m.published().equals(published)).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public Message add(Message message) {
      long number = state.messages.isEmpty() ? 1 : state.messages.lastKey() + 1;
      Message stored = message.withNumber(number);
      state.messages.put(number, stored);
      changed();
      return stored;
    }

    @Override
    public void update(Message message) {
      if (!state.messages.containsKey(message.number())) {
        throw new IllegalArgumentException("no message number " + message.number() + " to update");
      }
      state.messages.put(message.number(), message);
      changed();
    }

    @Override
    public void saveMasthead(Masthead masthead) {
      state = new State(state.messages, Optional.of(masthead), state.lastChange);
      changed();
    }

    @Override
    public <T> T allOrNothing(Supplier<T> unit) {
      State before = state.copy();
      try {
        return unit.get();
      } catch (RuntimeException e) {
        state = before;
        throw e;
      }
    }

    private void changed() {
      state = new State(state.messages, state.masthead, state.lastChange + 1);
    }
  }

  /** For tests that want to see what the fake holds, keyed by number. */
  public synchronized Map<Long, Message> byNumber() {
    return Map.copyOf(state.messages);
  }

  /** Convenience for tests: all stored titles, newest first. */
  public synchronized List<String> titles() {
    List<String> titles = new ArrayList<>();
    all().forEach(m -> titles.add(m.title()));
    return titles;
  }
}
