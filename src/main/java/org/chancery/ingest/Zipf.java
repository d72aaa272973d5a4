package org.chancery.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Draws items of a list by Zipf's law: the item at rank r (from 1) with a chance proportional to
 * 1/r. The first word of a list turns up in nearly every message of an archive and the last in a
 * few per cent of them, as words do in real text; so a word query over a synthetic archive finds
 * as small or as large a share of it as it would over a real one.
 *
 * <p>A draw takes constant time (Walker's alias method, as Vose builds its table): an archive of
 * 100,000 messages draws some seventy million words, and a binary search over the cumulative
 * chances was most of the time it took to make them.
 */
final class Zipf<T> {

  private final List<T> items;
  /** Column i keeps item i with chance keep[i], else gives alias[i]. */
  private final double[] keep;
  private final int[] alias;

  Zipf(List<T> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a Zipf draw needs at least one item");
    }
    this.items = List.copyOf(items);
    int n = items.size();
    double harmonic = 0;
    for (int i = 1; i <= n; i++) {
      harmonic += 1.0 / i;
    }
    // Each column holds 1/n of the chance: its own item's share, topped up by a richer item.
    double[] scaled = new double[n];
    Deque<Integer> small = new ArrayDeque<>();
    Deque<Integer> large = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      scaled[i] = n / ((i + 1) * harmonic);
      (scaled[i] < 1 ? small : large).push(i);
    }
    keep = new double[n];
    alias = new int[n];
    while (!small.isEmpty() && !large.isEmpty()) {
      int poor = small.pop();
      int rich = large.pop();
      keep[poor] = scaled[poor];
      alias[poor] = rich;
      scaled[rich] -= 1 - scaled[poor];
      (scaled[rich] < 1 ? small : large).push(rich);
    }
    // What is left is full up to rounding.
    while (!large.isEmpty()) {
      keep[large.pop()] = 1;
    }
    while (!small.isEmpty()) {
      keep[small.pop()] = 1;
    }
  }

  T draw(Dice dice) {
    int column = dice.below(keep.length);
    return items.get(dice.fraction() < keep[column] ? column : alias[column]);
  }
}
