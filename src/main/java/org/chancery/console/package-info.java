/**
 * The editor console under {@code /console}: signing in and out, sessions, the accounts page,
 * the audit log, the workflow of editions (drafts, review, scheduling, revisions, withdrawal),
 * the masthead and the sections.
 *
 * <p>Every URL is in {@link org.chancery.console.ConsoleRoutes}, each with the least
 * {@link org.chancery.content.Role} it needs; the checks in front of the handlers (session,
 * form token, role) are applied from that table, never by a handler itself. Handlers parse the
 * form, call a verb ({@link org.chancery.console.Accounts}, the domain's {@code Newsroom} through
 * {@code Workflow}) and render a page model or redirect; rules belong in {@code content}.
 *
 * <p>Security decisions are recorded in {@code docs/adr/0004-console-sessions-and-csrf.md}:
 * Argon2id hashes ({@link org.chancery.console.Passwords}), hashed session tokens in HttpOnly,
 * SameSite=Strict cookies, a per-session form token on every POST, sign-in limits per name and
 * per address. Templates are in {@code src/main/jte/console}, with no inline script (the
 * Content-Security-Policy forbids it); the words are the {@code console.*} keys of the site's
 * bundle. Public here: {@link org.chancery.console.Console}, {@code ConsoleRoutes},
 * {@code ConsoleSettings}, and {@code Accounts}, {@code Actor} and {@code Passwords} for the
 * command line; page models are public only for the generated templates.
 */
package org.chancery.console;
