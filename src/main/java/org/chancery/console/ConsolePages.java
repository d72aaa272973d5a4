package org.chancery.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import org.chancery.content.EditionState;
import org.chancery.content.Masthead;
import org.chancery.content.MessageStore;
import org.chancery.content.Refusal;
import org.chancery.content.Role;
import org.chancery.content.Session;
import org.chancery.content.WorkflowRefusal;
import org.chancery.site.UiText;

/**
 * Renders the console's pages: the chrome around them, the words in the site's language, times in
 * the home zone. Every console response is {@code Cache-Control: no-store}: pages carry a form
 * token and a signed-in name, which no cache may keep.
 */
final class ConsolePages {

  /** What the last action did, named in the query string of the page it redirected to. */
  enum Notice {
    ACCOUNT_ADDED("account-added"),
    ACCOUNT_DISABLED("account-disabled"),
    ACCOUNT_ENABLED("account-enabled"),
    ACCOUNT_ROLE_CHANGED("account-role-changed"),
    PASSWORD_CHANGED("password-changed"),
    MESSAGE_SAVED("message-saved"),
    MESSAGE_SUBMITTED("message-submitted"),
    MESSAGE_REJECTED("message-rejected"),
    MESSAGE_PUBLISHED("message-published"),
    MESSAGE_SCHEDULED("message-scheduled"),
    MESSAGE_WITHDRAWN("message-withdrawn"),
    MESSAGE_REMOVED("message-removed"),
    MESSAGE_RESTORED("message-restored"),
    MESSAGE_NEW_EDITION("message-new-edition"),
    MESSAGE_UNSCHEDULED("message-unscheduled"),
    MESSAGE_DISCARDED("message-discarded"),
    MASTHEAD_SAVED("masthead-saved"),
    SECTION_ADDED("section-added"),
    SECTION_RENAMED("section-renamed"),
    SECTION_MOVED("section-moved");

    final String key;

    Notice(String key) {
      this.key = key;
    }

    /** The path with this notice in its query. */
    String on(String path) {
      return path + "?notice=" + key;
    }
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ConsoleSettings settings;
  /** Where the masthead is, whose home zone the console's dates and times are in. */
  private final MessageStore messages;
  private final UiText text;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  ConsolePages(ConsoleSettings settings, MessageStore messages) {
    this.settings = settings;
    this.messages = messages;
    this.text = UiText.load(settings.locale());
  }
  /** The address the request came from: its connection's, or its client's behind a trusted proxy. */
  String address(Context ctx) {
    return ClientAddress.of(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")),
        settings.proxies());
  }


  UiText text() {
    return text;
  }

  ConsoleChrome chrome(Context ctx, Optional<Session> session, String titleKey) {
    String title = text.get(titleKey) + " - " + text.get("console.name") + " - " + settings.siteName();
    Optional<ConsoleChrome.SignedIn> user = session.map(s -> new ConsoleChrome.SignedIn(s.account().name(),
        role(s.account().role()), s.csrfToken(), s.account().role() == Role.ADMIN));
    // Only known notices are shown, in the console's own words: a link cannot put text on the page.
    Optional<String> notice = Arrays.stream(Notice.values())
        .filter(n -> n.key.equals(ctx.queryParam("notice")))
        .findFirst()
        .map(n -> text.get("console.notice." + n.key));
    return new ConsoleChrome(settings.locale().toLanguageTag(), settings.siteName(), title, text, user, notice);
  }

  /** Answers with {@code template} rendered for {@code page}. */
  void render(Context ctx, int status, String template, Object page) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    templates.render("console/" + template, page, output);
    ctx.status(status).header("Cache-Control", "no-store").contentType("text/html; charset=utf-8")
        .result(output.toByteArray());
  }

  /**
   * Answers with the refusal page: heading and explanation from {@code console.refused.<reason>},
   * the explanation's {0}, {1}... filled in.
   */
  void refuse(Context ctx, int status, Optional<Session> session, String reason, Object... arguments) {
    render(ctx, status, "refused.jte", new Pages.Refused(chrome(ctx, session, "console.refused." + reason + ".heading"),
        text.get("console.refused." + reason + ".heading"),
        text.format("console.refused." + reason + ".text", arguments)));
  }

  /** The refusal's sentence in the console's language: {@code console.refusal.<key>}, filled in. */
  /**
   * A refusal's sentence in the console's language. States, roles and the acts a workflow refusal
   * names are named in that language too, and an instant is shown in the home zone.
   */
  String sentence(Refusal refusal) {
    Object[] arguments = refusal.arguments().stream().map(this::named).toArray();
    return text.format("console.refusal." + refusal.reason().key(), arguments);
  }

  private Object named(Object argument) {
    if (argument instanceof Role role) {
      return role(role).toLowerCase(settings.locale());
    }
    if (argument instanceof EditionState state) {
      return text.get("console.state." + state.name().toLowerCase(java.util.Locale.ROOT)).toLowerCase(settings.locale());
    }
    if (argument instanceof WorkflowRefusal.Act act) {
      return text.get("console.act." + act.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (argument instanceof Instant at) {
      return time(at);
    }
    return argument;
  }

  ConsoleSettings settings() {
    return settings;
  }

  String role(Role role) {
    return text.get("console.role." + role.name().toLowerCase(java.util.Locale.ROOT));
  }

  String time(Instant at) {
    return TIME.format(at.atZone(homeZone()));
  }

  /**
   * The mission's home zone, as the public site has it: the masthead's (its first clock's), or
   * the {@code home.zone} setting while there is no masthead. Dates and times typed into the
   * console, and shown in it, are in this zone.
   */
  ZoneId homeZone() {
    return messages.masthead().map(Masthead::homeZone).orElse(settings.homeZone());
  }

  /** Redirects to {@code path} with 303, so that reloading the next page does not post again. */
  static void seeOther(Context ctx, String path) {
    ctx.header("Cache-Control", "no-store");
    ctx.redirect(path, io.javalin.http.HttpStatus.SEE_OTHER);
  }
}
