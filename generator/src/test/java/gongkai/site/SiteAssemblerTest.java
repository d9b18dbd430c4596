package gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import gongkai.content.ParsedContent;
import gongkai.content.DisclosureDate;
import gongkai.content.FrontMatter;
import gongkai.content.Report;
import gongkai.content.SectionPage;
import gongkai.content.SiteConfig;
import gongkai.content.SourceFile;
import gongkai.markdown.RenderedBody;
import gongkai.problem.BuildFailedException;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteAssemblerTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static SiteConfig config(String... sections) {
    return new SiteConfig(
        "测试局政府信息公开",
        URI.create("https://www.example.gov.cn/jtj/"),
        "zh-CN",
        SHANGHAI,
        "测试局",
        null,
        List.of(sections),
        new SiteConfig.Footer(null, null, null, null, null));
  }

  private static SourceFile source(String relativePath) {
    return new SourceFile(Path.of("/site/content/" + relativePath), Path.of("content/" + relativePath), relativePath, "");
  }

  private static Report report(String relativePath, String date) {
    return report(relativePath, date, null, false);
  }

  private static Report report(String relativePath, String date, String slug, boolean draft) {
    SourceFile file = source(relativePath);
    FrontMatter meta =
        new FrontMatter(
            "标题 " + relativePath,
            null,
            "测试局",
            DisclosureDate.parse(date, SHANGHAI),
            null,
            null,
            null,
            List.of(),
            null,
            null,
            List.of(),
            slug == null ? file.baseName() : slug,
            draft,
            Map.of());
    return new Report(file, meta, "正文。", 4, List.of());
  }

  private static SectionPage sectionPage(String name, String title) {
    return new SectionPage(source(name + "/_index.md"), name, title, "介绍。", true);
  }

  private static Site assemble(ParsedContent content, boolean includeDrafts, Edition edition) {
    Map<String, RenderedBody> bodies = new HashMap<>();
    content.reports().forEach(r -> bodies.put(r.source().relativePath(), RenderedBody.of("<p>" + r.meta().title() + "</p>", List.of())));
    content.sectionPages().forEach(s -> bodies.put(s.source().relativePath(), RenderedBody.of("<p>" + s.title() + "介绍</p>", List.of())));
    return SiteAssembler.assemble(content, bodies, includeDrafts, edition);
  }

  private static Site assemble(ParsedContent content) {
    return assemble(content, false, Edition.STANDARD);
  }

  private static List<String> paths(List<ReportPage> pages) {
    return pages.stream().map(ReportPage::path).toList();
  }

  @Test
  void reportsAreSortedNewestFirst() {
    ParsedContent content =
        new ParsedContent(
            config("gkml", "tzgg"),
            List.of(
                report("gkml/2023/old.md", "2023-05-01"),
                report("gkml/2024/new.md", "2024-03-01 09:00:00"),
                report("tzgg/2024/middle.md", "2024-01-15")),
            List.of());

    Site site = assemble(content);

    assertThat(paths(site.reports())).containsExactly("gkml/2024/new/", "tzgg/2024/middle/", "gkml/2023/old/");
    assertThat(paths(site.sections().get(0).reports())).containsExactly("gkml/2024/new/", "gkml/2023/old/");
  }

  @Test
  void reportsOfTheSameMomentAreOrderedByPath() {
    ParsedContent content =
        new ParsedContent(
            config("gkml"),
            List.of(
                report("gkml/c.md", "2024-01-02"),
                report("gkml/b.md", "2024-01-02 00:00:00"),
                report("gkml/a.md", "2024-01-01T16:00:00Z")),
            List.of());

    Site site = assemble(content);

    assertThat(paths(site.reports())).containsExactly("gkml/a/", "gkml/b/", "gkml/c/");
  }

  @Test
  void timeOfDayDecidesTheOrderWithinADay() {
    ParsedContent content =
        new ParsedContent(
            config("gkml"),
            List.of(report("gkml/a.md", "2024-01-02 08:00"), report("gkml/b.md", "2024-01-02 17:30")),
            List.of());

    assertThat(paths(assemble(content).reports())).containsExactly("gkml/b/", "gkml/a/");
  }

  @Test
  void previousIsTheNewerAndNextTheOlderReportOfTheSameSection() {
    ParsedContent content =
        new ParsedContent(
            config("gkml", "tzgg"),
            List.of(
                report("gkml/newest.md", "2024-03-01"),
                report("gkml/middle.md", "2024-02-01"),
                report("gkml/oldest.md", "2024-01-01"),
                report("tzgg/between.md", "2024-02-15")),
            List.of());

    Site site = assemble(content);

    List<ReportPage> gkml = site.sections().get(0).reports();
    assertThat(gkml.get(0).previous()).isNull();
    assertThat(gkml.get(0).next()).isEqualTo(new PageLink("标题 gkml/middle.md", "/jtj/gkml/middle/"));
    assertThat(gkml.get(1).previous()).isEqualTo(new PageLink("标题 gkml/newest.md", "/jtj/gkml/newest/"));
    assertThat(gkml.get(1).next()).isEqualTo(new PageLink("标题 gkml/oldest.md", "/jtj/gkml/oldest/"));
    assertThat(gkml.get(2).previous()).isEqualTo(new PageLink("标题 gkml/middle.md", "/jtj/gkml/middle/"));
    assertThat(gkml.get(2).next()).isNull();
    ReportPage alone = site.sections().get(1).reports().get(0);
    assertThat(alone.previous()).isNull();
    assertThat(alone.next()).isNull();
  }

  @Test
  void siteWideListCarriesTheSectionNeighbours() {
    ParsedContent content =
        new ParsedContent(
            config("gkml", "tzgg"),
            List.of(report("gkml/a.md", "2024-03-01"), report("tzgg/b.md", "2024-02-01"), report("gkml/c.md", "2024-01-01")),
            List.of());

    Site site = assemble(content);

    assertThat(site.reports().get(0).next()).isEqualTo(new PageLink("标题 gkml/c.md", "/jtj/gkml/c/"));
    assertThat(site.reports().get(1).next()).isNull();
    assertThat(site.reports().get(2).previous()).isEqualTo(new PageLink("标题 gkml/a.md", "/jtj/gkml/a/"));
  }

  @Test
  void neighbourLinksPointIntoTheSameEdition() {
    ParsedContent content =
        new ParsedContent(config("gkml"), List.of(report("gkml/a.md", "2024-03-01"), report("gkml/b.md", "2024-02-01")), List.of());

    Site site = assemble(content, false, Edition.CARE);

    assertThat(site.reports().get(0).next()).isEqualTo(new PageLink("标题 gkml/b.md", "/jtj/care/gkml/b/"));
  }

  @Test
  void sectionsFollowSiteYamlThenTheUnlistedOnesAlphabetically() {
    ParsedContent content =
        new ParsedContent(
            config("tzgg", "listed-but-empty", "gkml"),
            List.of(
                report("zcjd/a.md", "2024-01-01"),
                report("gkml/a.md", "2024-01-01"),
                report("bmwj/a.md", "2024-01-01"),
                report("tzgg/a.md", "2024-01-01")),
            List.of(sectionPage("intro-only", "只有介绍")));

    Site site = assemble(content);

    assertThat(site.sections()).extracting(Section::name).containsExactly("tzgg", "gkml", "bmwj", "intro-only", "zcjd");
  }

  @Test
  void sectionTitleComesFromIndexPageElseTheFolderName() {
    ParsedContent content =
        new ParsedContent(
            config("gkml", "tzgg"),
            List.of(report("gkml/a.md", "2024-01-01"), report("tzgg/b.md", "2024-01-01")),
            List.of(sectionPage("gkml", "法定主动公开内容")));

    Site site = assemble(content);

    assertThat(site.sections())
        .extracting(Section::title, Section::introHtml)
        .containsExactly(
            tuple("法定主动公开内容", "<p>法定主动公开内容介绍</p>"),
            tuple("tzgg", ""));
    assertThat(site.reports())
        .extracting(ReportPage::section)
        .containsExactly(new PageLink("法定主动公开内容", "/jtj/gkml/"), new PageLink("tzgg", "/jtj/tzgg/"));
  }

  @Test
  void sectionWithOnlyAnIndexPageIsListedWithoutReports() {
    ParsedContent content = new ParsedContent(config("gkml"), List.of(), List.of(sectionPage("gkml", "法定主动公开内容")));

    Site site = assemble(content, false, Edition.CARE);

    assertThat(site.sections())
        .containsExactly(new Section("gkml", "法定主动公开内容", "<p>法定主动公开内容介绍</p>", "gkml/", "/jtj/care/gkml/", List.of()));
  }

  @Test
  void reportPageCarriesItsAddressesInTheEdition() {
    Report report = report("gkml/2024/a.md", "2024-01-02", "fazhi-report", false);
    ParsedContent content = new ParsedContent(config("gkml"), List.of(report), List.of());

    ReportPage page = assemble(content, false, Edition.CARE).reports().get(0);

    assertThat(page.path()).isEqualTo("gkml/2024/fazhi-report/");
    assertThat(page.url()).isEqualTo("/jtj/care/gkml/2024/fazhi-report/");
    assertThat(page.absoluteUrl()).isEqualTo("https://www.example.gov.cn/jtj/care/gkml/2024/fazhi-report/");
    assertThat(page.canonicalUrl()).isEqualTo("https://www.example.gov.cn/jtj/gkml/2024/fazhi-report/");
    assertThat(page.meta()).isSameAs(report.meta());
    assertThat(page.body().html()).isEqualTo("<p>标题 gkml/2024/a.md</p>");
  }

  @Test
  void siteCarriesConfigAndEditionLinks() {
    SiteConfig config = config("gkml");
    Site site = assemble(new ParsedContent(config, List.of(), List.of()), false, Edition.CARE);

    assertThat(site.config()).isSameAs(config);
    assertThat(site.care()).isTrue();
    assertThat(site.homeUrl()).isEqualTo("/jtj/care/");
    assertThat(site.sections()).isEmpty();
  }

  @ParameterizedTest(name = "includeDrafts={0}")
  @ValueSource(booleans = {false, true})
  void draftsArePublishedOnlyWhenIncluded(boolean includeDrafts) {
    ParsedContent content =
        new ParsedContent(
            config("gkml"),
            List.of(report("gkml/done.md", "2024-01-01"), report("gkml/wip.md", "2024-02-01", null, true)),
            List.of());

    Site site = assemble(content, includeDrafts, Edition.STANDARD);

    List<String> expected = includeDrafts ? List.of("gkml/wip/", "gkml/done/") : List.of("gkml/done/");
    assertThat(paths(site.reports())).isEqualTo(expected);
    assertThat(paths(site.sections().get(0).reports())).isEqualTo(expected);
    assertThat(site.reports().get(0).previous()).isNull();
  }

  @Test
  void sectionOfOnlyDraftsIsNotListed() {
    ParsedContent content =
        new ParsedContent(config("gkml", "tzgg"), List.of(report("gkml/a.md", "2024-01-01"), report("tzgg/wip.md", "2024-01-01", null, true)), List.of());

    assertThat(assemble(content).sections()).extracting(Section::name).containsExactly("gkml");
  }

  @Test
  void twoReportsWithOneUrlAreOneProblemNamingBothFiles() {
    ParsedContent content =
        new ParsedContent(
            config("gkml"),
            List.of(report("gkml/a.md", "2024-01-01"), report("gkml/b.md", "2024-01-02", "a", false)),
            List.of());

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> assemble(content));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "content/gkml/b.md: error: its address /gkml/a/ is already used by content/gkml/a.md"
                + " — give one of them a different file name or 'slug'");
  }

  @Test
  void everyFurtherReportOnATakenUrlIsItsOwnProblem() {
    ParsedContent content =
        new ParsedContent(
            config("gkml"),
            List.of(
                report("gkml/a.md", "2024-01-01"),
                report("gkml/b.md", "2024-01-02", "a", false),
                report("gkml/c.md", "2024-01-03", "a", false),
                report("gkml/d.md", "2024-01-04", "d", false),
                report("gkml/e.md", "2024-01-05", "d", false)),
            List.of());

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> assemble(content));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "content/gkml/b.md: error: its address /gkml/a/ is already used by content/gkml/a.md"
                + " — give one of them a different file name or 'slug'",
            "content/gkml/c.md: error: its address /gkml/a/ is already used by content/gkml/a.md"
                + " — give one of them a different file name or 'slug'",
            "content/gkml/e.md: error: its address /gkml/d/ is already used by content/gkml/d.md"
                + " — give one of them a different file name or 'slug'");
  }

  @Test
  void excludedDraftDoesNotClaimItsUrl() {
    ParsedContent content =
        new ParsedContent(
            config("gkml"),
            List.of(report("gkml/a.md", "2024-01-01", null, true), report("gkml/b.md", "2024-01-02", "a", false)),
            List.of());

    assertThat(paths(assemble(content).reports())).containsExactly("gkml/a/");
    assertThat(assemble(content).reports().get(0).title()).isEqualTo("标题 gkml/b.md");
  }
}
