package org.chancery.ingest;

import org.chancery.content.ForwardingMessageStore;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;

/** A {@link MemoryMessageStore} whose writer fails to add any message whose title contains a word. */
final class FailingStore extends ForwardingMessageStore {

  final MemoryMessageStore memory;
  private final String failOn;

  FailingStore(String failOn) {
    this(new MemoryMessageStore(), failOn);
  }

  private FailingStore(MemoryMessageStore memory, String failOn) {
    super(memory);
    this.memory = memory;
    this.failOn = failOn;
  }

  @Override
  protected MessageWriter writer(MessageWriter writer) {
    return new ForwardingWriter(writer) {
      @Override
      public Message add(Message message) {
        if (message.title().contains(failOn)) {
          throw new IllegalStateException("disk full");
        }
        return super.add(message);
      }
    };
  }
}
