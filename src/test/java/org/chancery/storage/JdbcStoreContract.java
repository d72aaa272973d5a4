package org.chancery.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.Section;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store contract plus what only a database store has: files, tables, a change log. */
abstract class JdbcStoreContract extends MessageStoreContract {

  static final Instant NOW = Instant.parse("2021-07-24T22:34:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** The URL of a new, empty database. */
  abstract String newDatabaseUrl();

  String url;
  final List<Database> opened = new ArrayList<>();

  @Override
  MessageStore newStore() {
    url = newDatabaseUrl();
    return new JdbcMessageStore(open(url), CLOCK);
  }

  Database open(String jdbcUrl) {
    Database database = Database.open(jdbcUrl);
    opened.add(database);
    return database;
  }

  Database database() {
    return opened.get(0);
  }

  @AfterEach
  void closeDatabases() {
    opened.forEach(Database::close);
  }

  List<List<Object>> rows(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection connection = database().connection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          Object value = rs.getObject(i);
          row.add(value instanceof Number n ? (Object) n.longValue() : value);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void reopening_the_database_keeps_everything() {
    Message added = add(Fixtures.transcript());
    store.write(w -> {
      w.saveMasthead(Fixtures.masthead());
      return null;
    });
    database().close();

    MessageStore reopened = new JdbcMessageStore(open(url), CLOCK);

    assertThat(reopened.message(1, TODAY)).contains(added);
    assertThat(reopened.masthead()).contains(Fixtures.masthead());
    assertThat(reopened.lastChange()).isEqualTo(2);
    assertThat(reopened.messageForLegacyPath("/fnapr/6443")).contains(1L);
    assertThat(reopened.write(w -> w.add(Fixtures.simple("Next", TODAY))).number()).isEqualTo(2);
  }

  @Test
  void the_change_log_records_each_change_with_its_message_and_time() throws SQLException {
    Message first = add(Fixtures.simple("One", TODAY));
    store.write(w -> {
      w.update(first.withLead("Changed"));
      w.saveMasthead(Fixtures.masthead());
      return null;
    });

    assertThat(rows("SELECT seq, message_number, change, changed_at FROM change_log ORDER BY seq")).containsExactly(
        List.of(1L, 1L, "MESSAGE_ADDED", "2021-07-24T22:34:00Z"),
        List.of(2L, 1L, "MESSAGE_UPDATED", "2021-07-24T22:34:00Z"),
        java.util.Arrays.asList(3L, null, "MASTHEAD_SAVED", "2021-07-24T22:34:00Z"));
  }

  @Test
  void the_change_log_records_each_section_change_with_no_message() throws SQLException {
    add(Fixtures.simple("One", TODAY, Fixtures.PRESS, 0));
    store.write(w -> {
      w.addSection(Fixtures.STATEMENTS);
      w.renameSection(new Section("statements", "Comments"));
      w.reorderSections(List.of("statements", "press-releases"));
      return null;
    });

    assertThat(rows("SELECT seq, message_number, change FROM change_log ORDER BY seq")).containsExactly(
        List.of(1L, 1L, "MESSAGE_ADDED"),
        java.util.Arrays.asList(2L, null, "SECTION_ADDED"),
        java.util.Arrays.asList(3L, null, "SECTION_RENAMED"),
        java.util.Arrays.asList(4L, null, "SECTIONS_REORDERED"));
    assertThat(rows("SELECT slug, name, menu_order FROM section ORDER BY menu_order")).containsExactly(
        List.of("statements", "Comments", 1L), List.of("press-releases", "Press releases and news", 2L));
  }

  /**
   * A database that holds messages from before sections were managed: migrating it lists every
   * section its messages name, in the name order the menu had, each under one name.
   */
  @Test
  void migrating_a_database_with_messages_manages_their_sections_in_the_menu_s_old_order() throws SQLException {
    String old = newDatabaseUrl();
    Flyway.configure().dataSource(old, null, null).locations("classpath:db/migration").target("3").load().migrate();
    try (Connection connection = DriverManager.getConnection(old)) {
      insertOldRow(connection, 1, "statements", "Statements", "2021-07-01");
      insertOldRow(connection, 2, "press-releases", "Press releases and news", "2021-07-02");
      insertOldRow(connection, 3, "statements", "STATEMENTS", "2021-07-03");
      insertOldRow(connection, 4, "later", "Announcements", "2099-01-01");
    }

    MessageStore migrated = new JdbcMessageStore(open(old), CLOCK);

    Section statements = new Section("statements", "Statements");
    assertThat(migrated.allSections()).containsExactly(new Section("later", "Announcements"),
        new Section("press-releases", "Press releases and news"), statements);
    assertThat(migrated.sections(TODAY)).containsExactly(new Section("press-releases", "Press releases and news"),
        statements);
    assertThat(migrated.message(3, TODAY)).as("one name per section").map(Message::section).contains(statements);
    migrated.write(w -> w.add(Fixtures.simple("New", TODAY, new Section("visits", "Visits"), 0)));
    assertThat(migrated.allSections()).extracting(Section::slug)
        .containsExactly("later", "press-releases", "statements", "visits");
  }

  private static void insertOldRow(Connection connection, long number, String slug, String name, String published)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO message (number, section_slug, "
        + "section_name, kind, title, title_key, published, date_estimated, day_order, language, lead, body) "
        + "VALUES (?, ?, ?, 'STATEMENT', ?, ?, ?, FALSE, 0, 'en', '', ?)")) {
      insert.setLong(1, number);
      insert.setString(2, slug);
      insert.setString(3, name);
      insert.setString(4, "Message " + number);
      insert.setString(5, "message " + number);
      insert.setString(6, published);
      insert.setString(7, BodyJson.write(Fixtures.simple("Message " + number, TODAY).body()));
      insert.executeUpdate();
    }
  }

