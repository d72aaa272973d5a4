package org.chancery.site;

import java.util.List;

/**
 * The pager of an archive: "Pages: ««« :: 46 47 ... 60 :: »»»", then links to the previous and
 * next pages. The first link ("«««") goes to page 1, the last ("»»»") to the last page.
 */
public record PagerView(String label, PageLink first, List<PageLink> pages, PageLink last, PageLink previous, PageLink next) {

  public PagerView {
    pages = List.copyOf(pages);
  }

  /**
   * One place in the pager.
   *
   * @param text what it shows: a number, or arrows
   * @param href where it leads; blank when it is not a link (the current page, or no previous page)
   * @param title the description for assistive technology and tooltips, or blank
   * @param current whether this is the page being shown
   */
  public record PageLink(String text, String href, String title, boolean current) {
    public boolean isLink() {
      return !href.isBlank();
    }
  }
}
