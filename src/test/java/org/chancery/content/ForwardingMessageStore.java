package org.chancery.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link MessageStore} that hands every call to another store, for tests that break one call:
 * subclass it and override just that call. {@link #writer(MessageWriter)} does the same for the
 * writing side of a transaction.
 */
public class ForwardingMessageStore implements MessageStore {

  private final MessageStore delegate;

  public ForwardingMessageStore(MessageStore delegate) {
    this.delegate = delegate;
  }

  /** The writer a transaction's work is given; override to break a write. */
  protected MessageWriter writer(MessageWriter writer) {
    return writer;
  }

  @Override
  public ArchivePage archive(ArchiveRequest request) {
    return delegate.archive(request);
  }

  @Override
  public Optional<Message> message(long number, LocalDate today) {
    return delegate.message(number, today);
  }

  @Override
  public Optional<Long> messageForLegacyPath(String path) {
    return delegate.messageForLegacyPath(path);
  }

  @Override
  public List<Section> sections(LocalDate today) {
    return delegate.sections(today);
  }

  @Override
  public List<Section> allSections() {
    return delegate.allSections();
  }

  @Override
  public Optional<Withdrawal> withdrawal(long number) {
    return delegate.withdrawal(number);
  }

  @Override
  public boolean isRemoved(long number) {
    return delegate.isRemoved(number);
  }

  @Override
  public List<PublicUpdate> updates(long number) {
    return delegate.updates(number);
  }

  @Override
  public List<Message> translations(long number, LocalDate today) {
    return delegate.translations(number, today);
  }

  @Override
  public List<Speaker> speakers() {
    return delegate.speakers();
  }

  @Override
  public List<StoreChange> changesSince(long seq, int limit) {
    return delegate.changesSince(seq, limit);
  }

  @Override
  public Optional<StoreChange> change(long seq) {
    return delegate.change(seq);
  }

  @Override
  public Optional<Message> searchable(long number) {
    return delegate.searchable(number);
  }

  @Override
  public List<Message> searchableAfter(long after, int limit) {
    return delegate.searchableAfter(after, limit);
  }

  @Override
  public Optional<Masthead> masthead() {
    return delegate.masthead();
  }

  @Override
  public long lastChange() {
    return delegate.lastChange();
  }

  @Override
  public <T> T write(Function<MessageWriter, T> work) {
    return delegate.write(writer -> work.apply(writer(writer)));
  }

  /** A {@link MessageWriter} that hands every call to another; override the call to break. */
  public static class ForwardingWriter implements MessageWriter {

    private final MessageWriter delegate;

    public ForwardingWriter(MessageWriter delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<Message> messagesTitled(String titleKey) {
      return delegate.messagesTitled(titleKey);
    }

    @Override
    public List<Message> messagesOn(LocalDate published) {
      return delegate.messagesOn(published);
    }

    @Override
    public Optional<Message> stored(long number) {
      return delegate.stored(number);
    }

    @Override
    public Message add(Message message) {
      return delegate.add(message);
    }

    @Override
    public void update(Message message) {
      delegate.update(message);
    }

    @Override
    public long reserveNumber() {
      return delegate.reserveNumber();
    }

    @Override
    public void addReserved(Message message) {
      delegate.addReserved(message);
    }

    @Override
    public void saveMasthead(Masthead masthead) {
      delegate.saveMasthead(masthead);
    }

    @Override
    public List<Section> sections() {
      return delegate.sections();
    }

    @Override
    public void addSection(Section section) {
      delegate.addSection(section);
    }

    @Override
    public void renameSection(Section renamed) {
      delegate.renameSection(renamed);
    }

    @Override
    public void reorderSections(List<String> slugs) {
      delegate.reorderSections(slugs);
    }

    @Override
    public void withdraw(long number, Withdrawal withdrawal) {
      delegate.withdraw(number, withdrawal);
    }

    @Override
    public void remove(long number) {
      delegate.remove(number);
    }

    @Override
    public long audit(AuditEvent event) {
      return delegate.audit(event);
    }

    @Override
    public <T> T allOrNothing(Supplier<T> unit) {
      return delegate.allOrNothing(unit);
    }
  }
}
