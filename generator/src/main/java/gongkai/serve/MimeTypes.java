package gongkai.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type of a served file by its extension. Text types say {@code charset=utf-8}, since
 * gongkai writes every text file as UTF-8 and a browser guessing otherwise garbles Chinese
 * (RFC 9110 §8.3; WHATWG Encoding: a declared charset wins over sniffing).
 */
final class MimeTypes {
  static final String FALLBACK = "application/octet-stream";

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), // RFC 9239
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("svg", "image/svg+xml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8"), // RFC 4180
      Map.entry("pdf", "application/pdf"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("woff2", "font/woff2"), // RFC 8081
      Map.entry("ico", "image/vnd.microsoft.icon"));

  private MimeTypes() {}

  /** {@code text/css; charset=utf-8} for {@code site.css}; {@link #FALLBACK} for unknown kinds. */
  static String of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? FALLBACK : TYPES.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), FALLBACK);
  }
}
