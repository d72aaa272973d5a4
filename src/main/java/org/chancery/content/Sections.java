package org.chancery.content;

import static org.chancery.content.SectionRefusal.Reason.ADDRESS_MALFORMED;
import static org.chancery.content.SectionRefusal.Reason.ADDRESS_TAKEN;
import static org.chancery.content.SectionRefusal.Reason.FIRST_ALREADY;
import static org.chancery.content.SectionRefusal.Reason.LAST_ALREADY;
import static org.chancery.content.SectionRefusal.Reason.NAME_BLANK;
import static org.chancery.content.SectionRefusal.Reason.NAME_TAKEN;
import static org.chancery.content.SectionRefusal.Reason.NAME_TOO_LONG;
import static org.chancery.content.SectionRefusal.Reason.NAME_WITHOUT_ADDRESS;
import static org.chancery.content.SectionRefusal.Reason.NO_SUCH_SECTION;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's managed sections: which the menu lists, in which order, under which names.
 * Administrators add, rename and move them here. Each change checks its rules, refusing with a
 * {@link SectionRefusal} and changing nothing, and is one {@link MessageStore#write}: its row in
 * the change log makes the public site show it at once. The checks run inside that write, against
 * the list as the transaction sees it, so two administrators cannot both take one address.
 *
 * <p>Who may call these is checked by the caller (the console's routes), which also words each
 * change's audit entry ({@link Audit}). The entry is written in the change's transaction, so both
 * commit or neither; a refusal records nothing. A message written in a section nobody added yet
 * adds it by itself (see {@link MessageStore.MessageWriter#add}); this class is for deliberate
 * changes.
 */
public final class Sections {

  /** A menu entry, not a sentence. */
  public static final int LONGEST_NAME = 80;
  /** As long as {@link Text#slug} makes them. */
  public static final int LONGEST_ADDRESS = 80;

  private final MessageStore store;

  public Sections(MessageStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Adds a section, last in the menu. Its address is {@code address}, or when that is blank one made
   * of the name as {@link Section#named} makes it ("Press releases" is at /sections/press-releases).
   * It is not in the public menu until one of its messages is published.
   *
   * @return the section added
   */
  public Section add(String name, String address, Audit<? super Section> audit) {
    String named = acceptableName(name);
    String typed = address.strip();
    String slug = typed.isEmpty() ? derivedAddress(named) : acceptableAddress(typed);
    Section section = new Section(slug, named);
    return store.write(w -> {
      List<Section> all = w.sections();
      Optional<Section> taken = bySlug(all, slug);
      if (taken.isPresent()) {
        throw new SectionRefusal(ADDRESS_TAKEN, slug, taken.get().name());
      }
      requireNameFree(all, named, slug);
      w.addSection(section);
      w.audit(audit.entry(section));
      return section;
    });
  }

  /** A section's name before and after a rename; the same when the new name was the old one. */
  public record Renamed(Section before, Section after) {

    public boolean isChanged() {
      return !before.equals(after);
    }
  }

  /**
   * Gives the section at {@code slug} a new name, in the menu, on its page and on every one of its
   * messages' pages. Its address stays. The same name as before changes nothing and records nothing.
   */
  public Renamed rename(String slug, String name, Audit<? super Renamed> audit) {
    String named = acceptableName(name);
    return store.write(w -> {
      List<Section> all = w.sections();
      Section before = existing(all, slug);
      Renamed renamed = new Renamed(before, new Section(slug, named));
      if (renamed.isChanged()) {
        requireNameFree(all, named, slug);
        w.renameSection(renamed.after());
        w.audit(audit.entry(renamed));
      }
      return renamed;
    });
  }

  /** Moves the section one place up the menu; returns every section in the new order. */
  public List<Section> moveUp(String slug, Audit<? super List<Section>> audit) {
    return move(slug, -1, audit);
  }

  /** Moves the section one place down the menu; returns every section in the new order. */
  public List<Section> moveDown(String slug, Audit<? super List<Section>> audit) {
    return move(slug, 1, audit);
  }

  private List<Section> move(String slug, int places, Audit<? super List<Section>> audit) {
    return store.write(w -> {
      List<Section> all = new ArrayList<>(w.sections());
      Section moving = existing(all, slug);
      int from = all.indexOf(moving);
      int to = from + places;
      if (to < 0) {
        throw new SectionRefusal(FIRST_ALREADY, moving.name());
      }
      if (to >= all.size()) {
        throw new SectionRefusal(LAST_ALREADY, moving.name());
      }
      Collections.swap(all, from, to);
      w.reorderSections(all.stream().map(Section::slug).toList());
      List<Section> order = List.copyOf(all);
      w.audit(audit.entry(order));
      return order;
    });
  }

  /** The name as it will be shown: spaces squeezed, control characters (which no page shows) as spaces. */
  private static String acceptableName(String typed) {
    String name = Text.squeeze(typed.replaceAll("\\p{Cntrl}", " "));
    if (name.isEmpty()) {
      throw new SectionRefusal(NAME_BLANK);
    }
    int length = name.codePointCount(0, name.length());
    if (length > LONGEST_NAME) {
      throw new SectionRefusal(NAME_TOO_LONG, LONGEST_NAME, length);
    }
    return name;
  }

  private static String derivedAddress(String name) {
    String slug = Text.slug(name);
    if (slug.isEmpty()) {
      throw new SectionRefusal(NAME_WITHOUT_ADDRESS, name);
    }
    return slug;
  }

  private static String acceptableAddress(String typed) {
    if (typed.length() > LONGEST_ADDRESS || !Section.isSlug(typed)) {
      throw new SectionRefusal(ADDRESS_MALFORMED, LONGEST_ADDRESS, typed);
    }
    return typed;
  }

  /** Two sections named alike would be two menu entries nobody could tell apart. */
  private static void requireNameFree(List<Section> all, String name, String slug) {
    String key = name.toLowerCase(Locale.ROOT);
    for (Section other : all) {
      if (!other.slug().equals(slug) && other.name().toLowerCase(Locale.ROOT).equals(key)) {
        throw new SectionRefusal(NAME_TAKEN, other.name(), other.slug());
      }
    }
  }

  private static Section existing(List<Section> all, String slug) {
    return bySlug(all, slug).orElseThrow(() -> new SectionRefusal(NO_SUCH_SECTION, slug));
  }

  private static Optional<Section> bySlug(List<Section> all, String slug) {
    return all.stream().filter(s -> s.slug().equals(slug)).findFirst();
  }
}
