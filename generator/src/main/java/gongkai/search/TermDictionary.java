package gongkai.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the distinct terms of a site in the order they are first met, so a report's terms are
 * kept as small ints and each term's String is made once, not once per report. Han terms are
 * looked up by their {@link ReportTerms#key} in an open-addressing table of longs, words in a
 * HashMap. Thread-safe: {@link #intern} is called from the threads that read reports.
 */
final class TermDictionary {
  private long[] keys = new long[1 << 14];
  private int[] ids = new int[1 << 14];
  private int hanTerms;
  private final Map<String, Integer> words = new HashMap<>();
  private final List<String> terms = new ArrayList<>();

  /**
   * {@code report}'s terms as codes, {@code term number × 2 + 1 if the term is in the title}, in no
   * particular order.
   */
  synchronized int[] intern(ReportTerms report) {
    int[] codes = new int[report.size()];
    int[] count = {0};
    report.forEach(
        (key, title) -> codes[count[0]++] = idOf(key) * 2 + (title ? 1 : 0),
        (word, title) -> codes[count[0]++] = idOf(word) * 2 + (title ? 1 : 0));
    return codes;
  }

  /** Every term, by number. */
  synchronized List<String> terms() {
    return List.copyOf(terms);
  }

  private int idOf(String word) {
    Integer id = words.get(word);
    if (id == null) {
      id = terms.size();
      terms.add(word);
      words.put(word, id);
    }
    return id;
  }

  private int idOf(long key) {
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
    int id = terms.size();
    terms.add(ReportTerms.term(key));
    keys[slot] = key;
    ids[slot] = id;
    if (++hanTerms * 2 > keys.length) {
      grow();
    }
    return id;
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i], mask);
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        ids[slot] = oldIds[i];
      }
    }
  }
}
