package org.chancery.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chancery.content.Text;

/**
 * The non-blank lines of a snapshot, each with its 1-based line number and the number of blank
 * lines before it. Blank lines carry structure on the old site's pages (a run of two or more
 * separates the main message from the listing), so they are counted rather than kept.
 */
final class PageLines {

  /** One non-blank line, white space squeezed (no-break spaces included). */
  record Line(int number, String text, int blanksBefore) {}

  private final List<Line> lines;
  private final int lastLine;

  private PageLines(List<Line> lines, int lastLine) {
    this.lines = lines;
    this.lastLine = lastLine;
  }

  List<Line> lines() {
    return lines;
  }

  /** The number of the file's last line, where "found the end of the file" is reported. */
  int lastLine() {
    return lastLine;
  }

  /**
   * Decodes UTF-8 strictly. Binary data is refused here, before any layout rule runs, so that a
   * stray image or archive is reported as what it is rather than as an odd layout.
   */
  static PageLines decode(String file, byte[] content) throws SnapshotException {
    int nul = 0;
    while (nul < content.length && content[nul] != 0) {
      nul++;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    int invalid = result.isError() ? in.position() : content.length;
    // Whichever comes first is reported, so the line named is where the file stops being text.
    if (nul < content.length && nul <= invalid) {
      throw new SnapshotException(file, lineAt(content, nul),
          "binary data (a NUL byte at byte " + nul + "): expected UTF-8 text");
    }
    if (invalid < content.length) {
      throw new SnapshotException(file, lineAt(content, invalid), String.format(
          "invalid UTF-8 (byte 0x%02X at byte %d): expected UTF-8 text, not binary data or another encoding",
          content[invalid] & 0xff, invalid));
    }
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark some editors write; not part of the page
    }
    return split(text);
  }

  private static PageLines split(String text) {
    String[] raw = text.split("\r\n|\r|\n", -1);
    List<Line> lines = new ArrayList<>();
    int blanks = 0;
    int last = 1;
    for (int i = 0; i < raw.length; i++) {
      String squeezed = Text.squeeze(raw[i]);
      if (squeezed.isEmpty()) {
        blanks++;
        continue;
      }
      lines.add(new Line(i + 1, squeezed, blanks));
      blanks = 0;
      last = i + 1;
    }
    return new PageLines(List.copyOf(lines), last);
  }

  private static int lineAt(byte[] content, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (content[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
