package gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gongkai.content.DisclosureDate;
import gongkai.content.FrontMatter;
import gongkai.content.SiteConfig;
import gongkai.markdown.RenderedBody;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Section lists split into pages, and the 信息公开目录 grouped by category and year. */
class ListPagesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final URI BASE = URI.create("https://www.example.gov.cn/jtj/");
  private static final UrlScheme STANDARD = new UrlScheme(BASE, Edition.STANDARD);
  private static final UrlScheme CARE = new UrlScheme(BASE, Edition.CARE);

  private static ReportPage report(String slug, String date, String category) {
    FrontMatter meta =
        new FrontMatter(
            "标题" + slug, null, "测试局", DisclosureDate.parse(date, SHANGHAI), null, null, category,
            List.of(), null, null, List.of(), slug, false, Map.of());
    String path = "gkml/" + slug + "/";
    return new ReportPage(path, "/jtj/" + path, "", "", meta, RenderedBody.of("", List.of()), List.of(), null, null, null);
  }

  /** {@code count} reports, one a day backwards from 2024-12-31: newest first. */
  private static List<ReportPage> reports(int count) {
    List<ReportPage> reports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      reports.add(report("r" + i, java.time.LocalDate.of(2024, 12, 31).minusDays(i).toString(), null));
    }
    return reports;
  }

  @Test
  void listIsSplitIntoPagesOfPageSizeWithTheRestOnTheLast() {
    List<ListPage> pages = Paginator.paginate("gkml/", reports(12), 5, STANDARD);

    assertThat(pages).extracting(ListPage::number, ListPage::total, p -> p.reports().size())
        .containsExactly(tuple(1, 3, 5), tuple(2, 3, 5), tuple(3, 3, 2));
    assertThat(pages.get(1).reports()).extracting(ReportPage::path).first().isEqualTo("gkml/r5/");
  }

  @Test
  void firstPageIsTheListItselfAndTheOthersAreUnderPage() {
    List<ListPage> pages = Paginator.paginate("gkml/", reports(12), 5, STANDARD);

    assertThat(pages).extracting(ListPage::path).containsExactly("gkml/", "gkml/page/2/", "gkml/page/3/");
    assertThat(pages).extracting(ListPage::url).containsExactly("/jtj/gkml/", "/jtj/gkml/page/2/", "/jtj/gkml/page/3/");
    assertThat(Paginator.paginate("gkml/", reports(12), 5, CARE)).extracting(ListPage::url)
        .containsExactly("/jtj/care/gkml/", "/jtj/care/gkml/page/2/", "/jtj/care/gkml/page/3/");
  }

  @Test
  void previousAndNextLinkTheNeighbouringPagesOnly() {
    List<ListPage> pages = Paginator.paginate("gkml/", reports(12), 5, STANDARD);

    assertThat(pages).extracting(ListPage::previousUrl, ListPage::nextUrl).containsExactly(
        tuple(null, "/jtj/gkml/page/2/"), tuple("/jtj/gkml/", "/jtj/gkml/page/3/"), tuple("/jtj/gkml/page/2/", null));
  }

  @Test
  void emptyListHasOneEmptyPageWithoutPager() {
    List<ListPage> pages = Paginator.paginate("gkml/", List.of(), 20, STANDARD);

    assertThat(pages).singleElement().satisfies(page -> {
      assertThat(page.reports()).isEmpty();
      assertThat(page.paginated()).isFalse();
    });
  }

  @Test
  void listThatFillsExactlyOnePageIsNotPaginated() {
    assertThat(Paginator.paginate("gkml/", reports(20), 20, STANDARD)).singleElement()
        .extracting(ListPage::paginated).isEqualTo(false);
  }

  @Test
  void pagerShowsFirstLastAndTwoEitherSideWithGapsMarked() {
    ListPage tenth = Paginator.paginate("gkml/", reports(100), 5, STANDARD).get(9);

    assertThat(tenth.items()).extracting(PagerItem::number, PagerItem::current, PagerItem::gapBefore).containsExactly(
        tuple(1, false, false), tuple(8, false, true), tuple(9, false, false), tuple(10, true, false),
        tuple(11, false, false), tuple(12, false, false), tuple(20, false, true));
    assertThat(tenth.items().get(0).url()).isEqualTo("/jtj/gkml/");
    assertThat(tenth.items().get(6).url()).isEqualTo("/jtj/gkml/page/20/");
  }

  @Test
  void categoriesAreInPinyinOrderWithCountsAndUncategorisedLast() {
    List<ReportPage> reports = List.of(
        report("a", "2024-03-01", "通知公告"),
        report("b", "2024-02-01", null),
        report("c", "2024-01-01", "规划信息"),
        report("d", "2023-12-01", "财政预算/决算"),
        report("e", "2023-11-01", "规划信息"));

    Catalogue catalogue = CatalogueBuilder.build(reports, "zh-CN", 20, STANDARD);

    assertThat(catalogue.categories()).extracting(CatalogueGroup::label, CatalogueGroup::uncategorised, CatalogueGroup::count)
        .containsExactly(tuple("财政预算/决算", false, 1), tuple("规划信息", false, 2), tuple("通知公告", false, 1), tuple("", true, 1));
    assertThat(catalogue.categories()).extracting(CatalogueGroup::path).containsExactly(
        "catalogue/category/财政预算／决算/", "catalogue/category/规划信息/", "catalogue/category/通知公告/", "catalogue/uncategorised/");
    assertThat(catalogue.categories().get(1).url())
        .isEqualTo("/jtj/catalogue/category/%E8%A7%84%E5%88%92%E4%BF%A1%E6%81%AF/");
    assertThat(catalogue.categories().get(1).pages().get(0).reports()).extracting(ReportPage::path)
        .containsExactly("gkml/c/", "gkml/e/");
  }

  @Test
  void yearsAreNewestFirstAndCountedInTheSiteTimeZone() {
    // 2023-12-31T16:30Z is 00:30 on 1 January 2024 in Shanghai: a 2024 report there.
    List<ReportPage> reports = List.of(
        report("a", "2024-03-01", null),
        report("b", "2023-12-31T16:30:00Z", null),
        report("c", "2023-06-01", null),
        report("d", "2022-01-01", null));

    Catalogue catalogue = CatalogueBuilder.build(reports, "zh-CN", 20, STANDARD);

    assertThat(catalogue.years()).extracting(CatalogueGroup::label, CatalogueGroup::count, CatalogueGroup::path)
        .containsExactly(tuple("2024", 2, "catalogue/year/2024/"), tuple("2023", 1, "catalogue/year/2023/"),
            tuple("2022", 1, "catalogue/year/2022/"));
  }

  @Test
  void groupListsArePagedLikeSectionLists() {
    Catalogue catalogue = CatalogueBuilder.build(reports(12), "zh-CN", 5, CARE);

    assertThat(catalogue.url()).isEqualTo("/jtj/care/catalogue/");
    assertThat(catalogue.years()).singleElement().satisfies(year -> assertThat(year.pages()).extracting(ListPage::url)
        .containsExactly("/jtj/care/catalogue/year/2024/", "/jtj/care/catalogue/year/2024/page/2/",
            "/jtj/care/catalogue/year/2024/page/3/"));
  }

  @Test
  void siteUsesThePageSizeOfSiteYaml() {
    SiteConfig config = new SiteConfig("测试局", BASE, "zh-CN", SHANGHAI, "测试局", null, List.of("gkml"),
        new SiteConfig.Footer(null, null, null, null, null), gongkai.qr.QrErrorCorrection.M, 0,
        SiteConfig.Accessibility.NONE, 4, null, false);
    Section gkml = new Section("gkml", "法定主动公开内容", "", "gkml/", "/jtj/gkml/", reports(9));

    Site site = new Site(config, STANDARD, List.of(gkml), gkml.reports());

    assertThat(site.pagesOf(gkml)).extracting(p -> p.reports().size()).containsExactly(4, 4, 1);
    assertThat(site.catalogue().categories()).singleElement().extracting(CatalogueGroup::count).isEqualTo(9);
  }
}
