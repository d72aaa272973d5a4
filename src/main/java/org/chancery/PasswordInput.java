package org.chancery;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.chancery.content.AccountRefusal;

/**
 * Where {@code chancery user add} gets the new account's password: typed twice, unseen, on a
 * terminal; otherwise one line of standard input (for scripts: {@code ... < password-file}).
 * Never from the command line, where it would stay in the shell's history and the process list.
 */
@FunctionalInterface
interface PasswordInput {

  /**
   * The password for the account {@code name}.
   *
   * @throws AccountRefusal when the two passwords typed differ
   * @throws IOException when standard input cannot be read or is empty
   */
  String read(String name) throws IOException;

  /** The terminal if there is one, else standard input. */
  static PasswordInput system() {
    return name -> {
      Console console = System.console();
      return console != null ? typedTwice(console, name) : firstLine();
    };
  }

  private static String typedTwice(Console console, String name) {
    char[] first = console.readPassword("Password for %s: ", name);
    char[] again = console.readPassword("The same password again: ");
    try {
      if (first == null || again == null || !Arrays.equals(first, again)) {
        throw new AccountRefusal(AccountRefusal.Reason.PASSWORDS_DIFFER);
      }
      return new String(first);
    } finally {
      // The String returned cannot be wiped; these copies at least do not linger.
      if (first != null) {
        Arrays.fill(first, '\0');
      }
      if (again != null) {
        Arrays.fill(again, '\0');
      }
    }
  }

  private static String firstLine() throws IOException {
    // Not closed: closing it would close System.in.
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    if (line == null) {
      throw new IOException("No password on standard input: type it on a terminal, or pipe in one line.");
    }
    return line;
  }
}
