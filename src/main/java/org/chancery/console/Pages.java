package org.chancery.console;

import java.util.List;
import java.util.Optional;

/**
 * The console's page models, one per template in {@code src/main/jte/console}. Public only
 * because the generated template classes live in another package.
 */
public final class Pages {

  private Pages() {}

  /** The sign-in form; {@code formToken} is the same value as the sign-in cookie. */
  public record SignIn(ConsoleChrome chrome, String formToken, String name, Optional<String> error) {}

  /** The page after sign-in: for now, the latest messages on the site. */
  public record Dashboard(ConsoleChrome chrome, List<MessageLine> messages) {
    public Dashboard {
      messages = List.copyOf(messages);
    }
  }

  /** A message in a list: its date, title and public address. */
  public record MessageLine(String date, String title, String path) {}

  /** The form to change one's own password. */
  public record Password(ConsoleChrome chrome, Optional<String> error) {}

  /** Every account, and the form to add one with what was typed into it last. */
  public record Accounts(ConsoleChrome chrome, List<AccountLine> accounts, String name, List<Choice> roles,
      Optional<String> error) {
    public Accounts {
      accounts = List.copyOf(accounts);
      roles = List.copyOf(roles);
    }
  }

  /**
   * One account in the list, with the role list for changing its role. {@code canDisable} is false
   * for one's own and for disabled accounts; {@code canEnable} is true for disabled ones.
   */
  public record AccountLine(long id, String name, String role, String created, String status, List<Choice> roles,
      boolean canDisable, boolean canEnable) {
    public AccountLine {
      roles = List.copyOf(roles);
    }
  }


  /** The latest entries of the audit log. */
  public record Audit(ConsoleChrome chrome, List<AuditLine> entries) {
    public Audit {
      entries = List.copyOf(entries);
    }
  }

  /** One audit entry; an empty account or address is shown as a dash. */
  public record AuditLine(long seq, String at, String account, String action, String detail, String address) {}

  /** A request refused: not allowed, a stale form, too many attempts. */
  public record Refused(ConsoleChrome chrome, String heading, String explanation) {}

  /**
   * Editions in progress and live messages, newest message first; then one page of every message
   * on the site (imported ones included), each opening its page in the console.
   */
  public record Messages(ConsoleChrome chrome, List<MessageRow> rows, List<MessageLine> onSite, int page,
      int pages) {
    public Messages {
      rows = List.copyOf(rows);
      onSite = List.copyOf(onSite);
    }
  }

  /** One edition in the list of messages. */
  public record MessageRow(long number, int edition, String state, String title, String author) {}

  /**
   * The form to write a new message or change an edition, as typed; with the parsed turns after
   * "Preview", the fields that are wrong after a refused save, and both versions after a conflict.
   */
  public record Edit(ConsoleChrome chrome, String heading, String action, MessageForm form, List<Choice> kinds,
      List<Choice> sections, List<Choice> languages, List<String> speakers, List<FieldProblem> problems,
      List<PreviewBlock> preview, boolean previewed, Optional<Conflict> conflict) {
    public Edit {
      kinds = List.copyOf(kinds);
      sections = List.copyOf(sections);
      languages = List.copyOf(languages);
      speakers = List.copyOf(speakers);
      problems = List.copyOf(problems);
      preview = List.copyOf(preview);
    }
  }

  /** One option of a list: the value sent, the words shown, and whether it is the one chosen. */
  public record Choice(String value, String label, boolean isSelected) {}

  /** A field that is wrong, and the sentence that says what to do. */
  public record FieldProblem(String field, String label, String text) {}

  /**
   * A block of the parsed body: a speaker's turn, or a paragraph when {@code speaker} is empty;
   * {@code isNewSpeaker} when the speaker is not yet among the known ones.
   */
  public record PreviewBlock(String speaker, boolean isNewSpeaker, List<String> paragraphs) {
    public PreviewBlock {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** A save refused because someone else saved first: their version and the one typed. */
  public record Conflict(String sentence, Version theirs, Version yours) {}

  /** A message's content, as the conflict shows it. */
  public record Version(String title, String published, String section, String body) {}

  /** A message and its editions, with the actions each allows the one looking. */
  public record MessageView(ConsoleChrome chrome, long number, String title, Optional<String> publicPath,
      List<EditionLine> editions, Optional<String> error, String zone) {
    public MessageView {
      editions = List.copyOf(editions);
    }
  }

  /** One edition and what can be done with it. */
  public record EditionLine(int number, String state, String title, String author, String detail, boolean canEdit,
      boolean canReview, boolean isPublished, boolean isPublic, boolean canUnschedule, boolean canDiscard,
      boolean canStartEdition) {}

  /** A message's revisions, and the difference between two of them. */
  public record History(ConsoleChrome chrome, long number, String title, List<RevisionLine> revisions, int from, int to,
      List<DiffLine> diff, int latest, Optional<String> error) {
    public History {
      revisions = List.copyOf(revisions);
      diff = List.copyOf(diff);
    }
  }

  /** One revision: which edition, who saved it and when. */
  public record RevisionLine(int number, int edition, String savedBy, String savedAt, String title) {}

  /** One line of a diff: {@code kind} is same, removed or added. */
  public record DiffLine(String kind, String marker, String text) {}

  /** The masthead settings as typed: its rows (a few of them blank, to fill), and what is wrong. */
  public record MastheadForm(ConsoleChrome chrome, List<ClockRow> clocks, ContactRow contact, List<CounterRow> counters,
      List<String> zones, List<String> problems) {
    public MastheadForm {
      clocks = List.copyOf(clocks);
      counters = List.copyOf(counters);
      zones = List.copyOf(zones);
      problems = List.copyOf(problems);
    }
  }

  /** One clock row: its number in the form, from 1, and what is in it. */
  public record ClockRow(int row, String label, String zone) {}

  /** The contact row. */
  public record ContactRow(String label, String phone, String email) {}

  /** One counter row, its dates as typed (YYYY-MM-DD). */
  public record CounterRow(int row, String event, String sentence, String from, String until) {}

  /**
   * Every managed section in menu order with how many messages readers see in each, the form to add
   * one with what was typed into it last, and the sentence of a refused change.
   */
  public record Sections(ConsoleChrome chrome, List<SectionLine> sections, String name, String slug,
      int longestName, Optional<String> error) {
    public Sections {
      sections = List.copyOf(sections);
    }
  }

  /**
   * One section: its slug, its name and its published messages; whether readers see it in the menu
   * (only with a published message), whether it can move up or down, and what its rename field holds.
   */
  public record SectionLine(String slug, String name, long messages, boolean isInMenu, boolean isFirst,
      boolean isLast, String renameTo) {}
}
