package gongkai.theme;

import gongkai.site.ReportPage;
import java.util.function.Supplier;

/**
 * One page of the site, not rendered yet.
 *
 * @param path site path of the file, e.g. {@code gkml/index.html}
 * @param report the report the page shows, or null for lists and other pages; a report page depends
 *     only on its report, the site's metadata and the theme, which lets a build cache skip it
 * @param qrCode whether the page carries a QR code of its address (every page but the 404 page)
 * @param utf8 renders the page as the UTF-8 bytes it is written as; thread-safe
 */
public record PageJob(String path, ReportPage report, boolean qrCode, Supplier<byte[]> utf8) {
  /** The page's bytes, as written to the site. */
  public byte[] bytes() {
    return utf8.get();
  }

  /** The page as text. */
  public String render() {
    return new String(utf8.get(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
