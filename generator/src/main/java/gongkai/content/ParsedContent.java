package gongkai.content;

import java.util.List;

/**
 * Everything parsed from {@code content/}.
 *
 * @param config the site settings
 * @param reports every report, drafts included, sorted by path
 * @param sectionPages every section's {@code _index.md}, sorted by path
 */
public record ParsedContent(SiteConfig config, List<Report> reports, List<SectionPage> sectionPages) {
  public ParsedContent {
    reports = List.copyOf(reports);
    sectionPages = List.copyOf(sectionPages);
  }

}
