package org.chancery.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.content.Audits.SET_UP;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chancery.content.EditionState;
import org.chancery.content.EditionStore;
import org.chancery.content.MessageStore;
import org.chancery.content.Newsroom;
import org.chancery.content.Publisher;
import org.chancery.content.ScheduledPublishing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The edition store contract plus what only a database has: a change log, restarts, other nodes. */
abstract class JdbcEditionStoreContract extends EditionStoreContract {

  /** The URL of a new, empty database. */
  abstract String newDatabaseUrl();

  String url;
  final List<Database> opened = new ArrayList<>();

  @Override
  void newStores() {
    url = newDatabaseUrl();
    Database database = open();
    messages = new JdbcMessageStore(database, clock);
    editions = new JdbcEditionStore(database, clock);
    audit = new JdbcAuditLog(database);
  }

  Database open() {
    Database database = Database.open(url);
    opened.add(database);
    return database;
  }

  @AfterEach
  void closeDatabases() {
    opened.forEach(Database::close);
  }

  List<List<Object>> rows(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection connection = opened.get(0).connection();
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
  void the_change_log_records_publication_withdrawal_and_removal() throws SQLException {
    long number = submitted("Statement").messageNumber();
    newsroom.publish(number, 1, editor, SET_UP);
    int next = newsroom.startNewEdition(number, writer, org.chancery.content.ChangeNote.minor(), SET_UP).number();
    newsroom.save(number, 2, next, content("Statement, corrected"), writer, SET_UP);
    newsroom.submit(number, 2, writer, SET_UP);
    newsroom.publish(number, 2, editor, SET_UP);
    newsroom.withdraw(number, editor, "Overtaken by events.", SET_UP);
    newsroom.remove(number, editor, "Published in error.", SET_UP);

    assertThat(rows("SELECT message_number, change FROM change_log ORDER BY seq")).containsExactly(
        List.of(number, "MESSAGE_ADDED"), List.of(number, "MESSAGE_UPDATED"),
        List.of(number, "MESSAGE_WITHDRAWN"), List.of(number, "MESSAGE_REMOVED"));
    assertThat(rows("SELECT archive_pos, section_pos, removed FROM message")).hasSize(1)
        .first().satisfies(row -> assertThat(row.subList(0, 2)).containsOnlyNulls());
  }

  /**
   * The schedule lives in the database: new store objects over the same database (a restart)
   * publish what fell due while nothing was running.
   */
  @Test
  void a_restart_publishes_what_fell_due_meanwhile() {
    long number = submitted("Statement").messageNumber();
    newsroom.schedule(number, 1, editor, START.plus(Duration.ofHours(1)), SET_UP);
    opened.forEach(Database::close);

    clock.advance(Duration.ofHours(3));
    Database restarted = open();
    EditionStore editionsAfter = new JdbcEditionStore(restarted, clock);
    MessageStore messagesAfter = new JdbcMessageStore(restarted, clock);
    int published = new ScheduledPublishing(editionsAfter, new Publisher(clock), clock).publishDue();

    assertThat(published).isEqualTo(1);
    assertThat(messagesAfter.message(number, TODAY)).isPresent();
    assertThat(editionsAfter.edition(number, 1).orElseThrow().state()).isEqualTo(EditionState.PUBLISHED);
    assertThat(editionsAfter.edition(number, 1).orElseThrow().publishedAt()).contains(START.plus(Duration.ofHours(1)));
  }

  /** Two app nodes (two Database instances) running the schedule at once publish each edition once. */
  @Test
  void two_nodes_publish_each_due_edition_once() throws Exception {
    List<Long> numbers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long number = submitted("Scheduled " + i).messageNumber();
      newsroom.schedule(number, 1, editor, START.plus(Duration.ofMinutes(1 + i)), SET_UP);
      numbers.add(number);
    }
    clock.advance(Duration.ofHours(1));
    Database otherNode = open();
    List<ScheduledPublishing> nodes = List.of(
        new ScheduledPublishing(editions, publisher, clock),
        new ScheduledPublishing(new JdbcEditionStore(otherNode, clock), publisher, clock));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      ScheduledPublishing node = nodes.get(t % 2);
      runs.add(threads.submit((Callable<Integer>) node::publishDue));
    }
    int published = 0;
    for (Future<Integer> run : runs) {
      published += run.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();

    assertThat(published).isEqualTo(6);
    assertThat(listed()).containsExactlyInAnyOrderElementsOf(numbers);
    assertThat(messages.lastChange()).as("one MESSAGE_ADDED each, no more").isEqualTo(6);
  }

  @Test
  void revisions_and_editions_survive_a_restart() {
    long number = newsroom.draft(Fixtures.transcript(), writer, SET_UP).messageNumber();
    newsroom.save(number, 1, 1, Fixtures.transcript().withLead("Changed lead."), writer, SET_UP);
    var before = editions.revisions(number);
    opened.forEach(Database::close);

    EditionStore reopened = new JdbcEditionStore(open(), clock);

    assertThat(reopened.revisions(number)).isEqualTo(before);
    assertThat(new Newsroom(reopened, publisher, clock).draft(content("Next"), writer, SET_UP).messageNumber())
        .isEqualTo(number + 1);
  }
}
