package org.chancery.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one spelling under which a path of the old site is stored and looked up, so that
 * {@code /press/статья?id=5}, {@code /press/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?id=5} and
 * {@code /press/%d1%81...} all name the same page, and {@code /fnapr/8127/} is {@code /fnapr/8127}.
 *
 * <p>Rules: percent-escapes are decoded as UTF-8 (an escape that is not valid UTF-8 stays as it
 * was), then every character outside the URI's unreserved and path characters is escaped again
 * with upper-case hex; a trailing slash on the path (not the root) is dropped; the query is kept.
 */
public final class LegacyPath {

  private LegacyPath() {}

  /** The normal spelling of a path with its optional query, e.g. "/fnapr/8127?x=1". */
  public static String normalise(String pathAndQuery) {
    String raw = pathAndQuery.strip();
    int q = raw.indexOf('?');
    String path = q < 0 ? raw : raw.substring(0, q);
    String query = q < 0 ? "" : raw.substring(q);
    path = normalisePart(path, "/");
    if (path.isEmpty()) {
      path = "/";
    } else if (path.charAt(0) != '/') {
      path = "/" + path;
    }
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (!query.isEmpty()) {
      query = "?" + normalisePart(query.substring(1), "/?");
    }
    return path + query;
  }

  /** Decodes and escapes again one part (path or query); {@code keep} are its separators. */
  private static String normalisePart(String text, String keep) {
    String decoded = decodeUtf8(text);
    if (decoded == null) {
      // Not UTF-8 (an old site in a legacy code page): keep the escapes, in upper-case hex.
      StringBuilder out = new StringBuilder(text);
      for (int i = 0; i + 2 < out.length(); i++) {
        if (out.charAt(i) == '%' && isHex(out.charAt(i + 1)) && isHex(out.charAt(i + 2))) {
          out.setCharAt(i + 1, Character.toUpperCase(out.charAt(i + 1)));
          out.setCharAt(i + 2, Character.toUpperCase(out.charAt(i + 2)));
        }
      }
      return out.toString();
    }
    StringBuilder out = new StringBuilder();
    for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c) || keep.indexOf(c) >= 0 || "!$&'()*+,;=:@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  /** The text with its percent-escapes decoded as UTF-8, or null when they are not UTF-8. */
  private static String decodeUtf8(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
