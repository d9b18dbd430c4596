package gongkai.problem;

/**
 * Characters a page or a problem line cannot hold as they are. A problem is one line of a terminal
 * or a CI log, so an editor's value is printed with its control characters as {@code U+000A}; a
 * page is HTML, where the controls other than tab, line feed and carriage return, and the
 * noncharacters, are parse errors (HTML Living Standard §13.2.5, "control-character-in-input-stream"
 * and "noncharacter-in-input-stream").
 */
public final class Visible {
  private Visible() {}

  /** Whether {@code codePoint} may not appear in a page: C0 and C1 controls but tab, LF, CR; noncharacters. */
  public static boolean forbiddenInHtml(int codePoint) {
    if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
      return false;
    }
    return codePoint < 0x20
        || codePoint >= 0x7F && codePoint <= 0x9F
        || codePoint >= 0xFDD0 && codePoint <= 0xFDEF
        || (codePoint & 0xFFFE) == 0xFFFE;
  }

  /** The index of the first character of {@code text} a page may not hold, or -1. */
  public static int firstForbidden(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      if (forbiddenInHtml(c)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /** {@code codePoint} as {@code U+0001}. */
  public static String name(int codePoint) {
    return String.format("U+%04X", codePoint);
  }

  /** {@code text} with every line break and character a page may not hold written as {@code U+000A}, on one line. */
  public static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      boolean shown = c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 || forbiddenInHtml(c);
      if (shown && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (shown) {
          out.append(name(c));
        } else {
          out.appendCodePoint(c);
        }
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }
}