  @Test
  void the_speakers_of_a_message_are_listed_apart_once_each() throws SQLException {
    Message added = add(Fixtures.transcript());

    assertThat(rows("SELECT speaker_key, name FROM speaker ORDER BY speaker_key")).containsExactly(
        List.of("ambassador ilse varga", "Ambassador Ilse Varga"),
        List.of("question", "Question"));
    assertThat(rows("SELECT speaker_key, ordinal FROM message_speaker WHERE message_number = 1 ORDER BY ordinal"))
        .containsExactly(List.of("question", 0L), List.of("ambassador ilse varga", 1L));

    store.write(w -> {
      w.update(added.withBody(Fixtures.simple("x", TODAY).body()));
      return null;
    });
    assertThat(rows("SELECT speaker_key FROM message_speaker")).isEmpty();
  }

  @Test
  void a_write_inside_a_write_is_refused() {
    assertThatThrownBy(() -> store.write(w -> store.write(inner -> null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("write() was called inside another write() on the same thread; "
            + "use the MessageWriter that the outer write() gave you");
  }

  @Test
  void two_stores_on_one_database_share_numbers_and_the_change_log() {
    MessageStore other = new JdbcMessageStore(open(url), CLOCK);

    add(Fixtures.simple("Here", TODAY));
    Message there = other.write(w -> w.add(Fixtures.simple("There", TODAY)));

    assertThat(there.number()).isEqualTo(2);
    assertThat(store.lastChange()).isEqualTo(2);
    assertThat(numbers(store.archive(ArchiveRequest.allMessages(1, TODAY)))).containsExactly(2L, 1L);
  }

  /**
   * Writers through two Database instances (as two processes or app nodes would be) are
   * serialised by the database's write lock: no number or change is given twice.
   */
  @Test
  void concurrent_writers_on_two_databases_never_clash() throws Exception {
    List<MessageStore> stores = List.of(store, new JdbcMessageStore(open(url), CLOCK));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      MessageStore target = stores.get(t % 2);
      int thread = t;
      results.add(threads.submit(() -> {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          String title = "Thread " + thread + " message " + i;
          numbers.add(target.write(w -> w.add(Fixtures.simple(title, TODAY))).number());
        }
        return numbers;
      }));
    }
    Set<Long> numbers = new TreeSet<>();
    for (Future<List<Long>> result : results) {
      numbers.addAll(result.get(60, TimeUnit.SECONDS));
    }
    threads.shutdown();

    assertThat(numbers).hasSize(40).first().isEqualTo(1L);
    assertThat(numbers).last().isEqualTo(40L);
    assertThat(store.lastChange()).isEqualTo(40);
    ArchivePage first = store.archive(ArchiveRequest.allMessages(1, TODAY));
    assertThat(first.total()).isEqualTo(40);
    assertThat(numbers(first)).containsExactly(40L, 39L, 38L, 37L, 36L, 35L, 34L, 33L, 32L, 31L);
  }

  /**
   * Random adds, updates and rolled-back units, applied to this store and to the in-memory fake;
   * every archive page, of every section, on several days must then be the same in both.
   */
  @Test
  void random_writes_leave_the_same_archive_as_the_memory_store() {
    MemoryMessageStore memory = new MemoryMessageStore();
    Random random = new Random(20210725);
    List<Section> sections = List.of(Section.NEWS, Fixtures.PRESS, Fixtures.STATEMENTS);
    for (int round = 0; round < 12; round++) {
      long seed = random.nextLong();
      for (MessageStore target : List.of(store, memory)) {
        Random r = new Random(seed);
        target.write(w -> {
          for (int i = 0; i < 15; i++) {
            LocalDate day = TODAY.minusDays(r.nextInt(40) - 5);
            Message m = Fixtures.simple("Round message " + r.nextInt(40), day, sections.get(r.nextInt(3)), r.nextInt(3));
            int action = r.nextInt(10);
            List<Message> existing = w.messagesTitled(m.titleKey());
            if (action < 6 || existing.isEmpty()) {
              w.add(m);
            } else if (action < 9) {
              w.update(m.withNumber(existing.get(0).number()));
            } else {
              try {
                w.allOrNothing(() -> {
                  w.add(m);
                  throw new IllegalStateException("undone");
                });
              } catch (IllegalStateException expected) {
                // the unit is undone, the transaction goes on
              }
            }
          }
          return null;
        });
      }
    }

    for (LocalDate day : List.of(TODAY.minusDays(20), TODAY, TODAY.plusDays(10))) {
      for (Optional<Section> section : List.of(Optional.<Section>empty(), Optional.of(Fixtures.PRESS),
          Optional.of(Fixtures.STATEMENTS), Optional.of(Section.NEWS))) {
        for (int page = 1; page <= 20; page++) {
          ArchiveRequest request = new ArchiveRequest(section, page, 10, day);
          ArchivePage expected = memory.archive(request);
          assertThat(store.archive(request)).as("%s", request).isEqualTo(expected);
        }
      }
      assertThat(store.sections(day)).as("sections on %s", day).isEqualTo(memory.sections(day));
    }
    assertThat(store.allSections()).isEqualTo(memory.allSections());
    assertThat(store.lastChange()).isEqualTo(memory.lastChange());
  }
}
