package org.chancery.site;

/**
 * Which pages an archive's pager links to. Page links come in fixed blocks of {@value #BLOCK}, as
 * on the reference site: pages 1-15, 16-30, ... so page 50 shows the links to pages 46-60.
 *
 * @param current the page shown, from 1
 * @param count how many pages there are, at least 1
 */
record Pager(int current, int count) {

  static final int BLOCK = 15;

  Pager {
    if (count < 1) {
      throw new IllegalArgumentException("an archive has at least 1 page, got " + count);
    }
    if (current < 1 || current > count) {
      throw new IllegalArgumentException("page " + current + " is not among pages 1-" + count);
    }
  }

  /** The first page of the current page's block. */
  int blockStart() {
    return (current - 1) / BLOCK * BLOCK + 1;
  }

  /** The last page of the current page's block; the last page when the block runs short. */
  int blockEnd() {
    return Math.min(count, blockStart() + BLOCK - 1);
  }

  boolean hasPrevious() {
    return current > 1;
  }

  boolean hasNext() {
    return current < count;
  }
}
