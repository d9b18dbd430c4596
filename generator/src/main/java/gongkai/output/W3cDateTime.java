package gongkai.output;

import gongkai.content.DisclosureDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the sitemap protocol (W3C Datetime) and Atom (RFC 4287 §3.3, RFC 3339) want them: the
 * same form satisfies both, e.g. {@code 2024-01-02T15:54:42+08:00}, in the site's time zone.
 */
final class W3cDateTime {
  // Seconds always written, never fractions; the offset as +08:00 (or Z), never a zone name.
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private W3cDateTime() {}

  static String format(DisclosureDate date) {
    return FORMAT.format(date.value());
  }
}
