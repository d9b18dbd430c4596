package gongkai.site;

import gongkai.content.SiteConfig;
import java.util.List;

/**
 * The whole site, ready for the themes.
 *
 * @param config the settings from {@code site.yaml}
 * @param urls where everything lives, with this edition's links
 * @param sections sections in display order
 * @param reports every published report, newest first
 */
public record Site(SiteConfig config, UrlScheme urls, List<Section> sections, List<ReportPage> reports) {
  public Site {
    sections = List.copyOf(sections);
    reports = List.copyOf(reports);
  }

  public Edition edition() {
    return urls.edition();
  }

  /** Whether this is the care edition (关怀版), for templates. */
  public boolean care() {
    return urls.edition() == Edition.CARE;
  }

  /** Root-relative link to the home page. */
  public String homeUrl() {
    return urls.href("");
  }

  public String title() {
    return config.title();
  }

  /** Site path of the Atom feed of the whole site ({@code feed.xml}) or of a section ({@code gkml/feed.xml}). */
  public static String feedPath(Section section) {
    return (section == null ? "" : section.path()) + "feed.xml";
  }

  /**
   * Root-relative link to the site's Atom feed. There is one feed, of standard-edition addresses
   * (care pages are canonicalised to them), so the care edition links to it too.
   */
  public String feedUrl() {
    return urls.sharedHref(feedPath(null));
  }

  /** Root-relative link to a section's Atom feed, the same from both editions. */
  public String sectionFeedUrl(Section section) {
    return urls.sharedHref(feedPath(section));
  }
}
