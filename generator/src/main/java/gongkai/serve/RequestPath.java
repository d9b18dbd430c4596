package gongkai.serve;

import gongkai.markdown.PercentDecoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Maps a request's raw path to a file of the output folder, and never to anything outside it: dot
 * segments (also percent-encoded), encoded slashes and backslashes, NUL, empty segments
 * ({@code //etc}), drive letters and symbolic links that lead out of the folder are all refused.
 * RFC 3986 §5.2.4 lets a client remove dot segments, but a server must not trust that it did.
 */
final class RequestPath {
  private final Path root;
  private final Path realRoot;

  RequestPath(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
      this.realRoot = this.root.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param rawPath the request target's path, still percent-encoded ({@code URI.getRawPath()})
   * @param basePath where the site lives, percent-encoded as in base_url: {@code /jtj/}
   */
  RequestTarget resolve(String rawPath, String basePath) {
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
    Path file = root.resolve(path.substring(base.length())).normalize();
    if (!file.startsWith(root)) {
      return new RequestTarget.Rejected("outside the site");
    }
    if (Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        return new RequestTarget.Redirect(rawPath + "/"); // as static servers do, so relative links resolve
      }
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file)) {
      return new RequestTarget.NotFound();
    }
    try {
      // A symbolic link inside the output may point anywhere; only what really lies inside is served.
      return file.toRealPath().startsWith(realRoot) ? new RequestTarget.File(file) : new RequestTarget.NotFound();
    } catch (IOException e) {
      return new RequestTarget.NotFound();
    }
  }
}
