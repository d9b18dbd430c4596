package gongkai.output;

import java.util.Objects;

/**
 * A file of the built site.
 *
 * @param path site path with {@code /} separators, e.g. {@code gkml/index.html}
 * @param bytes the file's content
 */
public record OutputFile(String path, byte[] bytes) {
  public OutputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.endsWith("/")
        || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
      throw new IllegalArgumentException("not a safe relative file path: " + path);
    }
  }

  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Two outputs claimed one path: a bug, since the check stage refuses the content that could cause
   * it (a section named like a generated folder). The build and the preview both fail with this.
   */
  public static IllegalStateException twoOutputsFor(String path) {
    return new IllegalStateException("two outputs for " + path);
  }
}
