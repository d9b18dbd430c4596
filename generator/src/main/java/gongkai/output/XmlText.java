package gongkai.output;

/** Text and attribute values for the XML files (sitemap, Atom), which are written by hand for stable bytes. */
final class XmlText {
  private XmlText() {}

  /**
   * Escapes markup characters and drops characters XML 1.0 does not allow (§2.2 Char: C0 controls
   * other than tab, newline and carriage return, and U+FFFE/U+FFFF), so no report text can make a
   * file that parsers reject.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
