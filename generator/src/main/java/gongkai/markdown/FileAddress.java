package gongkai.markdown;

import gongkai.content.Report;

/**
 * Where the published copy of a file beside a report is linked from, e.g. {@code /jtj/gkml/2024/x/图1.png}.
 * The site stage owns addresses; {@code Build} passes its rule in, so this stage need not know it.
 */
@FunctionalInterface
public interface FileAddress {
  /**
   * @param report the report that names the file
   * @param path the file's path below the report's folder, e.g. {@code 图1.png}
   */
  String of(Report report, String path);
}
