package org.chancery.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.ForwardingMessageStore;
import org.chancery.content.Masthead;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.Section;

/**
 * A store that counts the reads a page costs (all but {@code lastChange}, which the cache reads
 * for its version), so that tests can tell a cached or redirected answer from a rendered one.
 */
final class CountingStore extends ForwardingMessageStore {

  private final AtomicInteger reads = new AtomicInteger();

  CountingStore(MessageStore store) {
    super(store);
  }

  /** Reads since the last call, and starts counting again from 0. */
  int readsSinceLastAsked() {
    return reads.getAndSet(0);
  }

  @Override
  public ArchivePage archive(ArchiveRequest request) {
    reads.incrementAndGet();
    return super.archive(request);
  }

  @Override
  public Optional<Message> message(long number, LocalDate today) {
    reads.incrementAndGet();
    return super.message(number, today);
  }

  @Override
  public Optional<Long> messageForLegacyPath(String path) {
    reads.incrementAndGet();
    return super.messageForLegacyPath(path);
  }

  @Override
  public List<Section> sections(LocalDate today) {
    reads.incrementAndGet();
    return super.sections(today);
  }

  @Override
  public Optional<Masthead> masthead() {
    reads.incrementAndGet();
    return super.masthead();
  }
}
