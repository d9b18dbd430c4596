package gongkai.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * Which link and image addresses a report may carry. A report must not carry script
 * (MarkdownRenderer), so only addresses without a scheme (relative, {@code /path}, {@code #id})
 * and those whose scheme is http, https, mailto or tel are kept; {@code javascript:},
 * {@code vbscript:}, {@code data:} and every other scheme are dropped.
 */
final class LinkPolicy {
  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

  private LinkPolicy() {}

  /**
   * Whether {@code url}, an attribute value as the browser will read it (entities already decoded),
   * may be kept.
   */
  static boolean allows(String url) {
    String scheme = scheme(browserView(url));
    return scheme == null || ALLOWED_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
  }

  /**
   * The address with what a browser ignores removed: the WHATWG URL parser strips leading and
   * trailing C0 controls and spaces and drops tabs and newlines anywhere, so {@code " java\tscript:"}
   * is a script link. Removing every control and whitespace character is stricter still.
   */
  private static String browserView(String url) {
    StringBuilder out = new StringBuilder(url.length());
    url.codePoints()
        .filter(cp -> !Character.isISOControl(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * The text before the first ':' if that ':' comes before any '/', '?' or '#', else null (no
   * scheme). Text that is not a valid RFC 3986 scheme still counts, so anything unusual before a
   * colon is dropped rather than guessed about.
   */
  private static String scheme(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return url.substring(0, i);
      }
      if (c == '/' || c == '?' || c == '#') {
        return null;
      }
    }
    return null;
  }
}
