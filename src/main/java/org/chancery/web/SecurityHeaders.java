package org.chancery.web;

import io.javalin.http.Context;

/**
 * Headers that every response carries, set before any handler runs so that error pages and static
 * files get them too.
 *
 * <p>The policy allows scripts and styles from this origin only, so a template must never write
 * an inline {@code <script>}, an event-handler attribute or a {@code style} attribute: browsers
 * would refuse them.
 */
public final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  private SecurityHeaders() {}

  /** A before-handler: {@code config.routes.before(SecurityHeaders::apply)}. */
  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "DENY");
  }
}
