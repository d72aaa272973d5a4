package org.chancery.console;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static org.chancery.content.Role.ADMIN;
import static org.chancery.content.Role.EDITOR;
import static org.chancery.content.Role.WRITER;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Role;

/**
 * Every URL of the console, with the least role each needs, in one table.
 *
 * <pre>
 * GET  /console/sign-in                  anyone      the sign-in form
 * POST /console/sign-in                  anyone      sign in (rate-limited)
 * POST /console/sign-out                 writer      sign out
 * GET  /console                          writer      the dashboard
 * GET  /console/password                 writer      the form to change one's password
 * POST /console/password                 writer      change it
 * GET  /console/accounts                 admin       every account, and the form to add one
 * POST /console/accounts                 admin       add an account
 * POST /console/accounts/{id}/role       admin       change an account's role (not the last administrator's)
 * POST /console/accounts/{id}/disable    admin       disable an account (not one's own, not the last administrator)
 * POST /console/accounts/{id}/enable     admin       enable a disabled account again
 * GET  /console/audit                    admin       the audit log
 * GET  /console/masthead                 admin       the masthead settings: clocks, contact, counters
 * POST /console/masthead                 admin       save them (all or nothing)
 * GET  /console/sections                 admin       the sections in menu order, their message counts
 * POST /console/sections                 admin       add a section (name, and an address or one made of it)
 * POST /console/sections/{slug}/rename   admin       rename it, in the menu and on its messages' pages
 * POST /console/sections/{slug}/up       admin       move it one place up the menu
 * POST /console/sections/{slug}/down     admin       move it one place down the menu
 * GET  /console/messages                 writer      editions in progress and live messages
 * GET  /console/messages/new             writer      the form to write a new message
 * POST /console/messages                 writer      preview it, or save it as a new draft
 * GET  /console/messages/{number}        writer      a message, its editions and their actions
 * GET  .../{number}/editions/{edition}   writer      the form to change an edition
 * POST .../{number}/editions/{edition}   writer      preview or save it (refused on a conflict)
 * POST .../editions/{edition}/submit     writer      submit it for review
 * POST .../editions/{edition}/reject     editor      send it back, with a reason
 * POST .../editions/{edition}/publish    editor      publish it now
 * POST .../editions/{edition}/schedule   editor      schedule it at a time in the home zone
 * POST .../editions/{edition}/unschedule editor      take a scheduled edition back to review
 * POST .../editions/{edition}/discard    writer      set aside an edition not yet live (its writer, or an editor)
 * POST .../{number}/new-edition          writer      start a new edition of the live message (major/minor)
 * POST .../{number}/withdraw             editor      withdraw the live message, with a reason
 * POST .../{number}/remove               editor      remove a message published in error
 * GET  .../{number}/history              writer      revisions, and a diff between two
 * POST .../{number}/restore              writer      restore a revision as a new draft
 * </pre>
 *
 * The checks in front of each handler come from the table ({@link Access}): a GET is a page, a
 * POST an action with a form token. A route cannot be added without saying who may use it, and
 * {@code ConsoleAccessTest} walks the whole table with every role.
 */
public final class ConsoleRoutes {

  static final String DASHBOARD = "/console";
  static final String SIGN_IN = "/console/sign-in";
  static final String PASSWORD = "/console/password";
  static final String ACCOUNTS = "/console/accounts";
  static final String MASTHEAD = "/console/masthead";
  static final String SECTIONS = "/console/sections";
  static final String SECTION = SECTIONS + "/{slug}";
  static final String MESSAGES = MessagePages.MESSAGES;
  static final String MESSAGE = MESSAGES + "/{number}";
  static final String EDITION = MESSAGE + "/editions/{edition}";

  private ConsoleRoutes() {}

  /** One route: who may use it ({@code least} is empty for anyone), and its handler behind the checks. */
  record Route(HandlerType method, String path, Optional<Role> least, Handler handler) {}

