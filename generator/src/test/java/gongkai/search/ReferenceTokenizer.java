package gongkai.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tokenizer as it was before it was made fast (a code point at a time, NFKC of every text, a
 * String per term): the oracle SearchTokenizerTest compares the fast one with.
 */
final class ReferenceTokenizer {
  private ReferenceTokenizer() {}

  /**
   * The terms a title or metadata field is found by: every Han character and
   * bigram, each word; in first-seen order, without repeats.
   * NFKC first, so full-width digits and letters (２０２４, ＡＢ) match their ASCII forms.
   */
  public static Set<String> indexTerms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    for (Run run : runs(text)) {
      if (run.han()) {
        int[] cps = run.text().codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
          terms.add(new String(cps, i, 1));
          if (i + 1 < cps.length) {
            terms.add(new String(cps, i, 2));
          }
        }
      } else {
        terms.add(run.text());
      }
    }
    return terms;
  }

  /**
   * The terms a report's body text is found by: the query rule ({@link #queryTerms}), so a Han run
   * of two or more characters gives only its bigrams and a lone character gives itself. Any query
   * of two or more characters that occurs in a body finds it.
   */
  public static Set<String> bodyTerms(String text) {
    return queryTerms(text);
  }

  /**
   * The terms a query needs, all of them (AND): a single Han character stands for itself, a longer
   * run for its bigrams, a word for itself.
   */
  public static Set<String> queryTerms(String query) {
    Set<String> terms = new LinkedHashSet<>();
    for (Run run : runs(query)) {
      int[] cps = run.text().codePoints().toArray();
      if (run.han() && cps.length > 1) {
        for (int i = 0; i + 1 < cps.length; i++) {
          terms.add(new String(cps, i, 2));
        }
      } else {
        terms.add(run.text());
      }
    }
    return terms;
  }

  /** A stretch of Han characters, or of ASCII letters and digits (lower-cased). */
  record Run(String text, boolean han) {}

  static List<Run> runs(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    List<Run> runs = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    int kind = 0; // 0 none, 1 han, 2 word
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int k = isHan(cp) ? 1 : isWord(cp) ? 2 : 0;
      if (k != kind && current.length() > 0) {
        runs.add(new Run(current.toString(), kind == 1));
        current.setLength(0);
      }
      kind = k;
      if (k == 2 && cp >= 'A' && cp <= 'Z') {
        cp += 'a' - 'A'; // ASCII only: locale-free, like the script's
      }
      if (k != 0) {
        current.appendCodePoint(cp);
      }
    }
    if (current.length() > 0) {
      runs.add(new Run(current.toString(), kind == 1));
    }
    return runs;
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean isWord(int cp) {
    return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
  }
}
