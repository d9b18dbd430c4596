package gongkai.output;

import org.jsoup.Jsoup;

/** The words of a rendered body without its markup, for summaries where the report gives none. */
public final class TextExcerpt {
  private TextExcerpt() {}

  /** The text of {@code html}, with every run of whitespace (ASCII or full-width) made one space. */
  public static String of(String html) {
    String text = Jsoup.parseBodyFragment(html).body().text();
    return text.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
  }

  /**
   * The first {@code max} characters of {@code html}'s text, with "…" when it was cut. Counts code
   * points, so a character outside the BMP is never split in half.
   */
  public static String excerpt(String html, int max) {
    String text = of(html);
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max)).strip() + "…";
  }
}
