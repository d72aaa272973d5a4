package org.chancery.console;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.content.Audits.SET_UP;
import static org.chancery.content.Role.ADMIN;
import static org.chancery.content.Role.EDITOR;
import static org.chancery.content.Role.WRITER;

import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancery.content.Account;
import org.chancery.content.AccountRecord;
import org.chancery.content.AuditLog;
import org.chancery.content.Body;
import org.chancery.content.Edition;
import org.chancery.content.Message;
import org.chancery.content.Revision;
import org.chancery.content.Section;
import org.chancery.content.MemoryAccountStore;
import org.chancery.content.MemoryAuditLog;
import org.chancery.content.MemoryEditionStore;
import org.chancery.content.MemoryMessageStore;
import org.chancery.content.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every console route, with no session and with each role: the server checks who may use what. */
class ConsoleAccessTest {

  /** Every route of the console and the least role it needs; empty for anyone. */
  record Expected(HandlerType method, String path, Optional<Role> least) {}

  static final List<Expected> ROUTES = List.of(
      new Expected(GET, "/console/sign-in", Optional.empty()),
      new Expected(POST, "/console/sign-in", Optional.empty()),
      new Expected(POST, "/console/sign-out", Optional.of(WRITER)),
      new Expected(GET, "/console", Optional.of(WRITER)),
      new Expected(GET, "/console/password", Optional.of(WRITER)),
      new Expected(POST, "/console/password", Optional.of(WRITER)),
      new Expected(GET, "/console/accounts", Optional.of(ADMIN)),
      new Expected(POST, "/console/accounts", Optional.of(ADMIN)),
      new Expected(POST, "/console/accounts/{id}/role", Optional.of(ADMIN)),
      new Expected(POST, "/console/accounts/{id}/disable", Optional.of(ADMIN)),
      new Expected(POST, "/console/accounts/{id}/enable", Optional.of(ADMIN)),
      new Expected(GET, "/console/audit", Optional.of(ADMIN)),
      new Expected(GET, "/console/masthead", Optional.of(ADMIN)),
      new Expected(POST, "/console/masthead", Optional.of(ADMIN)),
      new Expected(GET, "/console/sections", Optional.of(ADMIN)),
      new Expected(POST, "/console/sections", Optional.of(ADMIN)),
      new Expected(POST, "/console/sections/{slug}/rename", Optional.of(ADMIN)),
      new Expected(POST, "/console/sections/{slug}/up", Optional.of(ADMIN)),
      new Expected(POST, "/console/sections/{slug}/down", Optional.of(ADMIN)),
      new Expected(GET, "/console/messages", Optional.of(WRITER)),
      new Expected(GET, "/console/messages/new", Optional.of(WRITER)),
      new Expected(POST, "/console/messages", Optional.of(WRITER)),
      new Expected(GET, "/console/messages/{number}", Optional.of(WRITER)),
      new Expected(GET, "/console/messages/{number}/editions/{edition}", Optional.of(WRITER)),
      new Expected(POST, "/console/messages/{number}/editions/{edition}", Optional.of(WRITER)),
      new Expected(POST, "/console/messages/{number}/editions/{edition}/submit", Optional.of(WRITER)),
      new Expected(POST, "/console/messages/{number}/editions/{edition}/reject", Optional.of(EDITOR)),
      new Expected(POST, "/console/messages/{number}/editions/{edition}/publish", Optional.of(EDITOR)),
      new Expected(POST, "/console/messages/{number}/editions/{edition}/schedule", Optional.of(EDITOR)),
      new Expected(POST, "/console/messages/{number}/editions/{edition}/unschedule", Optional.of(EDITOR)),
      new Expected(POST, "/console/messages/{number}/editions/{edition}/discard", Optional.of(WRITER)),
      new Expected(POST, "/console/messages/{number}/new-edition", Optional.of(WRITER)),
      new Expected(POST, "/console/messages/{number}/withdraw", Optional.of(EDITOR)),
      new Expected(POST, "/console/messages/{number}/remove", Optional.of(EDITOR)),
      new Expected(GET, "/console/messages/{number}/history", Optional.of(WRITER)),
      new Expected(POST, "/console/messages/{number}/restore", Optional.of(WRITER)));

  @TempDir
  static Path dir;

  /** The section the walk acts on, second of two: a refused up or down would show in the order. */
  static final Section SECTION = new Section("statements", "Statements");

