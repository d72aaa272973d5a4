package org.chancery.content;

/**
 * A sign-in or an account change that the rules do not allow, with the reason. The message is an English
 * sentence for the command line; the console shows the same reason in its own language by
 * {@link Reason#key()}, filling in {@link #arguments()}.
 */
public final class AccountRefusal extends Refusal {

  private static final long serialVersionUID = 1L;

  /** Why it was refused; each reason carries its English sentence. */
  public enum Reason implements Refusal.Reason {
    NAME_TAKEN("name-taken", "An account named ''{0}'' exists already; choose another name."),
    NAME_MALFORMED("name-malformed",
        "An account name is 2 to 40 letters, digits, dots, hyphens or underscores; ''{0}'' is not."),
    PASSWORD_TOO_SHORT("password-too-short",
        "A password needs at least {0,number,#} characters; this one has {1,number,#}."),
    PASSWORD_TOO_LONG("password-too-long", "A password may have at most {0,number,#} characters; this one has {1,number,#}."),
    PASSWORDS_DIFFER("passwords-differ", "The two passwords differ; type the same password twice."),
    CURRENT_PASSWORD_WRONG("current-password-wrong", "The current password is wrong."),
    DISABLING_ONESELF("disabling-oneself",
        "You cannot disable your own account; another administrator can."),
    LAST_ADMINISTRATOR("last-administrator",
        "''{0}'' is the only enabled administrator; make another account an administrator first."),
    NO_SUCH_ACCOUNT("no-such-account", "There is no account number {0}."),
    WRONG_NAME_OR_PASSWORD("wrong-name-or-password", "The name or the password is wrong."),
    ACCOUNT_DISABLED("account-disabled", "This account is disabled; an administrator can enable it again.");

    private final Wording wording;

    Reason(String key, String sentence) {
      this.wording = new Wording(key, sentence);
    }

    @Override
    public Wording wording() {
      return wording;
    }
  }

  public AccountRefusal(Reason reason, Object... arguments) {
    super(reason, arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }
}
