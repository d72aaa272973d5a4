package org.chancery.site;

import io.javalin.http.Context;
import io.javalin.http.GoneResponse;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.content.ArchiveRequest;
import org.chancery.content.Message;
import org.chancery.content.MessageStore;
import org.chancery.content.SearchIndex;
import org.chancery.web.PageReply;
import org.chancery.web.RenderCache;

/**
 * The home page and the message pages.
 *
 * <p>A message's path depends on its title, which only the store knows, so the redirect that
 * {@code /messages/{number}} answers is cached and doubles as the record of where the message
 * lives: any other spelling of a message's path (a stale or wrong slug, {@code 006}, escapes, a
 * trailing slash) is moved there without a store read or a cache entry of its own.
 */
final class MessagePages {

  /** Related messages shown under a message. */
  static final int RELATED = 5;

  private final MessageStore store;
  private final SearchIndex search;
  private final SiteClock clock;
  private final SitePresenter presenter;
  private final Templates templates;
  private final RenderCache cache;

  MessagePages(MessageStore store, SearchIndex search, SiteClock clock, SitePresenter presenter, Templates templates,
      RenderCache cache) {
    this.store = store;
    this.search = search;
    this.clock = clock;
    this.presenter = presenter;
    this.templates = templates;
    this.cache = cache;
  }

  /** {@code /}: the latest message in full, then the latest ten. */
  void home(Context ctx) {
    cache.serve(ctx, "/", () -> {
      Snapshot at = clock.snapshot();
      List<Message> latest = latest(at);
      Optional<Message> top = latest.stream().findFirst().flatMap(m -> store.message(m.number(), at.today()));
      Optional<MessageView> topView = top.map(m -> view(m, at));
      Chrome chrome = presenter.chrome(at, "");
      return templates.page("home.jte", new HomePage(chrome, topView, presenter.items(latest)));
    });
  }

  /** {@code /messages/{number}/{slug}}; any other spelling of the message's path moves there. */
  void message(Context ctx) {
    int number = SitePaths.number(ctx.pathParam("number"));
    cache.serve(ctx, pathOf(number), () -> {
      Snapshot at = clock.snapshot();
      Message message = published(number, at);
      Chrome chrome = presenter.chrome(at, message.title());
      List<ListItem> related = search.related(number, RELATED, at.today()).stream()
          .map(hit -> new ListItem(presenter.shortDate(hit.published()), hit.published().toString(), hit.title(),
              hit.path(), "")).toList();
      return templates.page("message.jte", new MessagePage(chrome, view(message, at), related,
          presenter.items(latest(at))));
    });
  }

  private MessageView view(Message message, Snapshot at) {
    long number = message.number();
    return presenter.message(message, store.withdrawal(number), store.updates(number), versions(message, at),
        at.masthead().homeZone());
  }

  /** The message in other languages: its original, if it is a translation, and the original's translations. */
  private List<Message> versions(Message message, Snapshot at) {
    Optional<Message> original = message.translationOf().flatMap(n -> store.message(n, at.today()));
    List<Message> versions = new ArrayList<>();
    original.ifPresent(versions::add);
    versions.addAll(store.translations(original.orElse(message).number(), at.today()));
    return versions;
  }

  /** {@code /messages/{number}}: moves to the message's path with its slug. */
  void messageWithoutSlug(Context ctx) {
    int number = SitePaths.number(ctx.pathParam("number"));
    cache.serve(ctx, SitePaths.message(number), () -> movedToMessage(number));
  }

  /** The message's own path, read from the cached redirect of {@code /messages/{number}}. */
  private String pathOf(int number) {
    PageReply moved = cache.reply(SitePaths.message(number), () -> movedToMessage(number));
    return ((PageReply.MovedPermanently) moved).location();
  }

  private PageReply movedToMessage(int number) {
    return PageReply.movedTo(published(number, clock.snapshot()).path());
  }

  private Message published(long number, Snapshot at) {
    return store.message(number, at.today()).orElseThrow(() -> store.isRemoved(number)
        ? new GoneResponse("message " + number + " was removed")
        : new NotFoundResponse("no message " + number + " published by " + at.today()));
  }

  private List<Message> latest(Snapshot at) {
    return store.archive(ArchiveRequest.allMessages(1, at.today())).messages();
  }
}
