package gongkai.content;

import java.nio.charset.StandardCharsets;

/**
 * A 主题分类 as the one path segment its catalogue list is published under
 * ({@code catalogue/category/<segment>/}), and whether it can be one. The segment is a folder name
 * in every output, so it must be a name a file system accepts and one that names a folder of its
 * own: {@code .} and {@code ..} name the folder itself and its parent, and ext4, NTFS and most other
 * file systems take at most 255 bytes per name (a Chinese character is 3 bytes in UTF-8, so 85
 * characters).
 */
public final class CategoryName {
  /** The longest file name ext4, XFS, Btrfs and NTFS accept, in bytes. */
  static final int MAX_SEGMENT_BYTES = 255;

  private CategoryName() {}

  /**
   * The category as one path segment: a '/' or '\' would open a folder, so they become the
   * full-width ／ and ＼ that read the same in Chinese text.
   */
  public static String segment(String category) {
    return category.strip().replace('/', '／').replace('\\', '＼');
  }

  /** Why {@code category} cannot name its list's folder, or null when it can. */
  static gongkai.problem.Message unusable(String category) {
    String segment = segment(category);
    if (segment.equals(".") || segment.equals("..")) {
      return gongkai.problem.Message.of("content.category.dots", category.strip());
    }
    int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_SEGMENT_BYTES) {
      return gongkai.problem.Message.of("content.category.too-long", String.valueOf(segment.codePointCount(0, segment.length())), String.valueOf(bytes));
    }
    return null;
  }
}
