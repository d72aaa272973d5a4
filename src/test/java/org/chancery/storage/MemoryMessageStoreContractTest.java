package org.chancery.storage;

import org.chancery.content.MemoryMessageStore;
import org.chancery.content.MessageStore;

/** The fake that other packages test with keeps the same contract as the database store. */
class MemoryMessageStoreContractTest extends MessageStoreContract {

  @Override
  MessageStore newStore() {
    return new MemoryMessageStore();
  }
}