  /** Adds the console's routes to a Javalin app being configured. */
  public static void declare(JavalinConfig config, Console console) {
    for (Route route : routes(console)) {
      config.routes.addHttpHandler(route.method(), route.path(), route.handler());
    }
  }

  static List<Route> routes(Console c) {
    return List.of(
        open(GET, SIGN_IN, c.signIn::form, c),
        open(POST, SIGN_IN, c.signIn::signIn, c),
        signedIn(POST, "/console/sign-out", WRITER, c.signIn::signOut, c),
        signedIn(GET, DASHBOARD, WRITER, c.dashboard::show, c),
        signedIn(GET, PASSWORD, WRITER, c.password::form, c),
        signedIn(POST, PASSWORD, WRITER, c.password::change, c),
        signedIn(GET, ACCOUNTS, ADMIN, c.accounts::list, c),
        signedIn(POST, ACCOUNTS, ADMIN, c.accounts::add, c),
        signedIn(POST, ACCOUNTS + "/{id}/role", ADMIN, c.accounts::changeRole, c),
        signedIn(POST, ACCOUNTS + "/{id}/disable", ADMIN, c.accounts::disable, c),
        signedIn(POST, ACCOUNTS + "/{id}/enable", ADMIN, c.accounts::enable, c),
        signedIn(GET, "/console/audit", ADMIN, c.audit::list, c),
        signedIn(GET, MASTHEAD, ADMIN, c.masthead::form, c),
        signedIn(POST, MASTHEAD, ADMIN, c.masthead::save, c),
        signedIn(GET, SECTIONS, ADMIN, c.sections::list, c),
        signedIn(POST, SECTIONS, ADMIN, c.sections::add, c),
        signedIn(POST, SECTION + "/rename", ADMIN, c.sections::rename, c),
        signedIn(POST, SECTION + "/up", ADMIN, c.sections::moveUp, c),
        signedIn(POST, SECTION + "/down", ADMIN, c.sections::moveDown, c),
        signedIn(GET, MESSAGES, WRITER, c.messages::list, c),
        signedIn(GET, MESSAGES + "/new", WRITER, c.messages::newForm, c),
        signedIn(POST, MESSAGES, WRITER, c.messages::create, c),
        signedIn(GET, MESSAGE, WRITER, c.messages::show, c),
        signedIn(GET, EDITION, WRITER, c.messages::editForm, c),
        signedIn(POST, EDITION, WRITER, c.messages::save, c),
        signedIn(POST, EDITION + "/submit", WRITER, c.actions::submit, c),
        signedIn(POST, EDITION + "/reject", EDITOR, c.actions::reject, c),
        signedIn(POST, EDITION + "/publish", EDITOR, c.actions::publish, c),
        signedIn(POST, EDITION + "/schedule", EDITOR, c.actions::schedule, c),
        signedIn(POST, EDITION + "/unschedule", EDITOR, c.actions::unschedule, c),
        signedIn(POST, EDITION + "/discard", WRITER, c.actions::discard, c),
        signedIn(POST, MESSAGE + "/new-edition", WRITER, c.actions::startNewEdition, c),
        signedIn(POST, MESSAGE + "/withdraw", EDITOR, c.actions::withdraw, c),
        signedIn(POST, MESSAGE + "/remove", EDITOR, c.actions::remove, c),
        signedIn(GET, MESSAGE + "/history", WRITER, c.history::show, c),
        signedIn(POST, MESSAGE + "/restore", WRITER, c.history::restore, c));
  }

  private static Route open(HandlerType method, String path, Handler handler, Console c) {
    return new Route(method, path, Optional.empty(), c.access.open(handler));
  }

  private static Route signedIn(HandlerType method, String path, Role least, ConsoleHandler handler, Console c) {
    Handler checked = method == GET ? c.access.page(least, handler) : c.access.action(least, handler);
    return new Route(method, path, Optional.of(least), checked);
  }
}
