package org.chancery.storage;

import static org.chancery.storage.Transactions.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.content.Account;
import org.chancery.content.AccountRecord;
import org.chancery.content.AccountRefusal;
import org.chancery.content.AccountStore;
import org.chancery.content.AuditEvent;
import org.chancery.content.Role;
import org.chancery.content.Session;
import org.chancery.content.SignInAttempt;

/**
 * The {@link AccountStore} over a {@link Database}: tables {@code account} and
 * {@code console_session} (migration V2).
 */
public final class JdbcAccountStore implements AccountStore {

  private static final String ACCOUNT_COLUMNS = "a.id, a.name, a.role, a.password_hash, a.created_at, a.disabled";

  private final Database database;

  public JdbcAccountStore(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  @Override
  public Account add(String name, Role role, String passwordHash, Instant createdAt, AuditEvent audit) {
    return Transactions.write(database, connection -> {
      if (find(connection, "a.name_key = ?", AccountStore.nameKey(name)).isPresent()) {
        throw new AccountRefusal(AccountRefusal.Reason.NAME_TAKEN, name);
      }
      Account account = new Account(Transactions.nextId(connection, "account", "id"), name, role);
      try (PreparedStatement statement = connection.prepareStatement("INSERT INTO account "
          + "(id, name, name_key, role, password_hash, created_at, disabled) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        statement.setLong(1, account.id());
        statement.setString(2, name);
        statement.setString(3, AccountStore.nameKey(name));
        statement.setString(4, role.name());
        statement.setString(5, passwordHash);
        statement.setString(6, instant(createdAt));
        statement.setBoolean(7, false);
        statement.executeUpdate();
      }
      JdbcAuditLog.insert(connection, audit);
      return account;
    });
  }

  @Override
  public Optional<AccountRecord> byName(String name) {
    return Transactions.read(database, connection -> find(connection, "a.name_key = ?", AccountStore.nameKey(name)));
  }

  @Override
  public Optional<AccountRecord> byId(long id) {
    return Transactions.read(database, connection -> find(connection, "a.id = ?", id));
  }

  @Override
  public List<AccountRecord> all() {
    return Transactions.read(database, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT " + ACCOUNT_COLUMNS + " FROM account a ORDER BY a.name_key")) {
        return accounts(statement);
      }
    });
  }

  @Override
  public void changePasswordHash(long id, String passwordHash, Optional<String> keepSession, AuditEvent audit) {
    Transactions.write(database, connection -> {
      int changed = update(connection, "UPDATE account SET password_hash = ? WHERE id = ?", passwordHash, id);
      if (changed > 0) {
        update(connection, "DELETE FROM console_session WHERE account_id = ? AND id <> ?", id, keepSession.orElse(""));
      }
      return audited(connection, audit, changed);
    });
  }

  @Override
  public void changeRole(long id, Role role, AuditEvent audit) {
    Transactions.write(database, connection -> {
      if (role != Role.ADMIN) {
        requireAnotherAdministrator(connection, id);
      }
      return audited(connection, audit,
          update(connection, "UPDATE account SET role = ? WHERE id = ? AND role <> ?", role.name(), id, role.name()));
    });
  }

  @Override
  public void disable(long id, AuditEvent audit) {
    Transactions.write(database, connection -> {
      requireAnotherAdministrator(connection, id);
      update(connection, "DELETE FROM console_session WHERE account_id = ?", id);
      return audited(connection, audit,
          update(connection, "UPDATE account SET disabled = ? WHERE id = ? AND disabled = ?", true, id, false));
    });
  }

  @Override
  public void enable(long id, AuditEvent audit) {
    Transactions.write(database, connection -> audited(connection, audit,
        update(connection, "UPDATE account SET disabled = ? WHERE id = ? AND disabled = ?", false, id, true)));
  }

  /** Writes the entry when the update changed a row: an unknown account, or one already so, records nothing. */
  private static int audited(Connection connection, AuditEvent audit, int changed) throws SQLException {
    if (changed > 0) {
      JdbcAuditLog.insert(connection, audit);
    }
    return changed;
  }

  @Override
  public void openSession(Session session) {
    Transactions.write(database, connection -> update(connection, "INSERT INTO console_session "
            + "(id, account_id, created_at, last_seen_at, expires_at, csrf_token) VALUES (?, ?, ?, ?, ?, ?)",
        session.id(), session.account().id(), instant(session.createdAt()), instant(session.lastSeenAt()),
        instant(session.expiresAt()), session.csrfToken()));
  }

  @Override
  public Optional<Session> session(String id) {
    return Transactions.read(database, connection -> {
      // Joined with the account as it is now: a changed role counts at once, a disabled account
      // has no session.
      try (PreparedStatement statement = connection.prepareStatement("SELECT " + ACCOUNT_COLUMNS
          + ", s.created_at, s.last_seen_at, s.expires_at, s.csrf_token"
          + " FROM console_session s JOIN account a ON a.id = s.account_id WHERE s.id = ? AND a.disabled = ?")) {
        statement.setString(1, id);
        statement.setBoolean(2, false);
        try (ResultSet rs = statement.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(new Session(id, account(rs).account(), Instant.parse(rs.getString(7)),
              Instant.parse(rs.getString(8)), Instant.parse(rs.getString(9)), rs.getString(10)));
        }
      }
    });
  }

