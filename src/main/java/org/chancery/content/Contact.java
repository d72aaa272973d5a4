package org.chancery.content;

import java.util.Objects;

/**
 * The contact block of the masthead: "Consular queries:" with a phone number and, on some
 * sites, an e-mail address.
 *
 * @param label the heading, e.g. "Consular queries:"
 * @param phone the phone number as it should be shown
 * @param email the e-mail address, or empty
 */
public record Contact(String label, String phone, String email) {

  public Contact {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(email, "email");
    if (label.isBlank()) {
      throw new IllegalArgumentException("a contact needs a label such as 'Consular queries:'");
    }
  }

  public boolean hasEmail() {
    return !email.isBlank();
  }
}
