package gongkai.serve;

import gongkai.markdown.PercentDecoding;
import java.util.Locale;

/**
 * Maps a request's raw path to a file of the site being served, and never to anything outside it: dot
 * segments (also percent-encoded), encoded slashes and backslashes, NUL, empty segments
 * ({@code //etc}) and drive letters are all refused ({@link DiskFiles} also refuses symbolic links leading out).
 * RFC 3986 §5.2.4 lets a client remove dot segments, but a server must not trust that it did.
 */
final class RequestPath {
  private RequestPath() {}

  /**
   * @param rawPath the request target's path, still percent-encoded ({@code URI.getRawPath()})
   * @param basePath where the site lives, percent-encoded as in base_url: {@code /jtj/}
   * @param files the site being served
   */
  static RequestTarget resolve(String rawPath, String basePath, SiteFiles files) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return new RequestTarget.Rejected("not an absolute path");
    }
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.indexOf('\\') >= 0) {
      return new RequestTarget.Rejected("encoded separator, backslash or NUL");
    }
    String path = PercentDecoding.decode(rawPath);
    if (path == null) {
      return new RequestTarget.Rejected("malformed percent-encoding");
    }
    String[] segments = path.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last) || segment.indexOf(':') >= 0
          || segment.indexOf('\0') >= 0 || segment.indexOf('\\') >= 0) {
        return new RequestTarget.Rejected("dot segment, empty segment or drive letter");
      }
    }
    String base = PercentDecoding.decode(basePath);
    if (!path.startsWith(base)) {
      // "/" and "/jtj" both mean the site: send the reader to its base path.
      return path.equals("/") || (path + "/").equals(base) ? new RequestTarget.Redirect(basePath) : new RequestTarget.NotFound();
    }
    String file = path.substring(base.length());
    if (file.isEmpty() || file.endsWith("/")) {
      file += "index.html";
    } else if (files.isDirectory(file)) {
      return new RequestTarget.Redirect(rawPath + "/"); // as static servers do, so relative links resolve
    }
    return files.read(file) == null ? new RequestTarget.NotFound() : new RequestTarget.File(file);
  }
}
