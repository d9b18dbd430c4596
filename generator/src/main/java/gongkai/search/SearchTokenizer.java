package gongkai.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Splits text into the terms of the search index. Chinese is written without spaces, so a run of
 * Han characters gives every pair of neighbours (character bigrams), and a longer query needs all
 * of its bigrams. Single characters are terms only where they are cheap: in titles and metadata
 * ({@link #indexTerms}), and where a character stands alone in a body (2024年 gives 年), so a
 * one-character query finds those. Indexing every character of every body would add a posting
 * list per character almost as long as the site (的, 年, 局 are in every report) for queries that
 * find everything anyway. Latin text and numbers (索引号, 文号, years) give lower-cased ASCII
 * words. Everything else separates terms.
 *
 * <p>Text is read in its NFKC form (Unicode Standard Annex #15), so full-width digits and letters
 * (２０２４, ＡＢ) match their ASCII forms. Normalising every report's body cost more than splitting
 * it, so {@link #scan} skips it for text made only of characters whose NFKC form it knows
 * ({@link Forms}): ASCII, the CJK Unified Ideographs, and the punctuation and full-width forms
 * Chinese text uses. Any other character sends the whole text through {@link Normalizer}.
 *
 * <p>{@code themes/standard/assets/js/search.js} tokenises queries with the same rules; change both
 * together (SearchBrowserTest compares them).
 */
public final class SearchTokenizer {
  private SearchTokenizer() {}

  /**
   * The terms a title or metadata field is found by: every Han character and
   * bigram, each word; in first-seen order, without repeats.
   */
  public static Set<String> indexTerms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    scan(text, new RunSink() {
      @Override
      public boolean han(int[] cps, int length) {
        for (int i = 0; i < length; i++) {
          terms.add(new String(cps, i, 1));
          if (i + 1 < length) {
            terms.add(new String(cps, i, 2));
          }
        }
        return true;
      }

      @Override
      public boolean word(String word) {
        terms.add(word);
        return true;
      }
    });
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
    scan(query, new RunSink() {
      @Override
      public boolean han(int[] cps, int length) {
        if (length == 1) {
          terms.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < length; i++) {
          terms.add(new String(cps, i, 2));
        }
        return true;
      }

      @Override
      public boolean word(String word) {
        terms.add(word);
        return true;
      }
    });
    return terms;
  }

  /** Receives a text's runs in order, and says whether it wants more. */
  interface RunSink {
    /** A run of Han characters: code points {@code cps[0..length)}, in NFKC form. */
    boolean han(int[] cps, int length);

    /** A run of ASCII letters and digits, lower-cased. */
    boolean word(String word);
  }

  private static final int SEPARATOR = 1;
  private static final int HAN = 2;
  private static final int WORD = 3;

  /**
   * The runs of {@code text}'s NFKC form, in order: stretches of Han characters, and of ASCII
   * letters and digits (lower-cased, locale-free like the script); everything else separates them.
   * Stops when the sink returns false.
   */
  static void scan(String text, RunSink sink) {
    if (Forms.covers(text)) {
      scan(text, true, sink);
    } else {
      scan(Normalizer.normalize(text, Normalizer.Form.NFKC), false, sink);
    }
  }

  /** {@code known}: every character has its entry in {@link Forms}, and the text is read as its NFKC form. */
  private static void scan(String s, boolean known, RunSink sink) {
    int[] han = new int[32];
    int hanLength = 0;
    char[] word = new char[16];
    int wordLength = 0;
    for (int i = 0; i < s.length(); ) {
      int cp;
      int kind;
      if (known) {
        char c = s.charAt(i++);
        kind = Forms.KIND[c];
        cp = kind == WORD ? Forms.WORD_FORM[c] : c;
      } else {
        cp = s.codePointAt(i);
        i += Character.charCount(cp);
        kind = isHan(cp) ? HAN : isWord(cp) ? WORD : SEPARATOR;
        cp = kind == WORD ? lower(cp) : cp;
      }
      if (kind != HAN && hanLength > 0) {
        if (!sink.han(han, hanLength)) {
          return;
        }
        hanLength = 0;
      }
      if (kind != WORD && wordLength > 0) {
        if (!sink.word(new String(word, 0, wordLength))) {
          return;
        }
        wordLength = 0;
      }
      if (kind == HAN) {
        if (hanLength == han.length) {
          han = java.util.Arrays.copyOf(han, hanLength * 2);
        }
        han[hanLength++] = cp;
      } else if (kind == WORD) {
        if (wordLength == word.length) {
          word = java.util.Arrays.copyOf(word, wordLength * 2);
        }
        word[wordLength++] = (char) cp;
      }
    }
    if (hanLength > 0) {
      sink.han(han, hanLength);
    } else if (wordLength > 0) {
      sink.word(new String(word, 0, wordLength));
    }
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean isWord(int cp) {
    return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
  }

  private static int lower(int cp) {
    return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp; // ASCII only: locale-free, like the script's
  }

  /**
   * What each character of the Basic Multilingual Plane that Chinese text mostly uses is after NFKC,
   * for the tokenizer: a separator, a Han character (itself), or an ASCII letter or digit (its
   * lower-cased NFKC form, for the full-width ones); 0 for any other character, whose text is
   * normalised in full. A character gets an entry only if neither it nor its neighbours change by
   * being next to each other: no combining marks, whose NFKC composes them with what precedes (UAX
   * #15), and the check below that a letter on either side stays as it is. So the runs of a covered
   * text are those of its NFKC form (SearchTokenizerTest compares them, and checks that every CJK
   * Unified Ideograph is its own NFKC form). Made on first use, from the JDK's Unicode data.
   */
  static final class Forms {
    static final byte[] KIND = new byte[Character.MAX_VALUE + 1];
    static final char[] WORD_FORM = new char[Character.MAX_VALUE + 1];

    static {
      for (char c = 0; c < 0x80; c++) {
        set(c, isWord(c) ? WORD : SEPARATOR, (char) lower(c));
      }
      // CJK Unified Ideographs and Extension A: no decompositions, never composed (UAX #15).
      for (int[] range : new int[][] {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}}) {
        for (int c = range[0]; c <= range[1]; c++) {
          set((char) c, isHan(c) ? HAN : SEPARATOR, (char) 0);
        }
      }
      // Latin-1 punctuation, General Punctuation, CJK Symbols and Punctuation, and the half-width
      // and full-width forms (，（）：；？！ and ０–９, Ａ–Ｚ).
      for (int[] range : new int[][] {{0xA0, 0xFF}, {0x2000, 0x206F}, {0x3000, 0x303F}, {0xFF00, 0xFFEF}}) {
        for (int c = range[0]; c <= range[1]; c++) {
          classify((char) c);
        }
      }
    }

    private Forms() {}

    private static void set(char c, int kind, char wordForm) {
      KIND[c] = (byte) kind;
      WORD_FORM[c] = wordForm;
    }

    private static void classify(char c) {
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.UNASSIGNED
          || Character.isSurrogate(c)) {
        return;
      }
      String form = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      if (!Normalizer.normalize("a" + c + "a", Normalizer.Form.NFKC).equals("a" + form + "a")) {
        return;
      }
      if (form.codePoints().noneMatch(cp -> isHan(cp) || isWord(cp))) {
        set(c, SEPARATOR, (char) 0);
      } else if (form.length() == 1 && isWord(form.charAt(0))) {
        set(c, WORD, (char) lower(form.charAt(0)));
      }
    }

    /** Whether every character of {@code text} has an entry, so its runs can be read without NFKC. */
    static boolean covers(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (KIND[text.charAt(i)] == 0) {
          return false;
        }
      }
      return true;
    }
  }
}
