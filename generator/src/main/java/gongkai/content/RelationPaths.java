package gongkai.content;

/**
 * How {@code replaced_by}, {@code replaces} and {@code interprets} name a report: by its file path
 * below {@code content/} ({@code gkml/2023/jiaotong-guihua.md}), the path {@code gongkai new} and
 * every problem message print. A path stays the same when a title, slug or 索引号 is corrected, and
 * the editor sees the file it names. Windows separators, a leading {@code /} and a leading
 * {@code content/} are forgiven.
 */
public final class RelationPaths {
  private RelationPaths() {}

  public static String normalise(String written) {
    String path = written.strip().replace('\\', '/');
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.startsWith("content/")) {
      path = path.substring("content/".length());
    }
    return path;
  }
}
