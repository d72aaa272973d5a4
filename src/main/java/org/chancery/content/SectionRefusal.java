package org.chancery.content;

/** A change to the managed sections that the rules do not allow, with the reason (see {@link Refusal}). */
public final class SectionRefusal extends Refusal {

  private static final long serialVersionUID = 1L;

  /** Why it was refused; each reason carries its English sentence. */
  public enum Reason implements Refusal.Reason {
    NAME_BLANK("section.name-blank", "Give the section a name, e.g. ''Press releases''."),
    NAME_TOO_LONG("section.name-too-long",
        "A section''s name may have at most {0,number,#} characters; this one has {1,number,#}."),
    NAME_TAKEN("section.name-taken",
        "A section named ''{0}'' exists already, at /sections/{1}; readers could not tell the two apart. "
            + "Choose another name."),
    NAME_WITHOUT_ADDRESS("section.name-without-address",
        "The name ''{0}'' has no Latin letters or digits to make the section''s address of; "
            + "give the address too, e.g. ''press-releases''."),
    ADDRESS_MALFORMED("section.address-malformed",
        "A section''s address is lower-case Latin letters, digits and single hyphens, at most {0,number,#} "
            + "characters, e.g. ''press-releases''; ''{1}'' is not."),
    ADDRESS_TAKEN("section.address-taken",
        "A section with the address /sections/{0} exists already: ''{1}''. Choose another name, or give "
            + "another address."),
    NO_SUCH_SECTION("section.no-such-section",
        "There is no section with the address /sections/{0}; another administrator may have changed the "
            + "list. The list below is as it is now."),
    FIRST_ALREADY("section.first-already", "''{0}'' is first in the menu already."),
    LAST_ALREADY("section.last-already", "''{0}'' is last in the menu already.");

    private final Wording wording;

    Reason(String key, String sentence) {
      this.wording = new Wording(key, sentence);
    }

    @Override
    public Wording wording() {
      return wording;
    }
  }

  public SectionRefusal(Reason reason, Object... arguments) {
    super(reason, arguments);
  }

  @Override
  public Reason reason() {
    return (Reason) super.reason();
  }
}
