package gongkai.markdown;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Readable, stable ids for headings in any script: {@code 一、推进法治政府建设} becomes
 * {@code 一-推进法治政府建设}. Ids depend only on the heading texts, so they survive rebuilds and
 * links to {@code #id} keep working.
 */
final class HeadingIds {
  // Long enough to tell sibling headings apart, short enough for a shareable link.
  static final int MAX_LENGTH = 24;

  // Ids the page templates use, and the footnote ids flexmark generates.
  static final Set<String> RESERVED =
      Set.of(
          "main", "toc", "top", "footer", "metadata", "attachments", "latest", "sections", "reading-tools",
          "font-size-panel", "font-size-tools",
          "header-search-q", "search-title", "search-q", "search-results-title",
          "catalogue", "by-category", "by-year",
          "validity-notice", "related-documents", "related-interpretations", "revisions");
  private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("fn(ref)?-\\d+");

  private HeadingIds() {}

  /** Ids for {@code texts}, in order, unique among themselves ({@code -2}, {@code -3} on repeats). */
  static List<String> assign(List<String> texts) {
    Set<String> used = new HashSet<>(RESERVED);
    List<String> ids = new ArrayList<>(texts.size());
    for (String text : texts) {
      String base = slug(text);
      if (FOOTNOTE.matcher(base).matches()) {
        base = fit("h-" + base, "");
      }
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = fit(base, "-" + n);
      }
      ids.add(id);
    }
    return ids;
  }

  /** {@code base}, cut so that {@code base + suffix} has at most MAX_LENGTH code points, plus {@code suffix}. */
  private static String fit(String base, String suffix) {
    int keep = MAX_LENGTH - suffix.length();
    String cut = base.codePointCount(0, base.length()) <= keep ? base : base.substring(0, base.offsetByCodePoints(0, keep));
    while (cut.endsWith("-")) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + suffix;
  }

  static String slug(String text) {
    // NFKC folds full-width forms such as （一） and Ａ into their plain equivalents.
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean pendingDash = false;
    for (int i = 0, count = 0; i < normal.length() && count < MAX_LENGTH; ) {
      int cp = normal.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (pendingDash && out.length() > 0) {
          // A dash needs a character after it, so both must fit.
          if (count + 2 > MAX_LENGTH) {
            break;
          }
          out.append('-');
          count++;
        }
        pendingDash = false;
        out.appendCodePoint(cp);
        count++;
      } else {
        pendingDash = true;
      }
    }
    return out.length() == 0 ? "section" : out.toString();
  }
}
