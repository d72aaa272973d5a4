package org.chancery.storage;

/**
 * The database failed or holds something this version cannot read. The message says what was
 * being done; the cause, when there is one, is the driver's exception.
 */
public final class StorageException extends RuntimeException {

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
