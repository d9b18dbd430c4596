package gongkai.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entries of a vocabulary (a site's 主题分类, the 有效性 values) nearest to what an editor
 * typed, by edit distance over Unicode code points, so one Chinese character counts as one.
 */
final class Nearest {
  /** At most this many suggestions: more is a list to read, not a hint. */
  static final int MAX = 3;

  private Nearest() {}

  /**
   * The entries within a sensible distance of {@code text}, nearest first (ties in vocabulary
   * order): at most a third of the longer word's characters changed, and at least one
   * ({@code 已废止} → {@code 废止}, {@code 政府信息公开年度报告} → {@code 政府信息公开年报}); an
   * entry that contains the text or is contained in it is near too.
   */
  static List<String> to(String text, List<String> entries) {
    record Scored(String entry, int distance, int order) {}
    List<Scored> near = new ArrayList<>();
    int length = text.codePointCount(0, text.length());
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      int distance = distance(text, entry);
      int longer = Math.max(length, entry.codePointCount(0, entry.length()));
      boolean contains = !text.isEmpty() && (entry.contains(text) || text.contains(entry));
      if (distance <= Math.max(1, longer / 3) || contains) {
        near.add(new Scored(entry, distance, i));
      }
    }
    near.sort(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order));
    return near.stream().limit(MAX).map(Scored::entry).toList();
  }

  /** The Levenshtein distance between {@code a} and {@code b}, counted in code points. */
  static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] row = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      row[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (x[i - 1] == y[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[y.length];
  }
}
