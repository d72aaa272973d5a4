package org.chancery.console;

import io.javalin.http.Context;

/** Reading form fields. */
final class Forms {

  private Forms() {}

  /** The field's value, or "" when the form lacks it: a missing field is an empty one. */
  static String field(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}
