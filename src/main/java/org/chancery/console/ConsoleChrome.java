package org.chancery.console;

import java.util.Optional;
import org.chancery.site.UiText;

/**
 * What the console's layout shows around every page.
 *
 * @param lang the page's language tag, for {@code <html lang>}
 * @param title the whole {@code <title>}
 * @param user who is signed in, or empty on the sign-in page and refusals without a session
 * @param notice a sentence saying what the last action did, shown once above the page
 */
public record ConsoleChrome(String lang, String siteName, String title, UiText text, Optional<SignedIn> user,
    Optional<String> notice) {

  /**
   * The signed-in account as the layout shows it.
   *
   * @param csrf the session's form token, for the sign-out form and every other form
   * @param isAdmin whether to offer the administrators' pages
   */
  public record SignedIn(String name, String role, String csrf, boolean isAdmin) {}
}
