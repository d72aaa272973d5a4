package org.chancery.storage;

import org.chancery.content.MemoryAccountStore;
import org.chancery.content.MemoryAuditLog;

/** The fakes the console tests use keep the same contract as the database stores. */
class MemoryAccountStoreContractTest extends AccountStoreContract {

  @Override
  Stores newStores() {
    MemoryAuditLog audit = new MemoryAuditLog();
    return new Stores(new MemoryAccountStore(audit), audit);
  }
}
