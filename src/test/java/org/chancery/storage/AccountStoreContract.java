package org.chancery.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Account;
import org.chancery.content.AccountRecord;
import org.chancery.content.AccountRefusal;
import org.chancery.content.AccountStore;
import org.chancery.content.AuditAction;
import org.chancery.content.AuditEvent;
import org.chancery.content.AuditLog;
import org.chancery.content.Role;
import org.chancery.content.Session;
import org.chancery.content.SignInAttempt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountStore} and {@link AuditLog} must do; run against SQLite, PostgreSQL and
 * the in-memory fakes the console tests use.
 */
abstract class AccountStoreContract {

  static final Instant NOW = Instant.parse("2026-11-20T10:05:00Z");
  static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
  /** The entry of a change made to set a test up, not to see what the log says of it. */
  static final AuditEvent SET_UP = new AuditEvent(NOW, Optional.empty(), AuditAction.ACCOUNT_ADDED, "set up by a test",
      Optional.empty());

  AccountStore accounts;
  AuditLog audit;

  /** A new, empty account store and audit log, sharing one database where there is one. */
  abstract Stores newStores();

  record Stores(AccountStore accounts, AuditLog audit) {}

  @BeforeEach
  void createStores() {
    Stores stores = newStores();
    accounts = stores.accounts();
    audit = stores.audit();
  }

  Session session(String id, Account account, Instant at) {
    return new Session(id, account, at, at, at.plus(Duration.ofHours(12)), "csrf-" + id.substring(0, 8));
  }

  static final SignInAttempt.Allowance ALLOWANCE = new SignInAttempt.Allowance(3, 5, Duration.ofMinutes(15));

  @Test
  void a_name_that_used_up_its_attempts_waits_until_the_oldest_is_a_window_old() {
    for (int i = 0; i < 3; i++) {
      assertThat(accounts.takeSignInAttempt("anna", "192.0.2.1", NOW.plusSeconds(60L * i), ALLOWANCE))
          .isInstanceOf(SignInAttempt.Taken.class);
    }

    assertThat(accounts.takeSignInAttempt("anna", "192.0.2.9", NOW.plusSeconds(150), ALLOWANCE))
        .as("from any address").isEqualTo(new SignInAttempt.Refused(Duration.ofSeconds(750)));
    assertThat(accounts.takeSignInAttempt("berit", "192.0.2.1", NOW.plusSeconds(150), ALLOWANCE))
        .as("another name").isInstanceOf(SignInAttempt.Taken.class);
    assertThat(accounts.takeSignInAttempt("anna", "192.0.2.1", NOW.plus(Duration.ofMinutes(15)), ALLOWANCE))
        .as("the first attempt a window old").isInstanceOf(SignInAttempt.Taken.class);
  }

  @Test
  void an_attempt_given_back_no_longer_counts() {
    for (int i = 0; i < 10; i++) {
      SignInAttempt attempt = accounts.takeSignInAttempt("anna", "192.0.2.1", NOW, ALLOWANCE);
      assertThat(attempt).as("attempt %d", i).isInstanceOf(SignInAttempt.Taken.class);
      accounts.giveBackSignInAttempt(((SignInAttempt.Taken) attempt).id());
    }
  }

  @Test
  void an_address_trying_many_names_is_stopped_and_a_refused_attempt_counts_for_nothing() {
    for (int i = 0; i < 3; i++) {
      accounts.takeSignInAttempt("anna", "192.0.2.1", NOW, ALLOWANCE);
    }
    accounts.takeSignInAttempt("anna", "192.0.2.1", NOW, ALLOWANCE); // refused by the name: not counted
    accounts.takeSignInAttempt("berit", "192.0.2.1", NOW, ALLOWANCE);

    assertThat(accounts.takeSignInAttempt("carl", "192.0.2.1", NOW, ALLOWANCE)).isInstanceOf(SignInAttempt.Taken.class);
    assertThat(accounts.takeSignInAttempt("dora", "192.0.2.1", NOW.plusSeconds(1), ALLOWANCE))
        .isEqualTo(new SignInAttempt.Refused(Duration.ofSeconds(899)));
    assertThat(accounts.takeSignInAttempt("dora", "198.51.100.7", NOW, ALLOWANCE)).isInstanceOf(SignInAttempt.Taken.class);
  }

