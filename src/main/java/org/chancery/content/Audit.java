package org.chancery.content;

/**
 * What the audit log is to say about one change, made from what the change did. The change
 * writes the entry in its own transaction, once everything else is written
 * ({@link MessageStore.MessageWriter#audit}): both commit, or neither. So a change is never live
 * without its entry, and a change refused ({@link WorkflowRefusal}, {@link EditConflict},
 * {@link SectionRefusal}) or failed records nothing.
 *
 * <p>The caller (the console) decides what the entry says: who, the action, and what was acted on
 * in words. {@link Newsroom} and {@link Sections} decide when it is written.
 *
 * @param <T> what the change returns, e.g. the {@link Edition} submitted or the {@link Revision}
 *     saved
 */
@FunctionalInterface
public interface Audit<T> {

  /** The entry recording {@code done}; called inside the transaction, after the change's writes. */
  AuditEvent entry(T done);
}
