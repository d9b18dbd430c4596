package gongkai.site;

import gongkai.content.SiteConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole site, ready for the themes.
 *
 * @param config the settings from {@code site.yaml}
 * @param urls where everything lives, with this edition's links
 * @param sections sections in display order
 * @param reports every published report, newest first
 * @param sectionPages each section's list split into pages of {@code page_size}, by section name
 * @param catalogue the 信息公开目录: reports by 主题分类 and by year (only those in force when site.yaml says so)
 */
public record Site(
    SiteConfig config,
    UrlScheme urls,
    List<Section> sections,
    List<ReportPage> reports,
    Map<String, List<ListPage>> sectionPages,
    Catalogue catalogue) {
  public Site {
    sections = List.copyOf(sections);
    reports = List.copyOf(reports);
    sectionPages = Map.copyOf(sectionPages);
  }

  /** A site whose lists are paged and grouped from {@code sections} and {@code reports} with site.yaml's settings. */
  public Site(SiteConfig config, UrlScheme urls, List<Section> sections, List<ReportPage> reports) {
    this(
        config,
        urls,
        sections,
        reports,
        paged(sections, config.pageSize(), urls),
        // site.yaml catalogue: {in_force_only: true}: the 信息公开目录 leaves out 失效 and 废止 documents.
        CatalogueBuilder.build(
            config.catalogueInForceOnly() ? reports.stream().filter(ReportPage::inForce).toList() : reports,
            config.language(), config.pageSize(), urls));
  }

  private static Map<String, List<ListPage>> paged(List<Section> sections, int pageSize, UrlScheme urls) {
    Map<String, List<ListPage>> pages = new LinkedHashMap<>();
    sections.forEach(s -> pages.put(s.name(), Paginator.paginate(s.path(), s.reports(), pageSize, urls)));
    return pages;
  }

  /** The pages of {@code section}'s list; the first is at the section's own path. */
  public List<ListPage> pagesOf(Section section) {
    return sectionPages.get(section.name());
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

  /** Where the 信息公开目录 lives. */
  public static final String CATALOGUE_PATH = CatalogueBuilder.PATH;
  /** The folder below a list's own where its pages after the first live. */
  public static final String LATER_PAGES_FOLDER = Paginator.FOLDER;

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
