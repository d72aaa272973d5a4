package org.chancery.console;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancery.content.AccountStore;
import org.chancery.content.ArchivePage;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.Block;
import org.chancery.content.EditConflict;
import org.chancery.content.Edition;
import org.chancery.content.EditionState;
import org.chancery.content.EditionStore;
import org.chancery.content.Kind;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.Revision;
import org.chancery.content.Section;
import org.chancery.content.Session;
import org.chancery.content.Speaker;
import org.chancery.content.WorkflowRefusal;

/** The list of messages, a message with its editions, and the form to write or change one. */
final class MessagePages {

  static final String MESSAGES = "/console/messages";
  static final int LISTED = 200;
  /** Messages on the site listed a page. */
  static final int ON_SITE = 50;
  /** The languages offered first; any other ISO 639-1 code is accepted too. */
  static final List<String> LANGUAGES = List.of("en", "ru", "fr", "de", "es", "it", "pt", "zh", "ar", "ja");

  private final EditionStore editions;
  private final MessageStore messages;
  private final AccountStore accounts;
  private final Workflow workflow;
  private final Clock clock;
  private final ConsolePages pages;
  private final MessageForm.Others others;

  MessagePages(EditionStore editions, MessageStore messages, AccountStore accounts, Workflow workflow, Clock clock,
      ConsolePages pages) {
    this.editions = editions;
    this.messages = messages;
    this.accounts = accounts;
    this.workflow = workflow;
    this.clock = clock;
    this.pages = pages;
    this.others = new MessageForm.Others() {
      @Override
      public boolean exists(long number) {
        return messages.message(number, MessageStore.ANY_DAY).isPresent() || !editions.editions(number).isEmpty();
      }

      @Override
      public Optional<Long> ownerOfLegacyPath(String path) {
        return messages.messageForLegacyPath(path);
      }
    };
  }

  static String path(long message) {
    return MESSAGES + "/" + message;
  }

  void list(Context ctx, Session session) {
    List<Pages.MessageRow> rows = new ArrayList<>();
    for (long number : editions.messageNumbers(LISTED)) {
      for (Edition e : editions.editions(number)) {
        if (e.state().isInProgress() || e.state().isPublic()) {
          rows.add(new Pages.MessageRow(number, e.number(), state(e), e.content().title(), author(e.authorId())));
        }
      }
    }
    ArchivePage site = messages.archive(new ArchiveRequest(Optional.empty(), page(ctx), ON_SITE, today()));
    List<Pages.MessageLine> onSite = site.messages().stream()
        .map(m -> new Pages.MessageLine(m.published().toString(), m.title(), path(m.number()))).toList();
    pages.render(ctx, 200, "messages.jte", new Pages.Messages(pages.chrome(ctx, Optional.of(session),
        "console.messages.title"), rows, onSite, site.page(), site.pageCount()));
  }

  void newForm(Context ctx, Session session) {
    MessageForm empty = MessageForm.blank(today(), siteLanguage());
    showForm(ctx, 200, session, empty, List.of(), false, Optional.empty());
  }

  void create(Context ctx, Session session) {
    MessageForm form = MessageForm.read(ctx, siteLanguage());
    List<MessageForm.Problem> problems = form.problems(sections(), 0, others);
    if (!problems.isEmpty() || isPreview(ctx)) {
      showForm(ctx, problems.isEmpty() ? 200 : 422, session, form, problems, problems.isEmpty(), Optional.empty());
      return;
    }
    Revision saved = workflow.draft(form.newMessage(sections()), Actor.signedIn(session.account(), pages.address(ctx)));
    ConsolePages.seeOther(ctx, ConsolePages.Notice.MESSAGE_SAVED.on(path(saved.messageNumber())));
  }

  void show(Context ctx, Session session) {
    show(ctx, 200, session, number(ctx), Optional.empty());
  }

  void editForm(Context ctx, Session session) {
    long number = number(ctx);
    Edition edition = edition(number, editionNumber(ctx));
    int latest = editions.revisions(number).stream().mapToInt(Revision::number).max().orElse(0);
    showForm(ctx, 200, session, MessageForm.of(edition.content(), latest), List.of(), false, Optional.empty());
  }

