package org.chancery.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import org.chancery.web.PageReply;

/**
 * The jte templates of {@code src/main/jte}, precompiled by the Maven build (jte-maven-plugin) and
 * loaded from the class path. HTML output escaping is on for everything they print.
 */
final class Templates {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code template} (e.g. "message.jte") for its page model, as UTF-8 bytes. */
  byte[] render(String template, Object page) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    engine.render(template, page, output);
    return output.toByteArray();
  }

  PageReply page(String template, Object page) {
    return PageReply.html(render(template, page));
  }
}
