package org.chancery.console;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.chancery.content.Account;
import org.chancery.content.AccountStore;
import org.chancery.content.AuditLog;
import org.chancery.content.MutableClock;
import org.chancery.content.Newsroom;
import org.chancery.content.Publisher;
import org.chancery.content.Role;
import org.chancery.search.IndexFollower;
import org.chancery.search.LuceneSearchIndex;
import org.chancery.site.PublicSite;
import org.chancery.site.SiteSettings;
import org.chancery.storage.Database;
import org.chancery.storage.JdbcAccountStore;
import org.chancery.storage.JdbcAuditLog;
import org.chancery.storage.JdbcEditionStore;
import org.chancery.storage.JdbcMessageStore;

/**
 * The public site with the console on it, over a SQLite file, on a free port, wired as
 * {@code Chancery} wires it but with a clock the test moves and cheap password hashes.
 */
final class ConsoleServer implements AutoCloseable {

  static final Instant START = Instant.parse("2026-11-20T10:05:00Z");
  /** Every account the tests add has this password, unless a test says otherwise. */
  static final String PASSWORD = "correct horse battery";

  final MutableClock clock = new MutableClock(START);
  final String url;
  final Database database;
  final AccountStore accounts;
  final AuditLog audit;
  final JdbcEditionStore editions;
  final JdbcMessageStore messages;
  /** The same verbs the console uses, for setting up accounts without going through pages. */
  final Accounts verbs;
  /** The search index in the test's folder, kept in step with the store as `serve` keeps it. */
  final LuceneSearchIndex search;
  private final IndexFollower follower;
  private final PublicSite site;

  private ConsoleServer(Path dir, Locale locale, boolean secure, Set<String> proxies) {
    url = "jdbc:sqlite:" + dir.resolve("console.db");
    database = Database.open(url);
    accounts = new JdbcAccountStore(database);
    audit = new JdbcAuditLog(database);
    Passwords passwords = new Passwords(1024, 1); // Argon2id still; cheap, for many sign-ins
    verbs = new Accounts(accounts, audit, passwords, clock);
    ZoneId home = ZoneId.of("Europe/Lisbon");
    messages = new JdbcMessageStore(database, clock);
    editions = new JdbcEditionStore(database, clock);
    Console console = Console.create(accounts, audit, messages, editions,
        new ConsoleSettings("Embassy of Veloria", locale, home, secure, proxies), clock, passwords);
    search = LuceneSearchIndex.openOrEmpty(dir.resolve("search"), messages::allSections, reason -> {
      throw new IllegalStateException(reason);
    });
    follower = new IndexFollower(messages, search).start(Duration.ofMillis(50));
    site = PublicSite.create(messages, search, clock, new SiteSettings("Embassy of Veloria", home, locale),
        config -> ConsoleRoutes.declare(config, console)).start("127.0.0.1", 0);
  }

  static ConsoleServer start(Path dir) {
    return new ConsoleServer(dir, Locale.ENGLISH, false, Set.of());
  }

  static ConsoleServer start(Path dir, Locale locale, boolean secureCookies) {
    return new ConsoleServer(dir, locale, secureCookies, Set.of());
  }

  /** Behind reverse proxies at these addresses (the tests' requests all come from 127.0.0.1). */
  static ConsoleServer behind(Path dir, Set<String> proxies) {
    return new ConsoleServer(dir, Locale.ENGLISH, false, proxies);
  }

  /** The editorial actions over this server's database, for setting up messages without pages. */
  Newsroom newsroom() {
    return new Newsroom(editions, new Publisher(clock), clock);
  }

  /**
   * Makes the database refuse every new audit entry (a trigger aborts the insert, and with it the
   * transaction's other writes), or accept them again: for showing that nothing is done unaudited.
   */
  void refuseAuditEntries(boolean refuse) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(refuse
          ? "CREATE TRIGGER audit_refused BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no entries'); END"
          : "DROP TRIGGER audit_refused");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot change the audit log's trigger", e);
    }
  }

  /** A new browser with no cookies. */
  Browser browser() {
    return new Browser(site.port());
  }

  /** Adds an account with {@link #PASSWORD} from the command line. */
  Account enrol(String name, Role role) {
    return verbs.enrol(name, role, PASSWORD, Actor.commandLine());
  }

  /** A browser signed in as a new account of this role named after it, e.g. "editor". */
  Browser signedIn(Role role) {
    String name = role.name().toLowerCase(Locale.ROOT);
    if (accounts.byName(name).isEmpty()) {
      enrol(name, role);
    }
    Browser browser = browser();
    browser.signIn(name, PASSWORD).expectRedirectTo("/console");
    return browser;
  }

  @Override
  public void close() {
    site.stop();
    follower.close();
    search.close();
    database.close();
  }
}