  private static AuditEvent entry(String detail) {
    return new AuditEvent(NOW, Optional.of("admin"), AuditAction.ACCOUNT_ROLE_CHANGED, detail, Optional.of("192.0.2.1"));
  }

  private List<String> audited() {
    return audit.latest(20).stream().map(e -> e.event().detail()).toList();
  }

  @Test
  void each_change_to_accounts_writes_its_entry_and_one_refused_or_changing_nothing_writes_none() {
    Account anna = accounts.add("anna", Role.ADMIN, HASH, NOW, entry("anna added"));
    Account boris = accounts.add("boris", Role.EDITOR, HASH, NOW, entry("boris added"));
    assertThatThrownBy(() -> accounts.add("ANNA", Role.WRITER, HASH, NOW, entry("anna again")))
        .isInstanceOf(AccountRefusal.class);
    assertThatThrownBy(() -> accounts.changeRole(anna.id(), Role.EDITOR, entry("last admin demoted")))
        .isInstanceOf(AccountRefusal.class);
    assertThatThrownBy(() -> accounts.disable(anna.id(), entry("last admin disabled"))).isInstanceOf(AccountRefusal.class);
    accounts.changeRole(99, Role.ADMIN, entry("nobody promoted"));
    accounts.changeRole(boris.id(), Role.EDITOR, entry("boris kept his role"));
    accounts.enable(boris.id(), entry("boris enabled though never disabled"));

    accounts.disable(boris.id(), entry("boris disabled"));
    accounts.enable(boris.id(), entry("boris enabled"));
    accounts.changeRole(boris.id(), Role.WRITER, entry("boris now a writer"));

    assertThat(audited()).containsExactly("boris now a writer", "boris enabled", "boris disabled", "boris added",
        "anna added");
  }

  @Test
  void a_new_password_closes_the_other_sessions_with_its_entry_in_the_same_change() {
    Account anna = accounts.add("anna", Role.EDITOR, HASH, NOW, SET_UP);
    accounts.openSession(session("a".repeat(64), anna, NOW));
    accounts.openSession(session("b".repeat(64), anna, NOW));

    accounts.changePasswordHash(anna.id(), "new-hash", Optional.of("a".repeat(64)), entry("password changed"));
    accounts.changePasswordHash(99, "new-hash", Optional.empty(), entry("nobody's password"));

    assertThat(accounts.byId(anna.id()).orElseThrow().passwordHash()).isEqualTo("new-hash");
    assertThat(accounts.session("a".repeat(64))).isPresent();
    assertThat(accounts.session("b".repeat(64))).isEmpty();
    assertThat(audited()).startsWith("password changed").doesNotContain("nobody's password");
  }

  @Test
  void an_account_reads_back_by_name_in_any_case_and_by_id() {
    Account anna = accounts.add("Anna.Berg", Role.EDITOR, HASH, NOW.plusMillis(300), SET_UP);

    AccountRecord expected = new AccountRecord(new Account(1, "Anna.Berg", Role.EDITOR), HASH, NOW, false);
    assertThat(anna).isEqualTo(expected.account());
    assertThat(accounts.byName("anna.berg")).contains(expected);
    assertThat(accounts.byName("ANNA.BERG")).contains(expected);
    assertThat(accounts.byId(1)).contains(expected);
    assertThat(accounts.byName("anna")).isEmpty();
    assertThat(accounts.byId(2)).isEmpty();
  }

  @Test
  void a_name_taken_in_any_case_is_refused_and_nothing_is_stored() {
    accounts.add("anna", Role.ADMIN, HASH, NOW, SET_UP);

    assertThatThrownBy(() -> accounts.add("ANNA", Role.WRITER, "other", NOW, SET_UP))
        .isInstanceOfSatisfying(AccountRefusal.class, e -> assertThat(e.reason()).isEqualTo(AccountRefusal.Reason.NAME_TAKEN))
        .hasMessage("An account named 'ANNA' exists already; choose another name.");
    assertThat(accounts.all()).hasSize(1);
    assertThat(accounts.add("boris", Role.WRITER, HASH, NOW, SET_UP).id()).isEqualTo(2);
  }

  @Test
  void all_accounts_are_listed_by_name_whatever_the_case() {
    accounts.add("zoe", Role.WRITER, HASH, NOW, SET_UP);
    accounts.add("Anna", Role.EDITOR, HASH, NOW, SET_UP);
    accounts.add("boris", Role.ADMIN, HASH, NOW, SET_UP);

    assertThat(accounts.all()).extracting(a -> a.account().name()).containsExactly("Anna", "boris", "zoe");
  }

