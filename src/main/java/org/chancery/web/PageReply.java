package org.chancery.web;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a page handler answers: rendered HTML, or a permanent redirect. Both are immutable and safe
 * to keep in a {@link RenderCache}.
 */
public sealed interface PageReply {

  /** Writes the reply to the response, answering 304 when the client already holds these bytes. */
  void writeTo(Context ctx);

  static PageReply html(byte[] bytes) {
    return new Html(bytes, etagOf(bytes));
  }

  static PageReply movedTo(String location) {
    return new MovedPermanently(location);
  }

  /** An HTML page; {@code etag} is a quoted strong validator of exactly these bytes. */
  record Html(byte[] bytes, String etag) implements PageReply {
    public Html {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(etag, "etag");
    }

    @Override
    public void writeTo(Context ctx) {
      ctx.header("ETag", etag);
      // Revalidate every time: the masthead's clocks change each minute, the ETag makes that cheap.
      ctx.header("Cache-Control", "public, no-cache");
      if (etag.equals(ctx.header("If-None-Match"))) {
        ctx.status(304);
        return;
      }
      ctx.contentType("text/html; charset=utf-8").result(bytes);
    }
  }

  /** A 301 to the permanent address of what was asked for. */
  record MovedPermanently(String location) implements PageReply {
    public MovedPermanently {
      Objects.requireNonNull(location, "location");
    }

    @Override
    public void writeTo(Context ctx) {
      ctx.status(301).header("Location", location);
    }
  }

  private static String etagOf(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
