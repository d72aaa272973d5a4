package org.chancery.content;

/** What the audit log records. Stored by name: renaming a constant needs a migration. */
public enum AuditAction {
  SIGNED_IN,
  SIGN_IN_FAILED,
  SIGNED_OUT,
  PASSWORD_CHANGED,
  ACCOUNT_ADDED,
  ACCOUNT_DISABLED,
  MESSAGE_DRAFTED,
  MESSAGE_SAVED,
  MESSAGE_SUBMITTED,
  MESSAGE_REJECTED,
  MESSAGE_PUBLISHED,
  MESSAGE_SCHEDULED,
  MESSAGE_WITHDRAWN,
  MESSAGE_REMOVED,
  MESSAGE_RESTORED,
  MASTHEAD_CHANGED
}