  @Test
  void a_password_hash_is_replaced() {
    Account anna = accounts.add("anna", Role.WRITER, HASH, NOW, SET_UP);

    accounts.changePasswordHash(anna.id(), "new-hash", Optional.empty(), SET_UP);

    assertThat(accounts.byId(anna.id()).orElseThrow().passwordHash()).isEqualTo("new-hash");
  }

  @Test
  void a_session_reads_back_with_its_account_and_is_touched_and_closed() {
    Account anna = accounts.add("anna", Role.EDITOR, HASH, NOW, SET_UP);
    Session opened = session("a".repeat(64), anna, NOW);

    accounts.openSession(opened);
    assertThat(accounts.session(opened.id())).contains(opened);
    assertThat(accounts.session("b".repeat(64))).isEmpty();

    accounts.touchSession(opened.id(), NOW.plusSeconds(90));
    assertThat(accounts.session(opened.id())).contains(opened.seenAt(NOW.plusSeconds(90)));

    accounts.closeSession(opened.id());
    assertThat(accounts.session(opened.id())).isEmpty();
  }

  @Test
  void disabling_an_account_closes_its_sessions_and_keeps_the_account() {
    Account anna = accounts.add("anna", Role.EDITOR, HASH, NOW, SET_UP);
    Account boris = accounts.add("boris", Role.EDITOR, HASH, NOW, SET_UP);
    accounts.openSession(session("a".repeat(64), anna, NOW));
    accounts.openSession(session("b".repeat(64), boris, NOW));

    accounts.disable(anna.id(), SET_UP);

    assertThat(accounts.byId(anna.id()).orElseThrow().disabled()).isTrue();
    assertThat(accounts.session("a".repeat(64))).isEmpty();
    assertThat(accounts.session("b".repeat(64))).isPresent();
  }

  @Test
  void a_changed_role_reads_back_and_counts_in_the_open_sessions_at_once() {
    Account anna = accounts.add("anna", Role.EDITOR, HASH, NOW, SET_UP);
    accounts.openSession(session("a".repeat(64), anna, NOW));

    accounts.changeRole(anna.id(), Role.WRITER, SET_UP);

    assertThat(accounts.byName("anna").orElseThrow().account().role()).isEqualTo(Role.WRITER);
    assertThat(accounts.session("a".repeat(64)).orElseThrow().account().role()).isEqualTo(Role.WRITER);
    accounts.changeRole(99, Role.ADMIN, SET_UP);
    assertThat(accounts.all()).extracting(a -> a.account().name() + " " + a.account().role()).containsExactly("anna WRITER");
  }

  @Test
  void the_last_enabled_administrator_can_be_neither_demoted_nor_disabled() {
    Account anna = accounts.add("anna", Role.ADMIN, HASH, NOW, SET_UP);
    Account boris = accounts.add("boris", Role.ADMIN, HASH, NOW, SET_UP);
    accounts.disable(boris.id(), SET_UP);
    accounts.openSession(session("a".repeat(64), anna, NOW));

    for (Runnable change : List.<Runnable>of(() -> accounts.changeRole(anna.id(), Role.EDITOR, SET_UP),
        () -> accounts.disable(anna.id(), SET_UP))) {
      assertThatThrownBy(change::run)
          .isInstanceOfSatisfying(AccountRefusal.class,
              e -> assertThat(e.reason()).isEqualTo(AccountRefusal.Reason.LAST_ADMINISTRATOR))
          .hasMessage("'anna' is the only enabled administrator; make another account an administrator first.");
    }

    assertThat(accounts.byId(anna.id())).contains(new AccountRecord(anna, HASH, NOW, false));
    assertThat(accounts.session("a".repeat(64))).as("the refused disabling closed no session").isPresent();
    accounts.changeRole(anna.id(), Role.ADMIN, SET_UP); // keeping the role is no demotion
    accounts.changeRole(boris.id(), Role.WRITER, SET_UP); // a disabled administrator administers nothing
    assertThat(accounts.byId(boris.id()).orElseThrow().account().role()).isEqualTo(Role.WRITER);
  }

