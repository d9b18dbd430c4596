package gongkai.site;

import gongkai.content.AttachmentFile;
import gongkai.content.ParsedContent;
import gongkai.content.Report;
import gongkai.content.SectionPage;
import gongkai.markdown.FileAddress;
import gongkai.markdown.RenderedBody;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds the {@link Site} from parsed reports and rendered bodies: URLs, sections, order, neighbours. */
public final class SiteAssembler {
  /** Newest first; equal dates fall back to the path so the order never depends on the file system. */
  static final Comparator<ReportPage> NEWEST_FIRST =
      Comparator.comparing((ReportPage p) -> p.meta().date()).reversed().thenComparing(ReportPage::path);

  private SiteAssembler() {}

  /**
   * @param bodies rendered Markdown keyed by the file's path below {@code content/}
   * @param includeDrafts whether reports with {@code draft: true} are published
   * @param edition the edition whose links the model carries
   * @throws gongkai.problem.BuildFailedException when two reports would share one URL
   */
  public static Site assemble(
      ParsedContent content, Map<String, RenderedBody> bodies, boolean includeDrafts, Edition edition) {
    return assemble(content, bodies, includeDrafts, edition, BuildDate.today(content.config().timeZone()));
  }

  /**
   * As {@link #assemble(ParsedContent, Map, boolean, Edition)} on the day {@code today}: a report
   * whose {@code expires} has come counts as 失效.
   */
  public static Site assemble(
      ParsedContent content, Map<String, RenderedBody> bodies, boolean includeDrafts, Edition edition, java.time.LocalDate today) {
    UrlScheme urls = new UrlScheme(content.config().baseUrl(), edition);
    Map<String, SectionPage> sectionPages = new HashMap<>();
    content.sectionPages().forEach(s -> sectionPages.put(s.name(), s));

    Problems problems = new Problems();
    Map<String, Report> byPath = new HashMap<>();
    Map<String, List<ReportPage>> bySection = new HashMap<>();
    Map<String, Report> byFile = new HashMap<>();
    Map<String, PageLink> linkByFile = new HashMap<>();
    for (Report report : content.reports()) {
      if (report.meta().draft() && !includeDrafts) {
        continue;
      }
      String path = UrlScheme.reportPath(report.source().folders(), report.meta().slug());
      Report other = byPath.putIfAbsent(path, report);
      if (other != null) {
        problems.add(
            Problem.at(
                report.source().displayPath(),
                0,
                Message.of("site.address-taken", "/" + path, other.source().displayPath().toString().replace('\\', '/')),
                Message.of("site.address-taken.fix")));
        continue;
      }
      String section = report.section();
      PageLink sectionLink = new PageLink(sectionTitle(section, sectionPages), urls.href(section + "/"));
      ReportPage page =
          new ReportPage(
              path,
              urls.href(path),
              urls.absolute(path),
              urls.canonical(path),
              report.meta(),
              bodies.get(report.source().relativePath()),
              attachments(report, path, urls),
              sectionLink,
              null,
              null,
              report.meta().lifecycle().on(today, report.meta().validity()),
              Relations.NONE);
      byFile.put(report.source().relativePath(), report);
      linkByFile.put(report.source().relativePath(), link(page));
      bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(page);
    }
    problems.throwIfAny();
    Map<String, Relations> relations = RelationLinks.derive(byFile, linkByFile);
    if (!relations.isEmpty()) {
      Map<String, String> fileByPath = new HashMap<>();
      byFile.forEach((file, report) -> fileByPath.put(UrlScheme.reportPath(report.source().folders(), report.meta().slug()), file));
      bySection.replaceAll((name, pages) -> pages.stream()
          .map(page -> page.withRelations(relations.getOrDefault(fileByPath.get(page.path()), Relations.NONE)))
          .toList());
    }

    List<Section> sections = new ArrayList<>();
    List<ReportPage> all = new ArrayList<>();
    for (String name : sectionOrder(content, bySection.keySet(), sectionPages.keySet())) {
      List<ReportPage> pages = withNeighbours(bySection.getOrDefault(name, List.of()));
      SectionPage intro = sectionPages.get(name);
      String introHtml = intro == null ? "" : bodies.get(intro.source().relativePath()).html();
      sections.add(new Section(name, sectionTitle(name, sectionPages), introHtml, name + "/", urls.href(name + "/"), pages));
      all.addAll(pages);
    }
    all.sort(NEWEST_FIRST);
    return new Site(content.config(), urls, sections, all);
  }

  /**
   * Where a file beside a report is published: beside the standard page, like its attachments, and
   * linked root-relative, so both editions link to the one copy.
   */
  public static FileAddress fileAddress(ParsedContent content) {
    UrlScheme urls = new UrlScheme(content.config().baseUrl(), Edition.STANDARD);
    return (report, path) -> urls.sharedHref(UrlScheme.reportPath(report.source().folders(), report.meta().slug()) + path);
  }

  /**
   * Attachments are copied once, beside the standard page ({@code gkml/2024/x/附件1.pdf}), and the
   * care page links to that copy as it links to the shared assets: a file is not published twice,
   * and each has one address to cite, share or cache.
   */
  private static List<AttachmentLink> attachments(Report report, String pagePath, UrlScheme urls) {
    List<AttachmentLink> links = new ArrayList<>();
    for (AttachmentFile file : report.attachments()) {
      String path = pagePath + file.path();
      links.add(new AttachmentLink(file, path, urls.sharedHref(path), FileSize.format(file.size())));
    }
    return links;
  }

  private static String sectionTitle(String name, Map<String, SectionPage> pages) {
    SectionPage page = pages.get(name);
    return page == null ? name : page.title();
  }

  /** site.yaml's order first, then every other section alphabetically. */
  private static List<String> sectionOrder(ParsedContent content, java.util.Set<String> withReports, java.util.Set<String> withPages) {
    LinkedHashMap<String, Boolean> order = new LinkedHashMap<>();
    TreeSet<String> present = new TreeSet<>(withReports);
    present.addAll(withPages);
    for (String name : content.config().sections()) {
      if (present.contains(name)) {
        order.put(name, true);
      }
    }
    present.forEach(name -> order.putIfAbsent(name, true));
    return List.copyOf(order.keySet());
  }

  private static List<ReportPage> withNeighbours(List<ReportPage> pages) {
    List<ReportPage> sorted = new ArrayList<>(pages);
    sorted.sort(NEWEST_FIRST);
    List<ReportPage> linked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      PageLink previous = i > 0 ? link(sorted.get(i - 1)) : null;
      PageLink next = i + 1 < sorted.size() ? link(sorted.get(i + 1)) : null;
      linked.add(sorted.get(i).withNeighbours(previous, next));
    }
    return linked;
  }

  private static PageLink link(ReportPage page) {
    return new PageLink(page.title(), page.url());
  }
}
