package org.chancery.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** An in-memory {@link AccountStore} for tests of code above the store. */
public final class MemoryAccountStore implements AccountStore {

  private final Map<Long, AccountRecord> accounts = new TreeMap<>();
  /** Where each change's entry goes, once the change is made: refused or changing nothing, none. */
  private final MemoryAuditLog audit;

  /** With an audit log of its own. */
  public MemoryAccountStore() {
    this(new MemoryAuditLog());
  }

  /** Writing each change's entry to {@code audit}: give the console the same log. */
  public MemoryAccountStore(MemoryAuditLog audit) {
    this.audit = audit;
  }
  /** Sessions by id, holding the account's id; the account is joined in on reading. */
  private final Map<String, Session> sessions = new LinkedHashMap<>();

  /** An attempt not given back: whose, from where, when (to the second, as the databases keep it). */
  private record Attempt(String nameKey, String address, Instant at) {}

  private final Map<Long, Attempt> attempts = new TreeMap<>();
  private long lastAttempt;

  @Override
  public synchronized SignInAttempt takeSignInAttempt(String nameKey, String address, Instant now,
      SignInAttempt.Allowance allowance) {
    Instant second = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Instant windowStart = second.minus(allowance.window());
    attempts.values().removeIf(a -> !a.at().isAfter(windowStart));
    for (boolean byName : new boolean[] {true, false}) {
      List<Attempt> counted = attempts.values().stream()
          .filter(a -> byName ? a.nameKey().equals(nameKey) : a.address().equals(address)).toList();
      if (counted.size() >= (byName ? allowance.perName() : allowance.perAddress())) {
        Instant oldest = counted.stream().map(Attempt::at).min(Instant::compareTo).orElseThrow();
        return new SignInAttempt.Refused(java.time.Duration.between(second, oldest.plus(allowance.window())));
      }
    }
    attempts.put(++lastAttempt, new Attempt(nameKey, address, second));
    return new SignInAttempt.Taken(lastAttempt);
  }

  @Override
  public synchronized void giveBackSignInAttempt(long id) {
    attempts.remove(id);
  }

  @Override
  public synchronized Account add(String name, Role role, String passwordHash, Instant createdAt, AuditEvent entry) {
    if (byName(name).isPresent()) {
      throw new AccountRefusal(AccountRefusal.Reason.NAME_TAKEN, name);
    }
    Account account = new Account(accounts.size() + 1L, name, role);
    accounts.put(account.id(), new AccountRecord(account, passwordHash, createdAt.truncatedTo(
        java.time.temporal.ChronoUnit.SECONDS), false));
    audit.append(entry);
    return account;
  }

  @Override
  public synchronized Optional<AccountRecord> byName(String name) {
    return accounts.values().stream()
        .filter(a -> AccountStore.nameKey(a.account().name()).equals(AccountStore.nameKey(name)))
        .findFirst();
  }

  @Override
  public synchronized Optional<AccountRecord> byId(long id) {
    return Optional.ofNullable(accounts.get(id));
  }

  @Override
  public synchronized List<AccountRecord> all() {
    return accounts.values().stream()
        .sorted(Comparator.comparing((AccountRecord a) -> AccountStore.nameKey(a.account().name())))
        .toList();
  }

  @Override
  public synchronized void changePasswordHash(long id, String passwordHash, Optional<String> keepSession,
      AuditEvent entry) {
    changeIf(id, a -> true, a -> a.withPasswordHash(passwordHash), entry);
    if (accounts.containsKey(id)) {
      closeSessionsOf(id, keepSession);
    }
  }

  @Override
  public synchronized void changeRole(long id, Role role, AuditEvent entry) {
    if (role != Role.ADMIN) {
      requireAnotherAdministrator(id);
    }
    changeIf(id, a -> a.account().role() != role, a -> a.withRole(role), entry);
  }

  @Override
  public synchronized void disable(long id, AuditEvent entry) {
    requireAnotherAdministrator(id);
    sessions.values().removeIf(s -> s.account().id() == id);
    changeIf(id, a -> !a.disabled(), AccountRecord::asDisabled, entry);
  }

  @Override
  public synchronized void enable(long id, AuditEvent entry) {
    changeIf(id, AccountRecord::disabled, AccountRecord::asEnabled, entry);
  }

  /** Changes the account when it is there and {@code when} holds, and only then records the entry. */
  private void changeIf(long id, Predicate<AccountRecord> when, UnaryOperator<AccountRecord> change,
      AuditEvent entry) {
    AccountRecord account = accounts.get(id);
    if (account != null && when.test(account)) {
      accounts.put(id, change.apply(account));
      audit.append(entry);
    }
  }

  @Override
  public synchronized void openSession(Session session) {
    AccountRecord account = accounts.get(session.account().id());
    if (account == null || !account.isActive()) {
      throw new IllegalArgumentException("no enabled account " + session.account().id() + " to open a session for");
    }
    sessions.put(session.id(), new Session(session.id(), session.account(), seconds(session.createdAt()),
        seconds(session.lastSeenAt()), seconds(session.expiresAt()), session.csrfToken()));
  }

  @Override
  public synchronized Optional<Session> session(String id) {
    return Optional.ofNullable(sessions.get(id))
        .flatMap(s -> byId(s.account().id()).filter(AccountRecord::isActive).map(a -> s.withAccount(a.account())));
  }

  @Override
  public synchronized void touchSession(String id, Instant at) {
    sessions.computeIfPresent(id, (key, s) -> s.seenAt(seconds(at)));
  }

  @Override
  public synchronized void closeSession(String id) {
    sessions.remove(id);
  }

  @Override
  public synchronized void closeSessionsOf(long accountId, Optional<String> keep) {
    sessions.values().removeIf(s -> s.account().id() == accountId && !keep.equals(Optional.of(s.id())));
  }

  @Override
  public synchronized void closeEndedSessions(Instant now, Instant idleSince) {
    sessions.values().removeIf(s -> !s.expiresAt().isAfter(now) || !s.lastSeenAt().isAfter(idleSince));
  }

  /** The ids of open sessions, for tests. */
  public synchronized List<String> sessionIds() {
    return new ArrayList<>(sessions.keySet());
  }

  private void requireAnotherAdministrator(long id) {
    AccountRecord account = accounts.get(id);
    boolean last = account != null && account.isActiveAdministrator()
        && accounts.values().stream().noneMatch(a -> a.account().id() != id && a.isActiveAdministrator());
    if (last) {
      throw new AccountRefusal(AccountRefusal.Reason.LAST_ADMINISTRATOR, account.account().name());
    }
  }

  /** The database keeps instants to the second; so does the fake, so that both answer alike. */
  private static Instant seconds(Instant at) {
    return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }
}
