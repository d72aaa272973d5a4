package org.chancery.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.Masthead;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.Section;

/** A {@link MemoryMessageStore} whose writer fails to add any message whose title contains a word. */
final class FailingStore implements MessageStore {

  final MemoryMessageStore memory = new MemoryMessageStore();
  private final String failOn;

  FailingStore(String failOn) {
    this.failOn = failOn;
  }

  @Override
  public ArchivePage archive(ArchiveRequest request) {
    return memory.archive(request);
  }

  @Override
  public Optional<Message> message(long number, LocalDate today) {
    return memory.message(number, today);
  }

  @Override
  public Optional<Long> messageForLegacyPath(String path) {
    return memory.messageForLegacyPath(path);
  }

  @Override
  public List<Section> sections() {
    return memory.sections();
  }

  @Override
  public Optional<Masthead> masthead() {
    return memory.masthead();
  }

  @Override
  public long lastChange() {
    return memory.lastChange();
  }

  @Override
  public <T> T write(Function<MessageWriter, T> work) {
    return memory.write(writer -> work.apply(new MessageWriter() {
      @Override
      public List<Message> messagesTitled(String titleKey) {
        return writer.messagesTitled(titleKey);
      }

      @Override
      public List<Message> messagesOn(LocalDate published) {
        return writer.messagesOn(published);
      }

      @Override
      public Message add(Message message) {
        if (message.title().contains(failOn)) {
          throw new IllegalStateException("disk full");
        }
        return writer.add(message);
      }

      @Override
      public void update(Message message) {
        writer.update(message);
      }

      @Override
      public void saveMasthead(Masthead masthead) {
        writer.saveMasthead(masthead);
      }

      @Override
      public <U> U allOrNothing(Supplier<U> unit) {
        return writer.allOrNothing(unit);
      }
    }));
  }
}
