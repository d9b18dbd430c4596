package gongkai.output;

import gongkai.content.DisclosureDate;
import gongkai.site.Edition;
import gongkai.site.ReportPage;
import gongkai.site.Section;
import gongkai.site.Site;
import gongkai.theme.RenderedPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code sitemap.xml} (sitemaps.org protocol 0.9): every page of the standard edition except the 404
 * page. Care pages are left out because each carries {@code rel=canonical} to its standard page.
 */
public final class SitemapWriter {
  public static final String FILE = "sitemap.xml";
  private static final String NOT_FOUND = "404.html";
  private static final String INDEX = "index.html";

  private SitemapWriter() {}

  /**
   * @param site the standard edition's model, for addresses and dates
   * @param pages the rendered pages of every edition; the care ones are skipped
   */
  public static OutputFile write(Site site, List<RenderedPage> pages) {
    return writePaths(site, pages.stream().map(RenderedPage::path).toList());
  }

  /**
   * @param site the standard edition's model, for addresses and dates
   * @param pages the site paths of the pages of every edition (a build keeps only these, not their HTML)
   */
  public static OutputFile writePaths(Site site, List<String> pages) {
    if (site.edition() != Edition.STANDARD) {
      throw new IllegalArgumentException("the sitemap lists the standard edition");
    }
    Map<String, ReportPage> reports = new HashMap<>();
    site.reports().forEach(r -> reports.put(r.path(), r));

    // Sorted by address, so the file's bytes depend on nothing but the site.
    Map<String, DisclosureDate> urls = new TreeMap<>();
    for (String file : pages) {
      if (file.startsWith(Edition.CARE.prefix()) || file.equals(NOT_FOUND) || !file.endsWith(".html")) {
        continue;
      }
      String path = file.endsWith(INDEX) ? file.substring(0, file.length() - INDEX.length()) : file;
      urls.put(site.urls().canonical(path), lastModified(site, reports.get(path), path));
    }

    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    urls.forEach((loc, date) -> {
      xml.append("<url><loc>").append(XmlText.escape(loc)).append("</loc>");
      if (date != null) {
        xml.append("<lastmod>").append(W3cDateTime.format(date)).append("</lastmod>");
      }
      xml.append("</url>\n");
    });
    xml.append("</urlset>\n");
    return OutputFile.text(FILE, xml.toString());
  }

  /**
   * A report changes when it is published (its 发布日期) or last changed in substance (its
   * {@code updated}); a list changes when the latest of its reports does. Pages outside any section (home, catalogues) list the whole site. Null when the page
   * lists no report, as the protocol makes lastmod optional.
   */
  private static DisclosureDate lastModified(Site site, ReportPage report, String path) {
    if (report != null) {
      return report.meta().lastChanged();
    }
    for (Section section : site.sections()) {
      if (path.startsWith(section.path())) {
        return section.reports().isEmpty() ? null : section.reports().stream().map(r -> r.meta().lastChanged()).max(Comparable::compareTo).orElse(null);
      }
    }
    return site.reports().isEmpty() ? null : site.reports().stream().map(r -> r.meta().lastChanged()).max(Comparable::compareTo).orElse(null);
  }
}
