package gongkai.content;

import java.util.List;

/**
 * Everything read from {@code content/}, before parsing.
 *
 * @param siteConfig {@code content/site.yaml}
 * @param reports every Markdown file except section pages, sorted by path
 * @param sectionPages every {@code _index.md}, sorted by path
 */
public record SourceFiles(SourceFile siteConfig, List<SourceFile> reports, List<SourceFile> sectionPages) {
  public SourceFiles {
    reports = List.copyOf(reports);
    sectionPages = List.copyOf(sectionPages);
  }
}
