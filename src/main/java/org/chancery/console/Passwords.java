package org.chancery.console;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.chancery.content.AccountRefusal;
import org.chancery.content.AccountRefusal.Reason;

/**
 * Argon2id password hashes, and the rule for what a password may be.
 *
 * <p>Hashes are stored in the self-describing PHC form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}),
 * so a hash made with older parameters still verifies after the parameters are raised. The
 * parameters are OWASP's recommended minimum for Argon2id (19 MiB, 2 passes, 1 lane): about
 * 30-60 ms a hash on a server core, slow for an attacker with a stolen table, quick enough for a
 * sign-in. Passwords never leave this class except as hashes; nothing here logs.
 */
public final class Passwords {

  /** Fewer characters than this are refused: length matters more than symbols. */
  public static final int MINIMUM_LENGTH = 12;
  /** More than this is refused: hashing is work, and nobody types a longer one. */
  public static final int MAXIMUM_LENGTH = 1000;

  private static final int SALT_BYTES = 16;

  private final Argon2Function argon2id;
  /**
   * Checked against when no account has the name given, so that a wrong name takes as long to
   * refuse as a wrong password and the time taken does not tell which names exist.
   */
  private final String decoy;

  /** Hashes with OWASP's parameters: 19 MiB, 2 passes, 1 lane. */
  public Passwords() {
    this(19 * 1024, 2);
  }

  /** Hashes with other costs; tests use the lowest, to sign in many times quickly. */
  Passwords(int memoryKiB, int passes) {
    this.argon2id = Argon2Function.getInstance(memoryKiB, passes, 1, 32, Argon2.ID);
    this.decoy = hash("no account has this password, it only costs time");
  }

  /** Refuses a password that is too short or too long, saying how long it is. */
  public void requireAcceptable(String password) {
    int length = password.codePointCount(0, password.length());
    if (length < MINIMUM_LENGTH) {
      throw new AccountRefusal(Reason.PASSWORD_TOO_SHORT, MINIMUM_LENGTH, length);
    }
    if (length > MAXIMUM_LENGTH) {
      throw new AccountRefusal(Reason.PASSWORD_TOO_LONG, MAXIMUM_LENGTH, length);
    }
  }

  /** A new Argon2id hash of {@code password} with a random salt. */
  public String hash(String password) {
    return Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2id).getResult();
  }

  /** Whether {@code password} is the one {@code hash} was made from; false for a malformed hash. */
  public boolean matches(String password, String hash) {
    Argon2Function function;
    try {
      function = Argon2Function.getInstanceFromHash(hash);
    } catch (RuntimeException e) {
      return false; // not an Argon2 hash: no password matches it
    }
    return Password.check(password, hash).with(function);
  }

  /** Spends the time a check costs and answers false: for a name no account has. */
  public boolean matchesNoAccount(String password) {
    matches(password, decoy);
    return false;
  }
}
