package gongkai.search;

/**
 * The pieces of markup {@link HtmlToText} reads without a parser: tag names, the attributes of a
 * start tag, and the character references the Markdown renderer writes. Each answers only for
 * markup the HTML tree builder takes as written, and says so (-1) for anything else, which
 * HtmlToText then leaves to jsoup.
 */
final class HtmlLexer {
  private HtmlLexer() {}

  /** Where a lower-case tag name starting at {@code from} ends (at {@code from} if there is none). */
  static int nameEnd(String html, int from) {
    int i = from;
    if (i < html.length() && html.charAt(i) >= 'a' && html.charAt(i) <= 'z') {
      i++;
      while (i < html.length() && (html.charAt(i) >= 'a' && html.charAt(i) <= 'z' || html.charAt(i) >= '0' && html.charAt(i) <= '9')) {
        i++;
      }
    }
    return i;
  }

  /**
   * The index of the {@code >} that ends a start tag whose name ends at {@code from}, its attributes
   * plain names with quoted values or none; -1 for anything else.
   */
  static int attributesEnd(String html, int from) {
    int n = html.length();
    int i = from;
    while (true) {
      if (i >= n) {
        return -1;
      }
      char c = html.charAt(i);
      if (c == '>') {
        return i;
      }
      if (c == '/') {
        return i + 1 < n && html.charAt(i + 1) == '>' ? i + 1 : -1;
      }
      if (c != ' ' && c != '\t' && c != '\n' && c != '\f') {
        return -1;
      }
      while (i < n && (html.charAt(i) == ' ' || html.charAt(i) == '\t' || html.charAt(i) == '\n' || html.charAt(i) == '\f')) {
        i++;
      }
      if (i < n && (html.charAt(i) == '>' || html.charAt(i) == '/')) {
        continue;
      }
      int nameStart = i;
      while (i < n && isAttributeNameChar(html.charAt(i))) {
        i++;
      }
      if (i == nameStart) {
        return -1;
      }
      if (i < n && html.charAt(i) == '=') {
        if (i + 1 >= n || html.charAt(i + 1) != '"' && html.charAt(i + 1) != '\'') {
          return -1;
        }
        int closing = html.indexOf(html.charAt(i + 1), i + 2);
        if (closing < 0) {
          return -1;
        }
        i = closing + 1;
      }
    }
  }

  private static boolean isAttributeNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.';
  }

  /**
   * The character reference at {@code at}: its code point, and its length in the upper 32 bits; -1
   * unless it is one the renderer writes ({@code &amp; &lt; &gt; &quot; &nbsp;}) or a decimal or
   * hexadecimal one with its semicolon for a character that the parser takes as it is (not NUL, a
   * surrogate, a C1 control it maps to windows-1252, or a noncharacter).
   */
  static long entity(String html, int at) {
    for (String[] named : NAMED) {
      if (html.startsWith(named[0], at)) {
        return (long) named[0].length() << 32 | named[1].charAt(0);
      }
    }
    if (!html.startsWith("&#", at)) {
      return -1;
    }
    int i = at + 2;
    boolean hex = i < html.length() && (html.charAt(i) == 'x' || html.charAt(i) == 'X');
    if (hex) {
      i++;
    }
    int start = i;
    int value = 0;
    while (i < html.length() && i - start < 7) {
      char c = html.charAt(i);
      int digit = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) {
        break;
      }
      value = value * (hex ? 16 : 10) + digit;
      i++;
    }
    if (i == start || i >= html.length() || html.charAt(i) != ';') {
      return -1;
    }
    boolean plain = value >= 0x20 && value <= 0x7E || value >= 0xA0 && value <= 0xD7FF
        || value >= 0xE000 && value <= 0xFDCF || value >= 0xFDF0 && value <= 0xFFFD
        || value >= 0x10000 && value <= 0x10FFFF && (value & 0xFFFE) != 0xFFFE;
    return plain ? (long) (i + 1 - at) << 32 | value : -1;
  }

  private static final String[][] NAMED = {
    {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&nbsp;", "\u00A0"},
  };
}
