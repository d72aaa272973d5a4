package org.chancery;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;
import org.chancery.console.Accounts;
import org.chancery.console.Actor;
import org.chancery.console.Console;
import org.chancery.console.ConsoleRoutes;
import org.chancery.console.ConsoleSettings;
import org.chancery.console.Passwords;
import org.chancery.content.AccountRefusal;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.MessageStore;
import org.chancery.content.Publisher;
import org.chancery.content.PublishingTimer;
import org.chancery.content.ScheduledPublishing;
import org.chancery.content.Role;
import org.chancery.content.Section;
import org.chancery.search.IndexFollower;
import org.chancery.search.LuceneSearchIndex;
import org.chancery.search.Reindexing;
import org.chancery.ingest.ImportReport;
import org.chancery.ingest.Importer;
import org.chancery.ingest.ProgressListener;
import org.chancery.ingest.SyntheticArchive;
import org.chancery.ingest.TerminalProgress;
import org.chancery.site.PublicSite;
import org.chancery.site.SiteSettings;
import org.chancery.storage.Database;
import org.chancery.storage.JdbcEditionStore;
import org.chancery.storage.JdbcAccountStore;
import org.chancery.storage.JdbcAuditLog;
import org.chancery.storage.JdbcMessageStore;
import org.chancery.web.ChangeCached;
import org.chancery.web.ChangeWatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line and the wiring: settings, then the database and the stores, then the importer,
 * or the public site with the console on it, built by hand top to bottom.
 */
@Command(name = "chancery", mixinStandardHelpOptions = true, version = "Chancery 0.1",
    description = "A publishing platform for the press office of a diplomatic mission.",
    subcommands = {Chancery.Serve.class, Chancery.Import.class, Chancery.Generate.class, Chancery.Demo.class,
        Chancery.Reindex.class, Chancery.User.class})
public final class Chancery implements Runnable {

