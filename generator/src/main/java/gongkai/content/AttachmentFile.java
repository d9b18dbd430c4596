package gongkai.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A 附件 found on disk next to its report and checked: a regular file inside {@code content/}.
 *
 * @param listed the entry in front matter, as written
 * @param path where it is below the report's folder, normalised, with {@code /} separators, e.g.
 *     {@code 附件/统计表.xlsx}; it keeps that place below the report's page
 * @param source the file on disk
 * @param size its size in bytes, read when the content was loaded
 * @param type what kind of file it is, for readers: {@code PDF}, {@code Word}, {@code 图片}, …
 */
public record AttachmentFile(Attachment listed, String path, Path source, long size, String type) {
  public AttachmentFile {
    Objects.requireNonNull(listed, "listed");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\")
        || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
      throw new IllegalArgumentException("not a normalised relative path: " + path);
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
  }

  /** What readers see: the title from front matter, or the file name. */
  public String title() {
    return listed.title();
  }
}
