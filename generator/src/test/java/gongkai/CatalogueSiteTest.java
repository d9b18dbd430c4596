package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builds the {@code catalogue} fixture (25 reports, five to a page) and reads the section lists,
 * the 信息公开目录 and their pagers back as a reader's browser would, in both editions.
 */
class CatalogueSiteTest {
  @TempDir static Path tmp;
  static Path out;

  @BeforeAll
  static void build() {
    Path site = TestSites.assemble(TestSites.testResources().resolve("sites/catalogue/content"), tmp.resolve("site"));
    out = tmp.resolve("public");
    Build.run(new BuildOptions(site, out, false, null));
  }

  static Document parse(String path) {
    try {
      String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
      return Jsoup.parse(Files.readString(out.resolve(file), StandardCharsets.UTF_8), "https://www.example.gov.cn/jtj/" + path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The file a root-relative link opens, or null when it leaves the site. */
  static Path target(String href) {
    String path = URI.create(href).getPath();
    if (!path.startsWith("/jtj/")) {
      return null;
    }
    String rest = path.substring("/jtj/".length());
    return out.resolve(rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest);
  }

  /** Follows 下一页 from {@code first} and returns every page's report titles, page by page. */
  static List<List<String>> followPager(String first) {
    List<List<String>> pages = new ArrayList<>();
    String path = first;
    while (path != null) {
      Document page = parse(path);
      pages.add(page.select(".report-list > li > a").eachText());
      Element next = page.selectFirst("nav.list-pager a[rel=next]");
      path = next == null ? null : URI.create(next.attr("href")).getPath().substring("/jtj/".length());
      assertThat(pages).as("pager loops").hasSizeLessThan(50);
    }
    return pages;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "care/"})
  void sectionListIsSplitIntoPagesOfPageSizeCoveringEveryReportOnce(String edition) {
    List<List<String>> pages = followPager(edition + "gkml/");

    assertThat(pages).extracting(List::size).containsExactly(5, 5, 5, 3);
    List<String> titles = pages.stream().flatMap(List::stream).toList();
    assertThat(new LinkedHashSet<>(titles)).hasSize(18);
    assertThat(titles.get(0)).isEqualTo("测试报告18");
    assertThat(titles.get(17)).isEqualTo("测试报告01");
  }

  @Test
  void sectionListIsNewestFirstWithDateAndIndexNumberOnEveryItem() {
    List<String> dates = new ArrayList<>();
    for (String path : List.of("gkml/", "gkml/page/2/", "gkml/page/3/", "gkml/page/4/")) {
      for (Element item : parse(path).select(".report-list > li")) {
        dates.add(item.selectFirst("time").attr("datetime"));
        assertThat(item.selectFirst(".report-list-index").text()).startsWith("索引号：113715020044301982/");
      }
    }
    assertThat(dates).hasSize(18).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void pagesAfterTheFirstSayTheirNumberInTheTitleAndLeaveTheIntroOut() {
    assertThat(parse("gkml/").title()).isEqualTo("法定主动公开内容 - 目录测试局政府信息公开");
    assertThat(parse("gkml/page/3/").title()).isEqualTo("法定主动公开内容 - 第3页 - 目录测试局政府信息公开");
    assertThat(parse("gkml/").select(".section-intro")).hasSize(1);
    assertThat(parse("gkml/page/3/").select(".section-intro")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gkml/page/2/", "care/gkml/page/2/", "catalogue/uncategorised/page/2/", "care/catalogue/year/2024/page/3/"})
  void pagerMarksTheCurrentPageAndEveryLinkOpensAPage(String path) {
    Document page = parse(path);
    Element pager = page.selectFirst("nav.list-pager");

    assertThat(pager.attr("aria-label")).isEqualTo("分页");
    Element current = pager.selectFirst("a[aria-current=page]");
    assertThat(pager.select("[aria-current]")).hasSize(1);
    assertThat(URI.create(current.attr("href")).getPath()).isEqualTo("/jtj/" + path);
    assertThat(current.attr("aria-label")).isEqualTo("第" + current.text() + "页");
    assertThat(pager.select("a[rel=prev]").text()).isEqualTo("上一页");
    for (Element link : pager.select("a[href]")) {
      assertThat(target(link.attr("href"))).as(link.outerHtml()).isRegularFile();
    }
  }

  @Test
  void reportNeighboursFollowTheWholeSectionAcrossListPages() {
    // 测试报告14 ends page 1 of gkml and 测试报告13 starts page 2.
    Document first = parse("gkml/2024/report-14/");
    Document second = parse("gkml/2024/report-13/");

    assertThat(first.selectFirst("nav.pager a[rel=next]").attr("href")).isEqualTo("/jtj/gkml/2024/report-13/");
    assertThat(second.selectFirst("nav.pager a[rel=prev]").attr("href")).isEqualTo("/jtj/gkml/2024/report-14/");
    assertThat(parse("gkml/2023/report-01/").select("nav.pager a[rel=next]")).isEmpty();
  }

  @Test
  void lastPageHasNoNextAndFirstHasNoPrevious() {
    assertThat(parse("gkml/").select("nav.list-pager a[rel=prev]")).isEmpty();
    assertThat(parse("gkml/page/4/").select("nav.list-pager a[rel=next]")).isEmpty();
    assertThat(parse("tzgg/page/2/").select("nav.list-pager a[rel=prev]").attr("href")).isEqualTo("/jtj/tzgg/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"gkml/page/3/", "catalogue/", "catalogue/category/财政预算／决算/page/2/", "catalogue/year/2023/page/2/"})
  void eachEditionLinksToTheSameListPageInTheOther(String path) {
    String toCare = parse(path).selectFirst(".topbar a:contains(关怀版)").attr("href");
    String toStandard = parse("care/" + path).selectFirst(".topbar a:contains(标准版)").attr("href");

    assertThat(URI.create(toCare).getPath()).isEqualTo("/jtj/care/" + path);
    assertThat(URI.create(toStandard).getPath()).isEqualTo("/jtj/" + path);
    assertThat(toCare + toStandard).as("percent-encoded addresses").matches("\\p{ASCII}+");
  }

  @Test
  void catalogueCountsEveryReportOnceByCategoryAndByYear() {
    Document catalogue = parse("catalogue/");

    assertThat(catalogue.select("h1").text()).isEqualTo("信息公开目录");
    List<Element> categories = catalogue.select("section[aria-labelledby=by-category] li");
    assertThat(categories).extracting(li -> li.selectFirst("a").text())
        .containsExactly("财政预算/决算", "法治政府建设", "规划信息", "通知公告", "未分类");
    assertThat(categories).extracting(li -> li.selectFirst(".section-count").text())
        .containsExactly("（6）", "（3）", "（6）", "（4）", "（6）");
    List<Element> years = catalogue.select("section[aria-labelledby=by-year] li");
    assertThat(years).extracting(li -> li.selectFirst("a").text()).containsExactly("2024年", "2023年");
    assertThat(years).extracting(li -> li.selectFirst(".section-count").text()).containsExactly("（16）", "（9）");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "care/"})
  void everyCatalogueEntryListsAsManyReportsAsItsCount(String edition) {
    Document catalogue = parse(edition + "catalogue/");
    Set<String> everyReport = new LinkedHashSet<>();
    for (Element entry : catalogue.select(".catalogue-list li")) {
      String href = entry.selectFirst("a").attr("href");
      String path = URI.create(href).getPath().substring("/jtj/".length());
      assertThat(path).startsWith(edition + "catalogue/");
      List<String> titles = followPager(path).stream().flatMap(List::stream).toList();
      int count = Integer.parseInt(entry.selectFirst(".section-count").text().replaceAll("\\D", ""));
      assertThat(titles).as(href).hasSize(count).doesNotHaveDuplicates();
      if (entry.parent().closest("section").attr("aria-labelledby").equals("by-category")) {
        everyReport.addAll(titles);
      }
    }
    assertThat(everyReport).hasSize(25);
  }

  @Test
  void reportPublishedJustAfterMidnightInTheSiteTimeZoneCountsForThatYear() {
    // notice-7 is dated 2023-12-31T16:30:00Z: 2024-01-01 00:30 in Asia/Shanghai.
    List<String> titles = followPager("catalogue/year/2024/").stream().flatMap(List::stream).toList();
    assertThat(titles).contains("测试通知7");
  }

  @Test
  void categoryPageHasBreadcrumbsDownToTheCategory() {
    Document page = parse("catalogue/category/规划信息/");

    Element crumbs = page.selectFirst("nav.breadcrumb");
    assertThat(crumbs.select("li").eachText()).containsExactly("首页", "信息公开目录", "按主题分类", "规划信息");
    assertThat(crumbs.selectFirst("[aria-current=page]").text()).isEqualTo("规划信息");
    assertThat(page.title()).isEqualTo("规划信息 - 信息公开目录 - 目录测试局政府信息公开");
    assertThat(page.select("h1").text()).isEqualTo("规划信息");
    assertThat(page.selectFirst(".catalogue-count").text()).isEqualTo("共6条");
    for (Element link : crumbs.select("a")) {
      assertThat(target(link.attr("href"))).as(link.outerHtml()).isRegularFile();
    }
  }

  @Test
  void onlyTheFirstPageOfAListIsTheBreadcrumbsCurrentPage() {
    assertThat(parse("gkml/page/2/").select("nav.breadcrumb [aria-current]")).isEmpty();
    assertThat(parse("catalogue/year/2024/page/2/").select("nav.breadcrumb [aria-current]")).isEmpty();
    assertThat(parse("gkml/").select("nav.breadcrumb [aria-current=page]").text()).isEqualTo("法定主动公开内容");
    assertThat(parse("catalogue/").select("nav.breadcrumb [aria-current=page]").text()).isEqualTo("信息公开目录");
  }

  @Test
  void homePageLinksToTheCatalogueWithItsOverview() {
    Document home = parse("");
    Element overview = home.selectFirst("section.home-catalogue");

    assertThat(overview.selectFirst("h2").text()).isEqualTo("信息公开目录");
    assertThat(overview.select("a:contains(查看信息公开目录)").attr("href")).isEqualTo("/jtj/catalogue/");
    assertThat(overview.select(".catalogue-list li")).hasSize(7);
    assertThat(parse("care/").select("section.home-catalogue a:contains(查看信息公开目录)").attr("href"))
        .isEqualTo("/jtj/care/catalogue/");
  }

  @Test
  void everyLinkOnEveryPageOpensAFileOfTheSite() {
    List<String> broken = new ArrayList<>();
    for (String file : TestSites.files(out).keySet()) {
      if (!file.endsWith(".html")) {
        continue;
      }
      for (Element link : parse(file).select("a[href], link[href]")) {
        String href = link.attr("href");
        if (href.startsWith("/jtj/")) {
          Path target = target(href);
          if (!Files.isRegularFile(target)) {
            broken.add(file + " → " + href);
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }
}