  void save(Context ctx, Session session) {
    long number = number(ctx);
    Edition edition = edition(number, editionNumber(ctx));
    MessageForm form = MessageForm.read(ctx, siteLanguage());
    List<MessageForm.Problem> problems = form.problems(sections(), number, others);
    if (!problems.isEmpty() || isPreview(ctx)) {
      showForm(ctx, problems.isEmpty() ? 200 : 422, session, form, problems, problems.isEmpty(), Optional.empty());
      return;
    }
    try {
      workflow.save(number, edition.number(), form.basedOn(), form.applyTo(edition.content(), sections()),
          Actor.signedIn(session.account(), pages.address(ctx)));
      ConsolePages.seeOther(ctx, ConsolePages.Notice.MESSAGE_SAVED.on(path(number)));
    } catch (EditConflict conflict) {
      // Offered again based on the newest revision: saving now is a deliberate overwrite.
      showForm(ctx, 409, session, form.basedOn(conflict.latest().number()), List.of(), false,
          Optional.of(conflict(conflict)));
    } catch (WorkflowRefusal refusal) {
      show(ctx, 422, session, number, Optional.of(pages.sentence(refusal)));
    }
  }

  /** The message page, with {@code error} (a refusal's sentence) at its top. */
  void show(Context ctx, int status, Session session, long number, Optional<String> error) {
    List<Edition> all = editionsOrImported(number);
    Edition newest = all.get(all.size() - 1);
    Optional<String> live = all.stream().filter(e -> e.state().isPublic()).findFirst()
        .map(e -> e.content().withNumber(number).path());
    boolean reviewer = session.account().role().canReview();
    List<Pages.EditionLine> lines = all.stream().map(e -> new Pages.EditionLine(e.number(), state(e),
        e.content().title(), author(e.authorId()), detail(e), e.state().isEditable(),
        reviewer && e.state() == EditionState.SUBMITTED, e.state() == EditionState.PUBLISHED,
        e.state().isPublic(), reviewer && e.state() == EditionState.SCHEDULED,
        e.state().isInProgress() && e.state() != EditionState.SCHEDULED
            && (reviewer || e.isWrittenBy(session.account())),
        e.state() == EditionState.PUBLISHED && all.stream().noneMatch(x -> x.state().isInProgress()))).toList();
    pages.render(ctx, status, "message.jte", new Pages.MessageView(pages.chrome(ctx, Optional.of(session),
        "console.message.title"), number, newest.content().title(), live, lines, error,
        pages.homeZone().getId()));
  }

  /**
   * The editions of a message; for a message imported and never acted on, what readers see,
   * standing for the first edition that the first action on it will record.
   */
  private List<Edition> editionsOrImported(long number) {
    List<Edition> all = editions.editions(number);
    if (!all.isEmpty()) {
      return all;
    }
    return messages.message(number, MessageStore.ANY_DAY).map(m -> List.of(Edition.imported(m)))
        .orElseThrow(NotFoundResponse::new);
  }

  private void showForm(Context ctx, int status, Session session, MessageForm form, List<MessageForm.Problem> problems,
      boolean previewed, Optional<Pages.Conflict> conflict) {
    boolean editing = ctx.pathParamMap().containsKey("edition");
    String action = editing ? path(number(ctx)) + "/editions/" + editionNumber(ctx) : MESSAGES;
    String heading = editing ? pages.text().format("console.message.edit-heading", number(ctx), editionNumber(ctx))
        : pages.text().get("console.message.new");
    List<Pages.Choice> kinds = new ArrayList<>();
    kinds.add(new Pages.Choice("", pages.text().get("console.message.kind-from-title"), form.kind().isBlank()));
    for (Kind kind : Kind.values()) {
      kinds.add(new Pages.Choice(kind.name(), pages.text().get("kind." + kind.name().toLowerCase(Locale.ROOT)),
          kind.name().equals(form.kind())));
    }
    List<Pages.Choice> sectionChoices = sections().stream()
        .map(s -> new Pages.Choice(s.slug(), s.name(), s.slug().equals(form.section()))).toList();
    List<Pages.FieldProblem> shown = problems.stream().map(p -> new Pages.FieldProblem(p.field(),
        pages.text().get("console.message.field." + p.field()),
        p.values().isEmpty() ? pages.text().get(p.key()) : pages.text().format(p.key(), p.values().toArray())))
        .toList();
    List<Speaker> known = messages.speakers();
    List<Pages.PreviewBlock> preview = previewed ? preview(form, known) : List.of();
    pages.render(ctx, status, "edit.jte", new Pages.Edit(pages.chrome(ctx, Optional.of(session),
        editing ? "console.message.edit" : "console.message.new"), heading, action, form, kinds, sectionChoices,
        languages(form.language()), known.stream().map(this::pickName).sorted().toList(), shown, preview, previewed,
        conflict));
  }

