package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.site.ReportPage;
import gongkai.site.Site;
import gongkai.site.UrlScheme;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class SitemapWriterTest {
  private static final String BASE = "https://www.example.gov.cn/jtj/";
  private final UrlScheme urls = SiteFixture.standard(BASE);
  private final ReportPage newer = SiteFixture.report(urls, "gkml/2024/年度报告/", "年度报告", "2024-01-02 15:54:42", null, "<p>x</p>");
  private final ReportPage older = SiteFixture.report(urls, "gkml/2023/guihua/", "规划", "2023-05-06", null, "<p>y</p>");
  private final ReportPage notice = SiteFixture.report(urls, "tzgg/2024/tongzhi/", "通知", "2024-03-01", null, "<p>z</p>");
  private final Site site =
      SiteFixture.site(SiteFixture.config(BASE, "测试局"), urls, List.of("gkml", "tzgg", "empty"), List.of(older, newer, notice));

  private static String text(OutputFile file) {
    return new String(file.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void sitemapListsEveryStandardPageButNotCarePagesOr404() {
    String xml = text(SitemapWriter.write(site, SiteFixture.pages(site, "gkml/page/2/index.html", "catalogue/index.html")));

    assertThat(xml).doesNotContain("/care/").doesNotContain("404");
    assertThat(xml.lines().filter(l -> l.startsWith("<url>")).map(l -> l.replaceAll("<url><loc>([^<]*)</loc>.*", "$1")))
        .containsExactly(
            BASE,
            BASE + "catalogue/",
            BASE + "empty/",
            BASE + "gkml/",
            BASE + "gkml/2023/guihua/",
            BASE + "gkml/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/",
            BASE + "gkml/page/2/",
            BASE + "tzgg/",
            BASE + "tzgg/2024/tongzhi/");
  }

  @Test
  void lastmodIsTheReportDateOrTheNewestReportOfTheListInTheSiteZone() {
    String xml = text(SitemapWriter.write(site, SiteFixture.pages(site, "gkml/page/2/index.html")));

    assertThat(xml)
        .contains("<loc>" + BASE + "gkml/2023/guihua/</loc><lastmod>2023-05-06T00:00:00+08:00</lastmod>")
        .contains("<loc>" + BASE + "</loc><lastmod>2024-03-01T00:00:00+08:00</lastmod>")
        .contains("<loc>" + BASE + "gkml/</loc><lastmod>2024-01-02T15:54:42+08:00</lastmod>")
        .contains("<loc>" + BASE + "gkml/page/2/</loc><lastmod>2024-01-02T15:54:42+08:00</lastmod>")
        // A list with no report has no date to give; lastmod is optional.
        .contains("<url><loc>" + BASE + "empty/</loc></url>");
  }

  @Test
  void sitemapDoesNotDependOnThePageOrder() {
    List<gongkai.theme.RenderedPage> pages = new ArrayList<>(SiteFixture.pages(site));
    byte[] first = SitemapWriter.write(site, pages).bytes();
    Collections.reverse(pages);
    assertThat(SitemapWriter.write(site, pages).bytes()).isEqualTo(first);
  }
}
