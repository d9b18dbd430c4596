package gongkai.site;

import java.util.List;

/**
 * A section: a folder of reports with its list page.
 *
 * @param name the folder, e.g. {@code gkml}
 * @param title the title from {@code _index.md}, or the folder name
 * @param introHtml the introduction from {@code _index.md}, or empty
 * @param path site path of the list page, e.g. {@code gkml/}
 * @param url root-relative link to the list page
 * @param reports the section's reports, newest first
 */
public record Section(String name, String title, String introHtml, String path, String url, List<ReportPage> reports) {
  public Section {
    reports = List.copyOf(reports);
  }
}
