package org.chancery.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  private State state = new State(new TreeMap<>(), Optional.empty(), 0, new HashMap<>(), new HashSet<>(), 0,
      new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

  /**
   * @param reserved the highest number reserveNumber() gave out; add() never hands it out again
   * @param sections the managed sections, in menu order
   * @param changes the change log, oldest first
   * @param audit the audit log, oldest first: written in the transactions, as the database's is
   */
  private record State(TreeMap<Long, Message> messages, Optional<Masthead> masthead, long lastChange,
      Map<Long, Withdrawal> withdrawals, Set<Long> removed, long reserved, List<Section> sections,
      List<StoreChange> changes, List<AuditLog.Entry> audit) {
    State copy() {
      return new State(new TreeMap<>(messages), masthead, lastChange, new HashMap<>(withdrawals),
          new HashSet<>(removed), reserved, new ArrayList<>(sections), new ArrayList<>(changes), new ArrayList<>(audit));
    }

    boolean isListed(Message message) {
      return !removed.contains(message.number());
    }
  }

  @Override
  public synchronized ArchivePage archive(ArchiveRequest request) {
    List<Message> visible = state.messages.values().stream()
        .filter(state::isListed)
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
    return Optional.ofNullable(state.messages.get(number)).filter(state::isListed).filter(m -> m.isPublishedBy(today));
  }

  @Override
  public synchronized Optional<Withdrawal> withdrawal(long number) {
    return Optional.ofNullable(state.withdrawals.get(number));
  }

  @Override
  public synchronized boolean isRemoved(long number) {
    return state.removed.contains(number);
  }

  /** Where the editions are, for {@link #updates}; a {@link MemoryEditionStore} sets itself. */
  private volatile Function<Long, List<Edition>> editions = n -> List.of();

  void readEditionsFrom(Function<Long, List<Edition>> editions) {
    this.editions = editions;
  }

  @Override
  public List<PublicUpdate> updates(long number) {
    return PublicUpdate.of(editions.apply(number));
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
    Set<String> shown = new HashSet<>();
    state.messages.values().stream().filter(state::isListed).filter(m -> m.isPublishedBy(today))
        .forEach(m -> shown.add(m.section().slug()));
    return state.sections.stream().filter(s -> shown.contains(s.slug())).toList();
  }

  @Override
  public synchronized List<Section> allSections() {
    return List.copyOf(state.sections);
  }

  @Override
  public synchronized List<Message> translations(long number, LocalDate today) {
    return state.messages.values().stream().filter(state::isListed).filter(m -> m.isPublishedBy(today))
        .filter(m -> m.translationOf().equals(Optional.of(number)))
        .sorted(Comparator.comparing(Message::language).thenComparingLong(Message::number)).toList();
  }

  @Override
  public synchronized List<Speaker> speakers() {
    Map<String, Speaker> byKey = new java.util.LinkedHashMap<>();
    state.messages.values().forEach(m -> m.body().speakers().forEach(s -> byKey.putIfAbsent(s.key(), s)));
    return byKey.values().stream().sorted(Comparator.comparing(Speaker::name)).toList();
  }

  @Override
  public synchronized List<StoreChange> changesSince(long seq, int limit) {
    return state.changes.stream().filter(c -> c.seq() > seq).limit(limit).toList();
  }

  @Override
  public synchronized Optional<StoreChange> change(long seq) {
    return state.changes.stream().filter(c -> c.seq() == seq).findFirst();
  }

  @Override
  public synchronized Optional<Message> searchable(long number) {
    return Optional.ofNullable(state.messages.get(number)).filter(this::isSearchable);
  }

  @Override
  public synchronized List<Message> searchableAfter(long after, int limit) {
    return state.messages.tailMap(after, false).values().stream().filter(this::isSearchable).limit(limit).toList();
  }

  private boolean isSearchable(Message message) {
    return state.isListed(message) && !state.withdrawals.containsKey(message.number());
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

  /** The audit log as committed, oldest first; {@link MemoryAuditLog} reads it. */
  synchronized List<AuditLog.Entry> auditEntries() {
    return List.copyOf(state.audit);
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
    public Optional<Message> stored(long number) {
      return Optional.ofNullable(state.messages.get(number)).filter(state::isListed);
    }

    @Override
    public Message add(Message message) {
      Message stored = message.withNumber(nextNumber()).withSection(managed(message.section()));
      state.messages.put(stored.number(), stored);
      changed(stored.number());
      return stored;
    }

    @Override
    public long reserveNumber() {
      long number = nextNumber();
      state = new State(state.messages, state.masthead, state.lastChange, state.withdrawals, state.removed, number,
          state.sections, state.changes, state.audit);
      return number;
    }

    @Override
    public void addReserved(Message message) {
      if (message.number() == 0 || state.messages.containsKey(message.number())) {
        throw new IllegalArgumentException("message number " + message.number() + " is not a free reserved number");
      }
      state.messages.put(message.number(), message.withSection(managed(message.section())));
      changed(message.number());
    }

    private long nextNumber() {
      return Math.max(state.messages.isEmpty() ? 0 : state.messages.lastKey(), state.reserved) + 1;
    }

    @Override
    public void withdraw(long number, Withdrawal withdrawal) {
      requireStored(number, "withdraw");
      state.withdrawals.put(number, withdrawal);
      changed(number);
    }

    @Override
    public void remove(long number) {
      requireStored(number, "remove");
      state.removed.add(number);
      changed(number);
    }

    private void requireStored(long number, String verb) {
      if (!state.messages.containsKey(number)) {
        throw new IllegalArgumentException("no message number " + number + " to " + verb);
      }
    }

    @Override
    public void update(Message message) {
      if (!state.messages.containsKey(message.number())) {
        throw new IllegalArgumentException("no message number " + message.number() + " to update");
      }
      state.messages.put(message.number(), message.withSection(managed(message.section())));
      changed(message.number());
    }

    @Override
    public void saveMasthead(Masthead masthead) {
      state = new State(state.messages, Optional.of(masthead), state.lastChange, state.withdrawals, state.removed,
          state.reserved, state.sections, state.changes, state.audit);
      changed();
    }

    @Override
    public List<Section> sections() {
      return List.copyOf(state.sections);
    }

    @Override
    public void addSection(Section section) {
      if (find(section.slug()).isPresent()) {
        throw new IllegalArgumentException("a section with the slug '" + section.slug() + "' exists already");
      }
      state.sections.add(section);
      changed();
    }

    @Override
    public void renameSection(Section renamed) {
      int at = state.sections.indexOf(find(renamed.slug()).orElseThrow(() -> new IllegalArgumentException(
          "no section with the slug '" + renamed.slug() + "' to rename")));
      state.sections.set(at, renamed);
      state.messages.replaceAll((number, m) -> m.section().slug().equals(renamed.slug()) ? m.withSection(renamed) : m);
      changed();
    }

    @Override
    public void reorderSections(List<String> slugs) {
      List<String> current = state.sections.stream().map(Section::slug).toList();
      if (slugs.size() != current.size() || !Set.copyOf(slugs).equals(Set.copyOf(current))) {
        throw new IllegalArgumentException("the new order " + slugs + " must name every section once: " + current);
      }
      List<Section> reordered = slugs.stream().map(slug -> find(slug).orElseThrow()).toList();
      state.sections.clear();
      state.sections.addAll(reordered);
      changed();
    }

    private Optional<Section> find(String slug) {
      return state.sections.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The stored section of this slug, or this one, added last in the menu. */
    private Section managed(Section section) {
      Optional<Section> known = find(section.slug());
      if (known.isEmpty()) {
        state.sections.add(section);
      }
      return known.orElse(section);
    }

    /** Stored to the second, as the database stores it; no change-log row, as there. */
    @Override
    public long audit(AuditEvent event) {
      long seq = state.audit.size() + 1L;
      state.audit.add(new AuditLog.Entry(seq, new AuditEvent(event.at().truncatedTo(ChronoUnit.SECONDS),
          event.account(), event.action(), event.detail(), event.remoteAddress())));
      return seq;
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
      changed(null);
    }

    /** Counts a change, and logs it as one of message {@code number} when that is not null. */
    private void changed(Long number) {
      state.changes.add(new StoreChange(state.lastChange + 1, Optional.ofNullable(number), java.time.Instant.now()));
      state = new State(state.messages, state.masthead, state.lastChange + 1, state.withdrawals, state.removed,
          state.reserved, state.sections, state.changes, state.audit);
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
