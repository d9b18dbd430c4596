package gongkai.output;

import gongkai.site.Edition;
import gongkai.site.ReportPage;
import gongkai.site.Section;
import gongkai.site.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * Atom feeds (RFC 4287): {@code feed.xml} for the whole site and {@code <section>/feed.xml} for each
 * section, each with its newest reports. Every address is the standard edition's, since care pages
 * are canonicalised to it. A feed with no report is not written: RFC 4287 §4.1.1 requires the
 * feed's {@code updated}, and the only honest value is its newest entry's date, never the build time.
 */
public final class AtomFeedWriter {
  /** Entries per feed: readers poll often, so the newest reports are enough. */
  static final int LATEST = 20;
  /** Length of a summary taken from the body when the report has no {@code summary}. */
  static final int SUMMARY_LENGTH = 120;

  private AtomFeedWriter() {}

  /** @param site the standard edition's model */
  public static List<OutputFile> write(Site site) {
    if (site.edition() != Edition.STANDARD) {
      throw new IllegalArgumentException("feeds carry the standard edition's addresses");
    }
    List<OutputFile> files = new ArrayList<>();
    if (!site.reports().isEmpty()) {
      files.add(feed(site, null, site.title(), site.reports()));
    }
    for (Section section : site.sections()) {
      if (!section.reports().isEmpty()) {
        // The same "section - site" form as the section page's <title>.
        files.add(feed(site, section, section.title() + " - " + site.title(), section.reports()));
      }
    }
    return List.copyOf(files);
  }

  private static OutputFile feed(Site site, Section section, String title, List<ReportPage> reports) {
    String path = Site.feedPath(section);
    String self = site.urls().canonical(path);
    String page = site.urls().canonical(section == null ? "" : section.path());
    String author = organization(site);
    List<ReportPage> entries = reports.subList(0, Math.min(LATEST, reports.size()));

    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(XmlText.escape(site.config().language())).append("\">\n");
    // §4.2.6: the id never changes; the feed's own address is one that only this feed has.
    element(xml, "id", self);
    element(xml, "title", title);
    // The feed changed when its latest entry was published or last changed in substance (updated).
    element(xml, "updated", W3cDateTime.format(entries.stream().map(r -> r.meta().lastChanged()).max(Comparable::compareTo).orElseThrow()));
    xml.append("<author><name>").append(XmlText.escape(author)).append("</name></author>\n");
    link(xml, "self", "application/atom+xml", self);
    link(xml, "alternate", "text/html", page);
    for (ReportPage report : entries) {
      entry(xml, report, author);
    }
    xml.append("</feed>\n");
    return OutputFile.text(path, xml.toString());
  }

  private static void entry(StringBuilder xml, ReportPage report, String organization) {
    String date = W3cDateTime.format(report.meta().date());
    String updated = W3cDateTime.format(report.meta().lastChanged());
    String publisher = report.meta().publisher();
    xml.append("<entry>\n");
    element(xml, "id", report.canonicalUrl());
    element(xml, "title", report.title());
    // §4.2.15 updated: the last significant change, front matter's updated; 发布日期 without one.
    element(xml, "updated", updated);
    element(xml, "published", date);
    link(xml, "alternate", "text/html", report.canonicalUrl());
    xml.append("<author><name>")
        .append(XmlText.escape(publisher == null || publisher.isBlank() ? organization : publisher))
        .append("</name></author>\n");
    if (report.meta().category() != null) {
      xml.append("<category term=\"").append(XmlText.escape(report.meta().category())).append("\"/>\n");
    }
    if (report.validity() != null) {
      // 有效性 as of the build, so a reader of the feed sees a repealed document as such.
      xml.append("<category term=\"").append(XmlText.escape(report.validity().label()))
          .append("\" label=\"").append(XmlText.escape("有效性：" + report.validity().label())).append("\"/>\n");
    }
    element(xml, "summary", summary(report));
    xml.append("</entry>\n");
  }

  /** The report's 摘要, or the start of its text. */
  static String summary(ReportPage report) {
    String summary = report.meta().summary();
    if (summary != null && !summary.isBlank()) {
      return summary.strip();
    }
    return report.body() == null ? "" : TextExcerpt.excerpt(report.body().html(), SUMMARY_LENGTH);
  }

  /** §4.1.1 requires a feed author when an entry may lack one: the organization, else the site. */
  private static String organization(Site site) {
    String organization = site.config().organization();
    return organization == null || organization.isBlank() ? site.title() : organization;
  }

  private static void element(StringBuilder xml, String name, String text) {
    xml.append('<').append(name).append('>').append(XmlText.escape(text)).append("</").append(name).append(">\n");
  }

  private static void link(StringBuilder xml, String rel, String type, String href) {
    xml.append("<link rel=\"").append(rel).append("\" type=\"").append(type)
        .append("\" href=\"").append(XmlText.escape(href)).append("\"/>\n");
  }
}
