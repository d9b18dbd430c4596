package gongkai.site;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Where everything lives. Paths are relative to the site root and use {@code /}: {@code ""} is the
 * home page, {@code gkml/2024/fazhi-report/} a report, {@code 404.html} a file. Links are
 * root-relative to {@code base_url}'s path, so the same output works at a domain root and under a
 * sub-path (DESIGN.md, URL scheme).
 */
public final class UrlScheme {
  private final URI baseUrl;
  private final String basePath;

  public UrlScheme(URI baseUrl) {
    if (!baseUrl.isAbsolute() || !baseUrl.getRawPath().endsWith("/")) {
      throw new IllegalArgumentException("base URL must be absolute and end in '/': " + baseUrl);
    }
    this.baseUrl = baseUrl;
    this.basePath = baseUrl.getRawPath();
  }

  /** The base URL's path, e.g. {@code /jtj/}. */
  public String basePath() {
    return basePath;
  }

  /** The link to {@code path} from any page of the site, e.g. {@code /jtj/gkml/}. */
  public String href(String path) {
    return basePath + encode(path);
  }

  /** The absolute URL of {@code path}, for QR codes, feeds and canonical links. */
  public String absolute(String path) {
    return baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + href(path);
  }

  /** The file that serves {@code path}: directories get {@code index.html}. */
  public static String outputFile(String path) {
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }

  /** The page path of a report, from its folders and slug: {@code gkml/2024/fazhi-report/}. */
  public static String reportPath(java.util.List<String> folders, String slug) {
    return String.join("/", folders) + "/" + slug + "/";
  }

  /** Percent-encodes every byte outside RFC 3986's unreserved set, segment by segment. */
  static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
