package gongkai.search;

import java.util.HashMap;
import java.util.Map;

/**
 * One report's distinct search terms, and which of them are in its title, collected without a
 * String per term: a Han term is a long ({@link #key}), kept in an open-addressing hash set, and
 * only ASCII words (few in Chinese text) are Strings. The terms are those of {@link
 * SearchTokenizer#indexTerms} for the title and metadata and of {@link SearchTokenizer#bodyTerms}
 * for the prose, the latter cut after a given number of distinct body terms. Not thread-safe: one
 * per report.
 */
final class ReportTerms {
  /** Marks a term of the title (the posting's low bit). */
  static final byte TITLE = 1;
  /** Marks a term seen in the prose, so the body's distinct terms are counted. */
  private static final byte BODY = 2;
  /** Marks a term at all (a key of 0 would be ambiguous with an empty slot otherwise). */
  private static final byte PRESENT = 4;

  private static final long BIGRAM = 1L << 42;

  private long[] keys = new long[512];
  private byte[] flags = new byte[512];
  private int size;
  private Map<String, Byte> words;
  private int bodyTerms;

  /**
   * A Han term as a number: a lone character is its code point, a bigram its two code points (21
   * bits each, Unicode's range) with bit 42 set. Never 0: code point 0 is not Han.
   */
  static long key(int[] cps, int at, int length) {
    return length == 1 ? cps[at] : BIGRAM | (long) cps[at] << 21 | cps[at + 1];
  }

  /** The term a {@link #key} stands for. */
  static String term(long key) {
    if ((key & BIGRAM) == 0) {
      return new String(new int[] {(int) key}, 0, 1);
    }
    return new String(new int[] {(int) (key >>> 21) & 0x1FFFFF, (int) key & 0x1FFFFF}, 0, 2);
  }

  /** Adds every Han character and bigram and every word of {@code text}, marked as title terms if {@code title}. */
  void addIndexTerms(String text, boolean title) {
    byte mark = title ? TITLE : 0;
    SearchTokenizer.scan(text, new SearchTokenizer.RunSink() {
      @Override
      public boolean han(int[] cps, int length) {
        for (int i = 0; i < length; i++) {
          mark(key(cps, i, 1), mark);
          if (i + 1 < length) {
            mark(key(cps, i, 2), mark);
          }
        }
        return true;
      }

      @Override
      public boolean word(String word) {
        markWord(word, mark);
        return true;
      }
    });
  }

  /**
   * Adds the body terms of {@code text} in the order they first occur, until {@code max} distinct
   * ones were seen (counting those the title or metadata already gave).
   */
  void addBodyTerms(String text, int max) {
    if (bodyTerms >= max) {
      return;
    }
    SearchTokenizer.scan(text, new SearchTokenizer.RunSink() {
      @Override
      public boolean han(int[] cps, int length) {
        if (length == 1) {
          return body(mark(key(cps, 0, 1), BODY));
        }
        for (int i = 0; i + 1 < length; i++) {
          if (!body(mark(key(cps, i, 2), BODY))) {
            return false;
          }
        }
        return true;
      }

      @Override
      public boolean word(String word) {
        return body(markWord(word, BODY));
      }

      private boolean body(boolean added) {
        if (added) {
          bodyTerms++;
        }
        return bodyTerms < max;
      }
    });
  }

  /** Sets {@code mark} on a Han term, adding it; whether the term did not have the mark (a 0 mark: never). */
  private boolean mark(long key, byte mark) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (flags[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    byte was = flags[slot];
    if (was == 0) {
      keys[slot] = key;
      size++;
    }
    flags[slot] = (byte) (was | mark | PRESENT);
    return (was & mark) != mark;
  }

  private boolean markWord(String word, byte mark) {
    if (words == null) {
      words = new HashMap<>();
    }
    Byte was = words.get(word);
    byte before = was == null ? 0 : was;
    words.put(word, (byte) (before | mark | PRESENT));
    return (before & mark) != mark;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing: bigram keys differ in their low bits too little
    return (int) (h >>> 40) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    byte[] oldFlags = flags;
    keys = new long[oldKeys.length * 2];
    flags = new byte[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldFlags[i] != 0) {
        int slot = slot(oldKeys[i], mask);
        while (flags[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        flags[slot] = oldFlags[i];
      }
    }
  }

  /** Each term, with whether it is in the title. */
  void forEach(HanTerm han, WordTerm word) {
    for (int i = 0; i < keys.length; i++) {
      if (flags[i] != 0) {
        han.accept(keys[i], (flags[i] & TITLE) != 0);
      }
    }
    if (words != null) {
      words.forEach((w, f) -> word.accept(w, (f & TITLE) != 0));
    }
  }

  /** How many distinct terms there are. */
  int size() {
    return size + (words == null ? 0 : words.size());
  }

  interface HanTerm {
    void accept(long key, boolean title);
  }

  interface WordTerm {
    void accept(String word, boolean title);
  }
}