  /** Exit code for bad settings: the message on standard error names the setting. */
  static final int BAD_SETTINGS = 2;
  /** Exit code when a rule refuses what was asked (a short password, a name taken): nothing was changed. */
  static final int REFUSED = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return commandLine(PasswordInput.system());
  }

  /** The command line, with {@code user add} reading passwords from {@code passwords}. */
  static CommandLine commandLine(PasswordInput passwords) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == UserAdd.class ? type.cast(new UserAdd(passwords)) : defaults.create(type);
      }
    };
    return new CommandLine(new Chancery(), factory)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          if (e instanceof Settings.SettingsException) {
            cmd.getErr().println("chancery: " + e.getMessage());
            return BAD_SETTINGS;
          }
          throw e;
        });
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The options every command that opens the store shares. */
  static final class StoreOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "A settings file (Java properties).")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ./data).")
    String data;

    @Option(names = "--db", paramLabel = "URL", description = "A jdbc:sqlite: or jdbc:postgresql: URL (default: SQLite in the data directory).")
    String db;

    Settings settings(Map<String, String> more) {
      Map<String, String> overrides = new HashMap<>(more);
      overrides.put("data", data);
      overrides.put("db", db);
      return Settings.read(Optional.ofNullable(config), System.getenv(), overrides);
    }

    /** Opens the message store these options name, runs {@code work} on it, and closes it. */
    <T> T withMessages(MessageWork<T> work) {
      Settings settings = settings(Map.of());
      try (Database database = Database.open(settings.jdbcUrl())) {
        return work.run(new JdbcMessageStore(database, Clock.systemUTC()), settings);
      }
    }
  }

  /** What a command does with the message store it opened. */
  interface MessageWork<T> {
    T run(MessageStore messages, Settings settings);
  }

  @Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the public site.")
  static final class Serve implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--port", paramLabel = "N", description = "The HTTP port (default: 8080).")
    String port;

    @Option(names = "--now", paramLabel = "INSTANT",
        description = "Show the site as at this ISO-8601 instant with offset, e.g. 2026-11-20T10:05:00+00:00.")
    String now;

    @Override
    public Integer call() throws InterruptedException {
      Map<String, String> overrides = new HashMap<>();
      overrides.put("port", port);
      overrides.put("now", now);
      Settings settings = store.settings(overrides);
      try (Database database = Database.open(settings.jdbcUrl())) {
        serve(settings, database);
      }
      return 0;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import page snapshots of an existing site. Each file is imported whole or not at all.")
  static final class Import implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--json", description = "Print one JSON report instead of progress and a summary.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Snapshot files to import.")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      return store.withMessages((messages, settings) -> {
        ImportReport report = runImport(messages, files, !json && System.console() != null);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.toJson() : report.summaryLine());
        out.flush();
        return report.hasFailures() ? 1 : 0;
      });
    }
  }

  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = {"Fill the store with a synthetic archive for benchmarks: made-up messages of a fictional press office,"
          + " in English and Russian, the same ones for the same seed.",
          "Refuses a store that holds messages already, unless --append is given."})
  static final class Generate implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--messages", required = true, paramLabel = "N",
        description = "How many messages to make: 1 to " + SyntheticArchive.MAX_MESSAGES + ".")
    String count;

    @Option(names = "--seed", paramLabel = "S", description = "Any whole number; the same seed makes the same archive (default: 1).")
    String seed = "1";

    @Option(names = "--append", description = "Add to a store that holds messages already, dated from the day after its newest.")
    boolean append;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      // Checked before the store is opened: opening it would create the data directory.
      int messageCount = wholeNumber("--messages", count, 1, SyntheticArchive.MAX_MESSAGES);
      long seedValue = wholeNumber("--seed", seed, Long.MIN_VALUE, Long.MAX_VALUE);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        return store.withMessages((messages, settings) -> {
          ArchivePage newest = messages.archive(ArchiveRequest.allMessages(1, MessageStore.ANY_DAY));
          if (newest.total() > 0 && !append) {
            err.println("chancery: " + settings.storeName() + " holds " + newest.total() + " messages already; give --append"
                + " to add " + messageCount + " more after them, or name an empty data directory. Nothing was written.");
            return REFUSED;
          }
          SyntheticArchive archive = newest.total() == 0
              ? SyntheticArchive.endingOn(SyntheticArchive.LAST_DAY, messageCount, seedValue)
              : SyntheticArchive.startingOn(newest.messages().get(0).published().plusDays(1), messageCount, seedValue);
          long started = System.nanoTime();
          SyntheticArchive.Summary summary =
              withProgress(System.console() != null, "Generating", progress -> archive.writeTo(messages, progress));
          double seconds = secondsSince(started);
          long total = messages.archive(ArchiveRequest.allMessages(1, MessageStore.ANY_DAY)).total();
          out.println(summary.summaryLine()
              + String.format(Locale.ROOT, " in %.1f s; the store holds %d messages.", seconds, total));
          return 0;
        });
      } finally {
        out.flush();
        err.flush();
      }
    }

    /** The option's value as a whole number from {@code min} to {@code max}, or a message naming the option. */
    private static long wholeNumber(String option, String value, long min, long max) {
      try {
        long number = Long.parseLong(value.strip());
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // falls through to the message below, which says what is allowed
      }
      String allowed = min == Long.MIN_VALUE ? "a whole number" : "a whole number from " + min + " to " + max;
      throw new Settings.SettingsException("option '" + option + "' is '" + value + "'; allowed: " + allowed);
    }

    private static int wholeNumber(String option, String value, int min, int max) {
      return (int) wholeNumber(option, value, (long) min, (long) max);
    }
  }

  @Command(name = "demo", mixinStandardHelpOptions = true,
      description = "Import the bundled demo site (a fictional mission) and serve it.")
  static final class Demo implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ./data-demo).")
    String data = "data-demo";

    @Option(names = "--port", paramLabel = "N", description = "The HTTP port (default: 8080).")
    String port;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Show the site as at this instant.")
    String now;

    @Override
    public Integer call() throws IOException, InterruptedException {
      Map<String, String> overrides = new HashMap<>();
      overrides.put("data", data);
      overrides.put("port", port);
      overrides.put("now", now);
      overrides.put("site.name", "Embassy of the Republic of Veloria");
      Settings settings = Settings.read(Optional.empty(), System.getenv(), overrides);
      try (Database database = Database.open(settings.jdbcUrl())) {
        ImportReport report = runImport(new JdbcMessageStore(database, Clock.systemUTC()), DemoContent.extract(), false);
        System.out.println("Demo content: " + report.summaryLine());
        serve(settings, database);
      }
      return 0;
    }
  }

  @Command(name = "reindex", mixinStandardHelpOptions = true,
      description = "Rebuild the search index (the data directory's search folder) from the store, with progress. "
          + "Stop a running Chancery on the same data directory first.")
  static final class Reindex implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int exit = store.withMessages((messages, settings) -> {
        Path folder = searchFolder(settings);
        long started = System.nanoTime();
        LuceneSearchIndex index;
        try {
          index = openSearchIndex(folder, messages::allSections);
        } catch (java.io.UncheckedIOException e) {
          spec.commandLine().getErr().println("Cannot rebuild the search index in " + folder + ": "
              + e.getMessage() + ". Is Chancery serving from this data directory? Stop it first.");
          return 1;
        }
        long indexed;
        try (index) {
          long batches = Math.max(1, (messages.archive(ArchiveRequest.allMessages(1, MessageStore.ANY_DAY)).total()
              + Reindexing.BATCH - 1) / Reindexing.BATCH);
          indexed = withProgress(System.console() != null, "Indexing", progress -> {
            progress.started((int) batches);
            return Reindexing.rebuild(messages, index, count -> progress.stepped(count + " messages"));
          });
        }
        out.printf(Locale.ROOT, "Indexed %d messages in %.1f s into %s%n", indexed, secondsSince(started), folder);
        return 0;
      });
      out.flush();
      return exit;
    }
  }

  @Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the console's accounts.",
      subcommands = UserAdd.class)
  static final class User implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Add a console account, e.g. the first administrator.",
          "Asks for the password twice on a terminal, or reads one line from standard input."})
  static final class UserAdd implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--role", required = true, paramLabel = "ROLE", converter = RoleName.class,
        description = "admin, editor or writer.")
    Role role;

    @Parameters(paramLabel = "NAME", description = "The sign-in name: 2 to 40 letters, digits, dots, hyphens or underscores.")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PasswordInput passwords;

    UserAdd(PasswordInput passwords) {
      this.passwords = passwords;
    }

    @Override
    public Integer call() {
      Settings settings = store.settings(Map.of());
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (Database database = Database.open(settings.jdbcUrl())) {
        Accounts accounts = new Accounts(new JdbcAccountStore(database), new JdbcAuditLog(database), new Passwords(),
            Clock.systemUTC());
        accounts.requireAvailable(name);
        accounts.enrol(name, role, passwords.read(name), Actor.commandLine());
        out.println("Added the account '" + name + "' (" + role.label() + ").");
        return 0;
      } catch (AccountRefusal | IOException e) {
        err.println("chancery: " + e.getMessage() + " Nothing was stored.");
        return REFUSED;
      } finally {
        out.flush();
        err.flush();
      }
    }
  }

  /** Reads --role as the operator writes it: admin, editor or writer. */
  static final class RoleName implements CommandLine.ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "admin" -> Role.ADMIN;
        case "editor" -> Role.EDITOR;
        case "writer" -> Role.WRITER;
        default -> throw new CommandLine.TypeConversionException("'" + value + "' is no role; allowed: admin, editor, writer");
      };
    }
  }

  private static ImportReport runImport(MessageStore messages, List<Path> files, boolean progress) {
    return withProgress(progress, "Importing", listener -> new Importer(messages).run(files, listener));
  }

  /**
   * Runs {@code work} with a progress bar headed {@code task} on standard error when {@code shown}
   * (a terminal), else hearing nothing: a bar redrawn in a log would make it unreadable.
   */
  private static <T> T withProgress(boolean shown, String task, Function<ProgressListener, T> work) {
    if (!shown) {
      return work.apply(ProgressListener.NONE);
    }
    try (TerminalProgress bar = TerminalProgress.on(System.err, task)) {
      return work.apply(bar);
    }
  }

  /**
   * The public site over this database, as at the settings' fixed instant or live, with its
   * search index brought up to date and kept so. Not yet listening: {@link ServedSite#start} it.
   */
  static ServedSite publicSite(Settings settings, Database database) {
    Clock clock = settings.now().map(now -> Clock.fixed(now, ZoneOffset.UTC)).orElseGet(Clock::systemUTC);
    JdbcMessageStore store = new JdbcMessageStore(database, clock);
    LuceneSearchIndex index = searchIndex(settings, store);
    try {
      IndexFollower follower = new IndexFollower(store, index);
      follower.catchUp(); // what the store holds is searchable from the first request on
      Console console = console(settings, database);
      PublicSite site = PublicSite.create(store, index, clock,
          new SiteSettings(settings.siteName(), settings.homeZone(), settings.language()),
          config -> ConsoleRoutes.declare(config, console));
      return new ServedSite(site, follower.start(IndexFollower.EVERY), index);
    } catch (RuntimeException e) {
      index.close(); // and with it the index's lock, for the next try
      throw e;
    }
  }

  /** The public site with its search index and the follower that keeps the index in step. */
  static final class ServedSite {
    private final PublicSite site;
    private final IndexFollower follower;
    private final LuceneSearchIndex index;

    ServedSite(PublicSite site, IndexFollower follower, LuceneSearchIndex index) {
      this.site = site;
      this.follower = follower;
      this.index = index;
    }

    ServedSite start(int port) {
      site.start(port);
      return this;
    }

    ServedSite start(String host, int port) {
      site.start(host, port);
      return this;
    }

    int port() {
      return site.port();
    }

    /** Stops serving, then the follower, then closes the index (committing it). */
    void stop() {
      site.stop();
      follower.close();
      index.close();
    }
  }

  /**
   * The search index in the data directory's {@code search} folder. An index that cannot be read
   * is emptied, and an index that is empty or does not match the store is rebuilt from the store,
   * each with a line on standard error saying so; the site then starts as usual.
   */
  static LuceneSearchIndex searchIndex(Settings settings, MessageStore store) {
    Path folder = searchFolder(settings);
    ChangeCached<List<Section>> sections = new ChangeCached<>(ChangeWatch.everyTenthOfASecond(store::lastChange),
        store::allSections);
    LuceneSearchIndex index = openSearchIndex(folder, sections);
    Optional<String> reason = Reindexing.reasonToRebuild(store, index);
    if (reason.isPresent()) {
      System.err.println("Search index: " + reason.get() + "; building it in " + folder + " from the store...");
      long started = System.nanoTime();
      long indexed = Reindexing.rebuild(store, index, count -> {});
      System.err.printf(Locale.ROOT, "Search index: %d messages indexed in %.1f s.%n", indexed,
          secondsSince(started));
    }
    return index;
  }

  /** The index in {@code folder}; one that cannot be read is emptied, with a line on standard error saying why. */
  private static LuceneSearchIndex openSearchIndex(Path folder, Supplier<List<Section>> sections) {
    return LuceneSearchIndex.openOrEmpty(folder, sections, reason -> System.err.println("Search index: " + reason + "."));
  }

  private static double secondsSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  static Path searchFolder(Settings settings) {
    return settings.dataDirectory().resolve("search");
  }

  /**
   * The editor console over this database. It always runs on the real time, even when the site is
   * shown as at another instant: sessions and sign-in limits must run out.
   */
  static Console console(Settings settings, Database database) {
    Clock real = Clock.systemUTC();
    ConsoleSettings console = new ConsoleSettings(settings.siteName(), settings.language(), settings.homeZone(),
        settings.isServedOverHttps(), settings.proxies());
    return Console.create(new JdbcAccountStore(database), new JdbcAuditLog(database), new JdbcMessageStore(database, real),
        new JdbcEditionStore(database, real), console, real);
  }

  /**
   * Publishes scheduled editions when their time comes, whether or not anyone visits the site.
   * On the real time, like the console: {@code --now} changes what the site shows, not when
   * editions go live.
   */
  static PublishingTimer scheduledPublishing(Database database) {
    Clock real = Clock.systemUTC();
    return PublishingTimer.start(
        new ScheduledPublishing(new JdbcEditionStore(database, real), new Publisher(real), real), PublishingTimer.EVERY);
  }

  /** Serves the site, and publishes scheduled editions, until the process is stopped. */
  private static void serve(Settings settings, Database database) throws InterruptedException {
    PublishingTimer timer = scheduledPublishing(database);
    ServedSite site = publicSite(settings, database).start(settings.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      site.stop();
      timer.close();
      stopped.countDown();
    }, "chancery-shutdown"));
    System.out.println("Chancery is serving on http://localhost:" + site.port() + "/"
        + settings.now().map(now -> " as at " + now).orElse(""));
    stopped.await();
  }

  /** The demo site's snapshot files, bundled in the jar, copied out to be imported. */
  static final class DemoContent {
    private static final String INDEX = "/demo/index.txt";

    static List<Path> extract() throws IOException {
      List<Path> files = new ArrayList<>();
      Path dir = Files.createTempDirectory("chancery-demo");
      for (String name : names()) {
        try (InputStream in = Chancery.class.getResourceAsStream("/demo/" + name)) {
          if (in == null) {
            throw new IOException("demo file " + name + " is listed in " + INDEX + " but not bundled");
          }
          Path file = dir.resolve(name);
          Files.copy(in, file);
          file.toFile().deleteOnExit();
          files.add(file);
        }
      }
      dir.toFile().deleteOnExit();
      return files;
    }

    private static List<String> names() throws IOException {
      try (InputStream in = Chancery.class.getResourceAsStream(INDEX)) {
        if (in == null) {
          throw new IOException("the demo index " + INDEX + " is not bundled");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
            .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
      }
    }
  }
}
