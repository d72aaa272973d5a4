package org.chancery.console;

import java.time.Clock;
import java.util.Objects;
import org.chancery.content.AccountStore;
import org.chancery.content.AuditLog;
import org.chancery.content.EditionStore;
import org.chancery.content.MessageStore;
import org.chancery.content.Newsroom;
import org.chancery.content.Publisher;
import org.chancery.content.Sections;

/**
 * The editor console, built and ready for {@link ConsoleRoutes#declare} to put on a Javalin app.
 *
 * <pre>{@code
 * Console console = Console.create(accounts, audit, messages, editions, settings, Clock.systemUTC());
 * PublicSite.create(store, siteClock, siteSettings, config -> ConsoleRoutes.declare(config, console));
 * }</pre>
 *
 * <p>Give it the real clock even when the public site is shown as at another instant: sessions
 * and sign-in limits must run out. Give it the audit log that the message store's transactions
 * write to (over JDBC, one database): editorial, masthead and section changes write their entries
 * there, in their own transactions, and the audit page reads {@code audit}.
 */
public final class Console {

  final Access access;
  final SignInPages signIn;
  final Dashboard dashboard;
  final PasswordPages password;
  final AccountPages accounts;
  final AuditPages audit;
  final MessagePages messages;
  final ActionPages actions;
  final HistoryPages history;
  final MastheadPages masthead;
  final SectionPages sections;

  private Console(Access access, SignInPages signIn, Dashboard dashboard, PasswordPages password,
      AccountPages accounts, AuditPages audit, MessagePages messages, ActionPages actions, HistoryPages history,
      MastheadPages masthead, SectionPages sections) {
    this.access = access;
    this.signIn = signIn;
    this.dashboard = dashboard;
    this.password = password;
    this.accounts = accounts;
    this.audit = audit;
    this.messages = messages;
    this.actions = actions;
    this.history = history;
    this.masthead = masthead;
    this.sections = sections;
  }

  public static Console create(AccountStore accounts, AuditLog audit, MessageStore messages, EditionStore editions,
      ConsoleSettings settings, Clock clock) {
    return create(accounts, audit, messages, editions, settings, clock, new Passwords());
  }

  /** With other password-hashing costs: tests sign in many times. */
  static Console create(AccountStore store, AuditLog audit, MessageStore messages, EditionStore editions,
      ConsoleSettings settings, Clock clock, Passwords passwords) {
    Objects.requireNonNull(settings, "settings");
    ConsolePages pages = new ConsolePages(settings, messages);
    Sessions sessions = new Sessions(store, clock, settings.secureCookies());
    SignInLimits limits = new SignInLimits(store, clock);
    Accounts accounts = new Accounts(store, audit, passwords, clock);
    Workflow workflow = new Workflow(new Newsroom(editions, new Publisher(clock), clock), clock);
    MessagePages messagePages = new MessagePages(editions, messages, store, workflow, clock, pages);
    return new Console(new Access(sessions, pages), new SignInPages(accounts, sessions, limits, pages),
        new Dashboard(messages, clock, pages), new PasswordPages(accounts, limits, pages),
        new AccountPages(accounts, store, pages), new AuditPages(audit, pages), messagePages,
        new ActionPages(workflow, messagePages, pages), new HistoryPages(editions, workflow, messagePages, pages),
        new MastheadPages(messages, clock, pages), new SectionPages(messages, new Sections(messages), clock, pages));
  }
}
