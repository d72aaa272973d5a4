package org.chancery.storage;

import org.chancery.content.MemoryAuditLog;
import org.chancery.content.MemoryEditionStore;
import org.chancery.content.MemoryMessageStore;

/** The fake that other packages test with keeps the same contract as the database store. */
class MemoryEditionStoreContractTest extends EditionStoreContract {

  @Override
  void newStores() {
    MemoryMessageStore memory = new MemoryMessageStore();
    messages = memory;
    editions = new MemoryEditionStore(memory);
    audit = new MemoryAuditLog(memory);
  }
}
