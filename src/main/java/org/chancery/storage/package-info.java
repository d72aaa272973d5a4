/**
 * The JDBC implementation of {@link org.chancery.content.MessageStore}: the database (a SQLite file
 * by default, PostgreSQL by JDBC URL), its Flyway migrations under {@code db/migration}, the
 * change log, and the archive positions that let any archive page be read by an index seek. Beside
 * it, {@link org.chancery.storage.JdbcAccountStore} (accounts and console sessions) and
 * {@link org.chancery.storage.JdbcAuditLog}, whose writes take the same write lock; the entries of
 * content changes are inserted by the change's own transaction ({@code JdbcWriter.audit}).
 *
 * <p>Public here: {@link org.chancery.storage.Database} (open, migrate, close),
 * {@link org.chancery.storage.JdbcMessageStore}, {@link org.chancery.storage.JdbcEditionStore} (editions
 * and revisions, in the message store's transactions), {@link org.chancery.storage.JdbcAccountStore},
 * {@link org.chancery.storage.JdbcAuditLog} and {@link org.chancery.storage.StorageException}.
 * SQL, row mapping and JSON layouts stay package-private. Nothing outside this package writes SQL
 * against these tables, and no JDBC type leaves it. SQL must run unchanged on both databases; a
 * difference that cannot be avoided goes in a migration under {@code db/migration}, not in code.
 */
package org.chancery.storage;