  /** A known speaker as the picker offers it: the questioner and the answerer under one name each, in full. */
  private String pickName(Speaker speaker) {
    return speaker.isAnonymous() ? pages.text().get("console.speaker." + speaker.key()) : speaker.name();
  }

  /** The languages a message can be in, named in the console's language; the one typed first if unknown. */
  private List<Pages.Choice> languages(String chosen) {
    Locale console = pages.settings().locale();
    List<String> codes = new ArrayList<>(LANGUAGES);
    if (!codes.contains(chosen)) {
      codes.add(0, chosen);
    }
    return codes.stream().map(code -> new Pages.Choice(code,
        code + " - " + Locale.forLanguageTag(code).getDisplayLanguage(console), code.equals(chosen))).toList();
  }

  private static List<Pages.PreviewBlock> preview(MessageForm form, List<Speaker> known) {
    return form.parsedBody().blocks().stream().map(b -> b instanceof Block.Turn turn
        ? new Pages.PreviewBlock(turn.speaker().name(), !known.contains(turn.speaker()), turn.paragraphs())
        : new Pages.PreviewBlock("", false, List.of(b.plainText()))).toList();
  }

  private Pages.Conflict conflict(EditConflict conflict) {
    Message theirs = conflict.latest().content();
    Message yours = conflict.attempted();
    return new Pages.Conflict(conflictSentence("console.message.conflict", conflict), version(theirs), version(yours));
  }

  /**
   * The conflict in the console's language, by the sentence under {@code key}: {0} the revision
   * the editor started from, {1} the one saved meanwhile, {2} by whom, {3} when.
   */
  String conflictSentence(String key, EditConflict conflict) {
    return pages.text().format(key, conflict.basedOn(), conflict.latest().number(), author(conflict.latest().savedBy()),
        pages.time(conflict.latest().savedAt()));
  }

  private static Pages.Version version(Message m) {
    return new Pages.Version(m.title(), m.published().toString(), m.section().name(), MessageForm.text(m.body()));
  }

  /** The sections a message can be filed under: every managed section, in menu order, and News. */
  List<Section> sections() {
    List<Section> sections = new ArrayList<>(messages.allSections());
    if (sections.stream().noneMatch(s -> s.slug().equals(Section.NEWS.slug()))) {
      sections.add(Section.NEWS);
    }
    return sections;
  }

  String author(long id) {
    if (id == Edition.IMPORTED) {
      return pages.text().get("console.message.imported");
    }
    return accounts.byId(id).map(a -> a.account().name()).orElse("#" + id);
  }

  String state(Edition e) {
    return pages.text().get("console.state." + e.state().name().toLowerCase(java.util.Locale.ROOT));
  }

  private String detail(Edition e) {
    return switch (e.state()) {
      case SCHEDULED -> pages.text().format("console.message.scheduled-for", pages.time(e.scheduledAt().orElseThrow()));
      case PUBLISHED -> e.isImported()
          ? pages.text().format("console.message.published-on", e.content().published().toString())
          : pages.text().format("console.message.published-at", pages.time(e.publishedAt().orElseThrow()));
      case REJECTED, WITHDRAWN, REMOVED -> e.reason().orElse("");
      default -> "";
    };
  }

  private String siteLanguage() {
    return pages.settings().locale().getLanguage();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(pages.homeZone()));
  }

  /** The page of the list of messages on the site, from ?page=; anything but a number is page 1. */
  private static int page(Context ctx) {
    try {
      return Math.max(1, Integer.parseInt(Optional.ofNullable(ctx.queryParam("page")).orElse("1")));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static boolean isPreview(Context ctx) {
    return ctx.formParam("preview") != null;
  }

  Edition edition(long number, int edition) {
    return editions.edition(number, edition).orElseThrow(NotFoundResponse::new);
  }

  /** The message number in the path; anything else names no message. */
  static long number(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("number"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse();
    }
  }

  static int editionNumber(Context ctx) {
    try {
      return Integer.parseInt(ctx.pathParam("edition"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse();
    }
  }
}
