package org.chancery.console;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.chancery.content.Account;
import org.chancery.content.AccountStore;
import org.chancery.content.Session;

/**
 * Console sessions and their cookie.
 *
 * <p>The cookie holds 256 random bits; the store holds only their SHA-256, so a copy of the
 * database opens no session. The cookie is HttpOnly (no script reads it), SameSite=Strict (no
 * other site's page sends it), limited to {@code /console}, and Secure when the site's public
 * address is https. A session ends {@link #IDLE} after its last use, and {@link #LIFETIME} after
 * sign-in however much it is used.
 */
final class Sessions {

  static final String COOKIE = "chancery_session";
  static final String PATH = "/console";
  static final Duration IDLE = Duration.ofHours(8);
  static final Duration LIFETIME = Duration.ofHours(12);
  /** Using a session moves its idle time on; writing that down more often than this buys nothing. */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final AccountStore store;
  private final Clock clock;
  private final boolean secure;

  Sessions(AccountStore store, Clock clock, boolean secure) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.secure = secure;
  }

  /** Opens a new session for {@code account} and hands its cookie to the browser, replacing any it held. */
  Session open(Context ctx, Account account) {
    current(ctx).ifPresent(old -> store.closeSession(old.id())); // a new sign-in never reuses a session
    Instant now = clock.instant();
    store.closeEndedSessions(now, now.minus(IDLE)); // sign-ins are rare: a good time to tidy
    String token = Tokens.random();
    Session session = new Session(Tokens.hash(token), account, now, now, now.plus(LIFETIME), Tokens.random());
    store.openSession(session);
    ctx.cookie(cookie(COOKIE, token, PATH, (int) LIFETIME.toSeconds()));
    return session;
  }

  /** The live session the browser's cookie names, if any; an ended one is closed on the way. */
  Optional<Session> current(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    Optional<Session> found = store.session(Tokens.hash(token));
    if (found.isEmpty()) {
      return found;
    }
    Session session = found.get();
    Instant now = clock.instant();
    if (!session.isLiveAt(now, IDLE)) {
      store.closeSession(session.id());
      return Optional.empty();
    }
    if (!now.isBefore(session.lastSeenAt().plus(TOUCH_EVERY))) {
      store.touchSession(session.id(), now);
      session = session.seenAt(now);
    }
    return Optional.of(session);
  }

  /** Closes the session and tells the browser to forget its cookie. */
  void close(Context ctx, Session session) {
    store.closeSession(session.id());
    ctx.cookie(cookie(COOKIE, "", PATH, 0));
  }

  /** A console cookie: HttpOnly, SameSite=Strict, Secure when the site is served over https. */
  Cookie cookie(String name, String value, String path, int maxAgeSeconds) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath(path);
    cookie.setMaxAge(maxAgeSeconds);
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setSameSite(SameSite.STRICT);
    return cookie;
  }
}
