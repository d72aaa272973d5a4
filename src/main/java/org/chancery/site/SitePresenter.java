package org.chancery.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.chancery.content.ArchivePage;
import org.chancery.content.Block;
import org.chancery.content.Contact;
import org.chancery.content.Masthead;
import org.chancery.content.Message;
import org.chancery.content.PublicUpdate;
import org.chancery.content.Withdrawal;
import org.chancery.content.Section;
import org.chancery.site.Chrome.ClockView;
import org.chancery.site.Chrome.ContactView;
import org.chancery.site.Chrome.MastheadView;
import org.chancery.site.Chrome.SectionLink;
import org.chancery.site.MessageView.BlockView;
import org.chancery.site.MessageView.ParagraphView;
import org.chancery.site.MessageView.TurnView;
import org.chancery.site.PagerView.PageLink;

/**
 * Turns domain values into page models: formats dates and times, fills in the site's words, and
 * numbers the turns of a transcript. Everything a template prints is decided here, so templates
 * hold no logic beyond loops and ifs.
 */
final class SitePresenter {

  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final SiteSettings settings;
  private final UiText text;
  private final DateTimeFormatter longDate;

  SitePresenter(SiteSettings settings, UiText text) {
    this.settings = settings;
    this.text = text;
    this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", settings.locale());
  }

  Chrome chrome(Snapshot at, String pageTitle) {
    List<SectionLink> sections = at.sections().stream()
        .map(s -> new SectionLink(s.name(), SitePaths.section(s.slug(), 1)))
        .toList();
    String title = pageTitle.isBlank() ? settings.siteName() : pageTitle + " - " + settings.siteName();
    return new Chrome(settings.locale().toLanguageTag(), settings.siteName(), title, masthead(at), sections, text);
  }

  /**
   * @param versions the message in other languages: its original and the original's other
   *     translations; the message itself is left out
   */
  MessageView message(Message message, Optional<Withdrawal> withdrawal, List<PublicUpdate> updates,
      List<Message> versions, ZoneId homeZone) {
    List<BlockView> blocks = new ArrayList<>();
    int turns = 0;
    for (Block block : message.body().blocks()) {
      if (block instanceof Block.Turn turn) {
        List<String> said = turn.paragraphs();
        blocks.add(new TurnView("turn-" + ++turns, turn.speaker().name() + ":", said.get(0), said.subList(1, said.size())));
      } else {
        blocks.add(new ParagraphView(block.plainText()));
      }
    }
    if (blocks.isEmpty() && !message.listLead().isBlank()) {
      // Only a listing of this message was ever seen: its lead is all the text there is.
      blocks.add(new ParagraphView(message.listLead()));
    }
    LocalDate published = message.published();
    // Item pages of the reference site head a message with its section's name in capitals.
    String sectionHeading = message.section().name().toUpperCase(Locale.forLanguageTag(message.language()));
    Optional<String> notice = withdrawal.map(w ->
        text.format("message.withdrawn", longDate.format(w.at().atZone(homeZone).toLocalDate()), w.reason()));
    return new MessageView(message.title(), sectionHeading, SitePaths.section(message.section().slug(), 1),
        SHORT_DATE.format(published), published.toString(), message.language(), notice,
        updates.stream().map(u -> text.format("message.updated",
            longDate.format(u.at().atZone(homeZone).toLocalDate()), u.note())).toList(),
        versions.stream().filter(v -> v.number() != message.number()).map(SitePresenter::languageLink).toList(),
        blocks);
  }

  private static MessageView.LanguageLink languageLink(Message version) {
    Locale language = Locale.forLanguageTag(version.language());
    String name = language.getDisplayLanguage(language);
    String capitalised = name.isEmpty() ? version.language()
        : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    return new MessageView.LanguageLink(version.language(), capitalised, version.path());
  }

  /** The site's own words, in its language. */
  UiText text() {
    return text;
  }

  /** A day as lists show it: 24.07.2021. */
  String shortDate(LocalDate day) {
    return SHORT_DATE.format(day);
  }

  List<ListItem> items(List<Message> messages) {
    return messages.stream()
        .map(m -> new ListItem(SHORT_DATE.format(m.published()), m.published().toString(), m.title(), m.path(), m.listLead()))
        .toList();
  }

  ErrorPage error(Snapshot at, int status) {
    String key = status == 404 || status == 410 ? "error." + status : status >= 500 ? "error.500" : "error.other";
    String heading = text.get(key + ".heading");
    return new ErrorPage(chrome(at, heading), status, heading, text.get(key + ".text"));
  }

  ArchiveListPage archive(Snapshot at, Optional<Section> section, ArchivePage archive) {
    String heading = section.map(Section::name).orElse(text.get("archive.heading"));
    IntFunction<String> href = section.<IntFunction<String>>map(s -> page -> SitePaths.section(s.slug(), page))
        .orElse(SitePaths::archive);
    Pager pager = new Pager(archive.page(), archive.pageCount());
    String position = text.format("archive.position", String.valueOf(pager.current()), String.valueOf(pager.count()));
    String title = pager.current() == 1 ? heading : heading + ", " + position;
    return new ArchiveListPage(chrome(at, title), heading, position, items(archive.messages()), pager(pager, href));
  }

  private PagerView pager(Pager pager, IntFunction<String> href) {
    List<PageLink> pages = new ArrayList<>();
    for (int page = pager.blockStart(); page <= pager.blockEnd(); page++) {
      boolean current = page == pager.current();
      pages.add(new PageLink(String.valueOf(page), current ? "" : href.apply(page), "", current));
    }
    return new PagerView(
        text.get("pager.label"),
        link("«««", pager.hasPrevious(), href.apply(1), "pager.first"),
        pages,
        link("»»»", pager.hasNext(), href.apply(pager.count()), "pager.last"),
        link(text.get("pager.previous"), pager.hasPrevious(), href.apply(pager.current() - 1), "pager.previous.title"),
        link(text.get("pager.next"), pager.hasNext(), href.apply(pager.current() + 1), "pager.next.title"));
  }

  private PageLink link(String shown, boolean isLink, String href, String titleKey) {
    return new PageLink(shown, isLink ? href : "", text.get(titleKey), false);
  }

  private MastheadView masthead(Snapshot at) {
    Masthead.Shown shown = at.masthead().at(at.now());
    List<ClockView> clocks = shown.clocks().stream()
        .map(r -> new ClockView(r.clock().label(), r.clock().zone().getId(), CLOCK_TIME.format(r.time())))
        .toList();
    return new MastheadView(longDate.format(shown.today()), shown.today().toString(),
        at.now().truncatedTo(ChronoUnit.SECONDS).toString(), clocks, shown.contact().map(SitePresenter::contact),
        shown.counters());
  }

  private static ContactView contact(Contact contact) {
    // "+44 (0) 20 7946 0000" is dialled from abroad without the bracketed trunk zero.
    String dial = contact.phone().replace("(0)", "").replaceAll("[^+0-9]", "");
    return new ContactView(contact.label(), contact.phone(), "tel:" + dial, contact.email());
  }
}