  @Test
  void another_enabled_administrator_lets_the_first_go() {
    Account anna = accounts.add("anna", Role.ADMIN, HASH, NOW, SET_UP);
    Account boris = accounts.add("boris", Role.ADMIN, HASH, NOW, SET_UP);

    accounts.changeRole(anna.id(), Role.EDITOR, SET_UP);

    assertThat(accounts.byId(anna.id()).orElseThrow().account().role()).isEqualTo(Role.EDITOR);
    assertThatThrownBy(() -> accounts.disable(boris.id(), SET_UP)).isInstanceOf(AccountRefusal.class);
    accounts.changeRole(anna.id(), Role.ADMIN, SET_UP);
    accounts.disable(boris.id(), SET_UP);
    assertThat(accounts.byId(boris.id()).orElseThrow().disabled()).isTrue();
  }

  @Test
  void an_enabled_account_opens_sessions_again_and_its_old_ones_stay_closed() {
    Account anna = accounts.add("anna", Role.EDITOR, HASH, NOW, SET_UP);
    accounts.openSession(session("a".repeat(64), anna, NOW));
    accounts.disable(anna.id(), SET_UP);

    accounts.enable(anna.id(), SET_UP);
    accounts.enable(99, SET_UP);

    assertThat(accounts.byId(anna.id())).contains(new AccountRecord(anna, HASH, NOW, false));
    assertThat(accounts.session("a".repeat(64))).isEmpty();
    accounts.openSession(session("b".repeat(64), anna, NOW.plusSeconds(60)));
    assertThat(accounts.session("b".repeat(64))).isPresent();
    assertThat(accounts.all()).hasSize(1);
  }

  @Test
  void closing_the_sessions_of_an_account_can_keep_one() {
    Account anna = accounts.add("anna", Role.EDITOR, HASH, NOW, SET_UP);
    accounts.openSession(session("a".repeat(64), anna, NOW));
    accounts.openSession(session("b".repeat(64), anna, NOW));
    accounts.openSession(session("c".repeat(64), anna, NOW));

    accounts.closeSessionsOf(anna.id(), Optional.of("b".repeat(64)));

    assertThat(accounts.session("a".repeat(64))).isEmpty();
    assertThat(accounts.session("b".repeat(64))).isPresent();
    assertThat(accounts.session("c".repeat(64))).isEmpty();
    accounts.closeSessionsOf(anna.id(), Optional.empty());
    assertThat(accounts.session("b".repeat(64))).isEmpty();
  }

  @Test
  void ended_sessions_are_forgotten_expired_or_idle() {
    Account anna = accounts.add("anna", Role.EDITOR, HASH, NOW, SET_UP);
    Instant later = NOW.plus(Duration.ofHours(12));
    accounts.openSession(session("a".repeat(64), anna, NOW)); // expires at `later`
    accounts.openSession(session("b".repeat(64), anna, NOW.plusSeconds(3600)).seenAt(later.minusSeconds(8 * 3600)));
    accounts.openSession(session("c".repeat(64), anna, NOW.plusSeconds(3600)).seenAt(later.minusSeconds(60)));

    accounts.closeEndedSessions(later, later.minusSeconds(8 * 3600));

    assertThat(accounts.session("a".repeat(64))).isEmpty();
    assertThat(accounts.session("b".repeat(64))).isEmpty();
    assertThat(accounts.session("c".repeat(64))).isPresent();
  }

  @Test
  void the_audit_log_numbers_entries_and_lists_the_latest_first() {
    AuditEvent first = new AuditEvent(NOW, Optional.empty(), AuditAction.ACCOUNT_ADDED, "account 'anna' (Administrator)",
        Optional.empty());
    AuditEvent second = new AuditEvent(NOW.plusSeconds(1), Optional.of("anna"), AuditAction.SIGNED_IN, "",
        Optional.of("192.0.2.7"));
    AuditEvent third = new AuditEvent(NOW.plusSeconds(2), Optional.empty(), AuditAction.SIGN_IN_FAILED,
        "unknown name '<script>x</script>' OR 1=1; --'", Optional.of("2001:db8::1"));

    assertThat(List.of(audit.append(first), audit.append(second), audit.append(third))).containsExactly(1L, 2L, 3L);

    assertThat(audit.latest(2)).containsExactly(new AuditLog.Entry(3, third), new AuditLog.Entry(2, second));
    assertThat(audit.latest(10)).extracting(AuditLog.Entry::seq).containsExactly(3L, 2L, 1L);
    assertThat(audit.latest(10).get(2).event()).isEqualTo(first);
  }
}