  static ConsoleServer server;
  static Account target;
  static long message;

  @BeforeAll
  static void start() {
    server = ConsoleServer.start(dir);
    target = server.enrol("target", WRITER);
    message = server.newsroom().draft(Message.create(Section.NEWS, "A draft to walk the routes with",
        LocalDate.parse("2026-11-20"), Body.of(List.of("Question: Is it there?", "Answer: It is."))), target, SET_UP)
        .messageNumber();
    server.messages.write(w -> {
      w.addSection(Section.NEWS);
      w.addSection(SECTION);
      return null;
    });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void this_table_is_every_route_the_console_declares() {
    MemoryMessageStore messages = new MemoryMessageStore();
    MemoryAuditLog audit = new MemoryAuditLog(messages);
    Console console = Console.create(new MemoryAccountStore(audit), audit, messages,
        new MemoryEditionStore(messages), new ConsoleSettings("x", Locale.ENGLISH, ZoneOffset.UTC, false),
        Clock.systemUTC());

    assertThat(ConsoleRoutes.routes(console))
        .extracting(r -> new Expected(r.method(), r.path(), r.least()))
        .containsExactlyElementsOf(ROUTES);
  }

  @Test
  void without_a_session_a_page_redirects_to_sign_in_and_an_action_is_forbidden() {
    for (Expected route : signedInRoutes()) {
      Browser browser = server.browser();
      if (route.method() == GET) {
        browser.get(path(route)).expectRedirectTo("/console/sign-in");
      } else {
        State before = state();
        Browser.Reply reply = browser.post(path(route), "csrf", "guess", "name", "intruder", "role", "admin",
            "password", "intruder password", "again", "intruder password").expectStatus(403);
        assertThat(reply.lines()).as(route.toString()).contains("You are not signed in",
            "Your session has ended, so nothing was changed. Sign in again and repeat what you were doing.");
        assertThat(state()).as("%s changed something", route).isEqualTo(before);
      }
    }
  }

  @Test
  void each_role_is_let_through_where_its_rank_allows_and_refused_elsewhere() {
    for (Role role : Role.values()) {
      for (Expected route : signedInRoutes()) {
        Browser browser = server.signedIn(role);
        String csrf = browser.csrf();
        State before = state();
        Browser.Reply reply = route.method() == GET ? browser.get(path(route)) : browser.post(path(route), "csrf", csrf);
        boolean allowed = role.compareTo(route.least().orElseThrow()) >= 0;
        String what = role + " " + route;
        if (allowed) {
          assertThat(reply.status()).as(what).isIn(route.method() == GET ? List.of(200) : List.of(303, 409, 422));
        } else {
          assertThat(reply.status()).as(what).isEqualTo(403);
          assertThat(reply.lines()).as(what).contains("Not open to your role", "Your role (" + roleLabel(role) + ") cannot open this page or do this. Ask an administrator if you need to.");
          assertThat(state()).as("%s changed something", what).isEqualTo(before);
        }
      }
    }
  }

  @Test
  void an_unknown_console_path_is_the_site_s_404() {
    server.signedIn(ADMIN).get("/console/nothing-here").expectStatus(404);
  }

  private static String roleLabel(Role role) {
    return switch (role) {
      case WRITER -> "Writer";
      case EDITOR -> "Editor";
      case ADMIN -> "Administrator";
    };
  }

  private static List<Expected> signedInRoutes() {
    return ROUTES.stream().filter(r -> r.least().isPresent()).toList();
  }

  private static String path(Expected route) {
    return route.path().replace("{id}", Long.toString(target.id())).replace("{number}", Long.toString(message))
        .replace("{edition}", "1").replace("{slug}", SECTION.slug());
  }

  /**
   * What a refused request must leave as it was: the accounts, the audit log's last entry, the
   * message, the masthead, the sections.
   */
  record State(List<AccountRecord> accounts, long lastAudit, List<Edition> editions, List<Revision> revisions,
      List<Long> messages, Optional<org.chancery.content.Masthead> masthead, List<Section> sections) {}

  private static State state() {
    List<AuditLog.Entry> last = server.audit.latest(1);
    return new State(server.accounts.all(), last.isEmpty() ? 0 : last.get(0).seq(), server.editions.editions(message),
        server.editions.revisions(message), server.editions.messageNumbers(100),
        server.messages.masthead(), server.messages.allSections());
  }
}