  @Override
  public void touchSession(String id, Instant at) {
    Transactions.write(database, connection -> update(connection,
        "UPDATE console_session SET last_seen_at = ? WHERE id = ?", instant(at), id));
  }

  @Override
  public void closeSession(String id) {
    Transactions.write(database, connection -> update(connection, "DELETE FROM console_session WHERE id = ?", id));
  }

  @Override
  public void closeSessionsOf(long accountId, Optional<String> keep) {
    Transactions.write(database, connection -> update(connection,
        "DELETE FROM console_session WHERE account_id = ? AND id <> ?", accountId, keep.orElse("")));
  }

  @Override
  public void closeEndedSessions(Instant now, Instant idleSince) {
    Transactions.write(database, connection -> update(connection,
        "DELETE FROM console_session WHERE expires_at <= ? OR last_seen_at <= ?", instant(now), instant(idleSince)));
  }

  @Override
  public SignInAttempt takeSignInAttempt(String nameKey, String address, Instant now, SignInAttempt.Allowance allowance) {
    Instant second = now.truncatedTo(ChronoUnit.SECONDS); // as attempts are stored: waits are whole seconds
    String windowStart = instant(second.minus(allowance.window()));
    return Transactions.write(database, connection -> {
      // Under the write lock: two nodes' attempts at one name cannot both see room for one more.
      update(connection, "DELETE FROM sign_in_attempt WHERE attempted_at <= ?", windowStart);
      Optional<Instant> nameFull = fullSince(connection, "name_key", nameKey, allowance.perName());
      Optional<Instant> addressFull = nameFull.isPresent() ? Optional.empty()
          : fullSince(connection, "address", address, allowance.perAddress());
      Optional<Instant> oldest = nameFull.or(() -> addressFull);
      if (oldest.isPresent()) {
        Duration wait = Duration.between(second, oldest.get().plus(allowance.window()));
        return new SignInAttempt.Refused(wait.isNegative() ? Duration.ZERO : wait);
      }
      long id = Transactions.nextId(connection, "sign_in_attempt", "id");
      update(connection, "INSERT INTO sign_in_attempt (id, name_key, address, attempted_at) VALUES (?, ?, ?, ?)", id,
          nameKey, address, instant(second));
      return new SignInAttempt.Taken(id);
    });
  }

  @Override
  public void giveBackSignInAttempt(long id) {
    Transactions.write(database, connection -> update(connection, "DELETE FROM sign_in_attempt WHERE id = ?", id));
  }

  /**
   * When {@code column} = {@code value} has used up {@code allowed} attempts, the time of the oldest
   * of them (the allowance has room again a window after it); empty while there is room.
   */
  private static Optional<Instant> fullSince(Connection connection, String column, String value, int allowed)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT COUNT(*), MIN(attempted_at) FROM sign_in_attempt WHERE " + column + " = ?")) {
      statement.setString(1, value);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1) >= allowed ? Optional.of(Instant.parse(rs.getString(2))) : Optional.empty();
      }
    }
  }

  /**
   * Refuses when account {@code id} is the last enabled administrator. Runs inside the write
   * transaction, under its lock: no other change to accounts comes between this count and the
   * update it guards.
   */
  private static void requireAnotherAdministrator(Connection connection, long id) throws SQLException {
    Optional<AccountRecord> account = find(connection, "a.id = ?", id);
    if (account.isEmpty() || !account.get().isActiveAdministrator()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT COUNT(*) FROM account WHERE role = ? AND disabled = ? AND id <> ?")) {
      statement.setString(1, Role.ADMIN.name());
      statement.setBoolean(2, false);
      statement.setLong(3, id);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        if (rs.getLong(1) == 0) {
          throw new AccountRefusal(AccountRefusal.Reason.LAST_ADMINISTRATOR, account.get().account().name());
        }
      }
    }
  }

  private static Optional<AccountRecord> find(Connection connection, String where, Object value) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT " + ACCOUNT_COLUMNS + " FROM account a WHERE " + where)) {
      statement.setObject(1, value);
      return accounts(statement).stream().findFirst();
    }
  }

  private static List<AccountRecord> accounts(PreparedStatement statement) throws SQLException {
    List<AccountRecord> found = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        found.add(account(rs));
      }
    }
    return found;
  }

  /** The account in columns 1 to 6 of {@link #ACCOUNT_COLUMNS}. */
  private static AccountRecord account(ResultSet rs) throws SQLException {
    Role role;
    try {
      role = Role.valueOf(rs.getString(3));
    } catch (IllegalArgumentException e) {
      throw new StorageException("account " + rs.getLong(1) + " has the unknown role '" + rs.getString(3) + "'", e);
    }
    return new AccountRecord(new Account(rs.getLong(1), rs.getString(2), role), rs.getString(4),
        Instant.parse(rs.getString(5)), rs.getBoolean(6));
  }

  private static int update(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }
}
