package gongkai.site;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Where everything lives. Paths are relative to an edition's root and use {@code /}: {@code ""} is
 * the home page, {@code gkml/2024/fazhi-report/} a report, {@code 404.html} a file. The care edition
 * puts the same paths under {@code care/}. Links are root-relative to {@code base_url}'s path, so
 * the same output works at a domain root and under a sub-path (DESIGN.md, URL scheme).
 */
public final class UrlScheme {
  private final URI baseUrl;
  private final String basePath;
  private final Edition edition;

  public UrlScheme(URI baseUrl, Edition edition) {
    if (!baseUrl.isAbsolute() || baseUrl.getRawPath() == null || !baseUrl.getRawPath().endsWith("/")) {
      throw new IllegalArgumentException("base URL must be absolute and end in '/': " + baseUrl);
    }
    this.baseUrl = baseUrl;
    this.basePath = baseUrl.getRawPath();
    this.edition = Objects.requireNonNull(edition, "edition");
  }

  public Edition edition() {
    return edition;
  }

  /** The base URL's path, e.g. {@code /jtj/}. */
  public String basePath() {
    return basePath;
  }

  /** The link to {@code path} in this edition from any page of the site, e.g. {@code /jtj/care/gkml/}. */
  public String href(String path) {
    return basePath + encode(edition.prefix() + path);
  }

  /** The link to the same page in the other edition (关怀版 ⇄ 标准版). */
  public String counterpartHref(String path) {
    return basePath + encode(edition.counterpart().prefix() + path);
  }

  /** The link to a file both editions share, such as {@code assets/css/site.css}. */
  public String sharedHref(String path) {
    return basePath + encode(path);
  }

  /** The absolute URL of {@code path} in this edition, for QR codes. */
  public String absolute(String path) {
    return origin() + href(path);
  }

  /** The absolute URL of the standard edition's page: care pages are canonicalised to it. */
  public String canonical(String path) {
    return origin() + basePath + encode(path);
  }

  private String origin() {
    return baseUrl.getScheme() + "://" + baseUrl.getRawAuthority();
  }

  /** The output file that serves {@code path} in this edition; directories get {@code index.html}. */
  public String outputFile(String path) {
    return edition.prefix() + (path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
  }

  /** The page path of a report, from its folders and slug: {@code gkml/2024/fazhi-report/}. */
  public static String reportPath(List<String> folders, String slug) {
    return String.join("/", folders) + "/" + slug + "/";
  }

  /** Percent-encodes every byte outside RFC 3986's unreserved set (and '/'), as UTF-8. */
  static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
