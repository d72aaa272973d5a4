package org.chancery.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordsTest {

  private final Passwords passwords = new Passwords();

  @Test
  void a_hash_is_argon2id_salted_and_verifies_only_its_password() {
    String hash = passwords.hash("correct horse battery");

    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct");
    assertThat(passwords.hash("correct horse battery")).isNotEqualTo(hash);
    assertThat(passwords.matches("correct horse battery", hash)).isTrue();
    assertThat(passwords.matches("correct horse batterY", hash)).isFalse();
  }

  @Test
  void a_hash_made_with_other_parameters_still_verifies() {
    String older = com.password4j.Password.hash("correct horse battery").addRandomSalt(16)
        .with(com.password4j.Argon2Function.getInstance(4096, 3, 1, 32, com.password4j.types.Argon2.ID)).getResult();

    assertThat(passwords.matches("correct horse battery", older)).isTrue();
  }

  @Test
  void a_malformed_hash_matches_nothing() {
    assertThat(passwords.matches("correct horse battery", "not a hash")).isFalse();
    assertThat(passwords.matches("correct horse battery", "")).isFalse();
    assertThat(passwords.matchesNoAccount("correct horse battery")).isFalse();
  }

  @Test
  void passwords_under_twelve_characters_or_over_a_thousand_are_refused_with_their_length() {
    assertThatThrownBy(() -> passwords.requireAcceptable("short pass"))
        .hasMessage("A password needs at least 12 characters; this one has 10.");
    assertThatThrownBy(() -> passwords.requireAcceptable("x".repeat(1001)))
        .hasMessage("A password may have at most 1000 characters; this one has 1001.");
    passwords.requireAcceptable("twelve chars");
    passwords.requireAcceptable("пароль-из-12");
  }
}
