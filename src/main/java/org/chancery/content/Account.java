package org.chancery.content;

import java.util.Objects;

/**
 * A member of the press office who signs in to the console.
 *
 * @param id the account's permanent number
 * @param name the sign-in name, also shown in the history of each message
 * @param role what the account may do
 */
public record Account(long id, String name, Role role) {

  public Account {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    if (!name.matches("[\\p{L}\\p{N}._-]{2,40}")) {
      throw new IllegalArgumentException(
          "an account name is 2 to 40 letters, digits, dots, hyphens or underscores, got '" + name + "'");
    }
  }
}
