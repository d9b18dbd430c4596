package gongkai.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The preview's only addition to a page: one external script tag, added as the page is served and
 * never written to the output, so published pages stay as built. An external script (not inline)
 * is what the pages' Content-Security-Policy {@code script-src 'self'} allows.
 */
final class ReloadScript {
  static final String PREFIX = "/__gongkai/";
  static final String SCRIPT = PREFIX + "reload.js";
  static final String EVENTS = PREFIX + "events";
  static final String PROBLEMS = PREFIX + "problems";
  static final String TAG = "<script src=\"" + SCRIPT + "\" defer></script>";

  private ReloadScript() {}

  /** The page with the tag just before {@code </head>} (or at its end when it has no head). */
  static String inject(String html) {
    int head = html.indexOf("</head>");
    return head < 0 ? html + TAG : html.substring(0, head) + TAG + html.substring(head);
  }

  /** The client: listens for events and draws the problems overlay. */
  static byte[] source() {
    try (InputStream in = Objects.requireNonNull(ReloadScript.class.getResourceAsStream("reload.js"), "reload.js")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
