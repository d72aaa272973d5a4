package org.chancery.console;

import java.util.ArrayList;
import java.util.List;

/** A line diff by longest common subsequence: enough for messages of a few hundred paragraphs. */
final class LineDiff {

  /** One line of the diff: kept in both, only in the older ("removed") or only in the newer ("added"). */
  record Line(Change change, String text) {
    public String marker() {
      return switch (change) {
        case SAME -> " ";
        case REMOVED -> "-";
        case ADDED -> "+";
      };
    }

    public String kind() {
      return change.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  enum Change { SAME, REMOVED, ADDED }

  private LineDiff() {}

  static List<Line> between(List<String> older, List<String> newer) {
    int n = older.size();
    int m = newer.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = older.get(i).equals(newer.get(j)) ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (older.get(i).equals(newer.get(j))) {
        lines.add(new Line(Change.SAME, older.get(i++)));
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        lines.add(new Line(Change.REMOVED, older.get(i++)));
      } else {
        lines.add(new Line(Change.ADDED, newer.get(j++)));
      }
    }
    while (i < n) {
      lines.add(new Line(Change.REMOVED, older.get(i++)));
    }
    while (j < m) {
      lines.add(new Line(Change.ADDED, newer.get(j++)));
    }
    return lines;
  }
}
