package gongkai.output;

import gongkai.content.DisclosureDate;
import gongkai.content.FrontMatter;
import gongkai.content.SiteConfig;
import gongkai.markdown.RenderedBody;
import gongkai.site.Edition;
import gongkai.site.PageLink;
import gongkai.site.ReportPage;
import gongkai.site.Section;
import gongkai.site.Site;
import gongkai.site.UrlScheme;
import gongkai.theme.RenderedPage;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Small standard-edition sites built in memory, for the writers' unit tests. */
public final class SiteFixture {
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private SiteFixture() {}

  public static SiteConfig config(String baseUrl, String organization) {
    return new SiteConfig(
        "测试局政府信息公开", URI.create(baseUrl), "zh-CN", SHANGHAI, organization, null, List.of(),
        new SiteConfig.Footer(null, null, null, null, null));
  }

  /** A report with a summary, or null for none, and a body. */
  public static ReportPage report(UrlScheme urls, String path, String title, String date, String summary, String bodyHtml) {
    FrontMatter meta =
        new FrontMatter(
            title, null, "测试局", DisclosureDate.parse(date, SHANGHAI), null, null, null, List.of(), null,
            summary, List.of(), path, false, Map.of());
    String section = path.substring(0, path.indexOf('/'));
    return new ReportPage(
        path, urls.href(path), urls.absolute(path), urls.canonical(path), meta, RenderedBody.of(bodyHtml, List.of()),
        List.of(), new PageLink(section, urls.href(section + "/")), null, null);
  }

  /** A site whose sections are made from the reports' first folders, newest first as SiteAssembler sorts. */
  public static Site site(SiteConfig config, UrlScheme urls, List<String> sectionNames, List<ReportPage> reports) {
    Comparator<ReportPage> newestFirst =
        Comparator.comparing((ReportPage p) -> p.meta().date()).reversed().thenComparing(ReportPage::path);
    List<Section> sections = new ArrayList<>();
    for (String name : sectionNames) {
      List<ReportPage> in = reports.stream().filter(r -> r.path().startsWith(name + "/")).sorted(newestFirst).toList();
      sections.add(new Section(name, "栏目" + name, "", name + "/", urls.href(name + "/"), in));
    }
    return new Site(config, urls, sections, reports.stream().sorted(newestFirst).toList());
  }

  public static UrlScheme standard(String baseUrl) {
    return new UrlScheme(URI.create(baseUrl), Edition.STANDARD);
  }

  /** The pages the renderer would write for {@code site} in both editions. */
  public static List<RenderedPage> pages(Site site, String... extraStandardFiles) {
    List<RenderedPage> pages = new ArrayList<>();
    for (Edition edition : Edition.values()) {
      pages.add(new RenderedPage(edition.prefix() + "index.html", ""));
      pages.add(new RenderedPage(edition.prefix() + "404.html", ""));
      for (Section section : site.sections()) {
        pages.add(new RenderedPage(edition.prefix() + section.path() + "index.html", ""));
      }
      for (ReportPage report : site.reports()) {
        pages.add(new RenderedPage(edition.prefix() + report.path() + "index.html", ""));
      }
    }
    for (String file : extraStandardFiles) {
      pages.add(new RenderedPage(file, ""));
    }
    return pages;
  }
}
