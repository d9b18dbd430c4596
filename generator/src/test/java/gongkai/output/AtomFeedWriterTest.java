package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import gongkai.site.ReportPage;
import gongkai.site.Site;
import gongkai.site.UrlScheme;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AtomFeedWriterTest {
  private static final String BASE = "https://www.example.gov.cn/jtj/";
  private final UrlScheme urls = SiteFixture.standard(BASE);

  private Map<String, String> feeds(Site site) {
    return AtomFeedWriter.write(site).stream()
        .collect(Collectors.toMap(OutputFile::path, f -> new String(f.bytes(), StandardCharsets.UTF_8)));
  }

  private static SyndFeed parse(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  private Site site(List<ReportPage> reports, String... sections) {
    return SiteFixture.site(SiteFixture.config(BASE, "测试局"), urls, List.of(sections), reports);
  }

  @Test
  void siteFeedCarriesTheRequiredElementsWithStandardAddresses() throws Exception {
    ReportPage report = SiteFixture.report(urls, "gkml/2024/年度报告/", "2023年年度报告", "2024-01-02 15:54:42", "全年公开情况。", "<p>正文</p>");
    String xml = feeds(site(List.of(report), "gkml")).get("feed.xml");

    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">");
    SyndFeed feed = parse(xml);
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getUri()).isEqualTo(BASE + "feed.xml");
    assertThat(feed.getTitle()).isEqualTo("测试局政府信息公开");
    assertThat(feed.getAuthors()).extracting(p -> p.getName()).containsExactly("测试局");
    assertThat(feed.getLinks()).extracting(l -> l.getRel() + " " + l.getHref())
        .containsExactlyInAnyOrder("self " + BASE + "feed.xml", "alternate " + BASE);
    assertThat(xml).contains("<updated>2024-01-02T15:54:42+08:00</updated>\n<author>");

    SyndEntry entry = feed.getEntries().get(0);
    String address = BASE + "gkml/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/";
    assertThat(entry.getUri()).isEqualTo(address);
    assertThat(entry.getLink()).isEqualTo(address);
    assertThat(entry.getTitle()).isEqualTo("2023年年度报告");
    assertThat(entry.getDescription().getValue()).isEqualTo("全年公开情况。");
    assertThat(entry.getAuthor()).isEqualTo("测试局");
    assertThat(entry.getPublishedDate().toInstant()).isEqualTo(java.time.Instant.parse("2024-01-02T07:54:42Z"));
    assertThat(entry.getUpdatedDate()).isEqualTo(entry.getPublishedDate());
  }

  @Test
  void feedUpdatedIsTheNewestEntryAndEntriesAreNewestFirst() throws Exception {
    List<ReportPage> reports = List.of(
        SiteFixture.report(urls, "gkml/a/", "旧", "2023-01-01", null, "<p>a</p>"),
        SiteFixture.report(urls, "gkml/b/", "新", "2024-06-30 09:00", null, "<p>b</p>"));
    SyndFeed feed = parse(feeds(site(reports, "gkml")).get("feed.xml"));

    assertThat(feed.getPublishedDate().toInstant()).isEqualTo(java.time.Instant.parse("2024-06-30T01:00:00Z"));
    assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("新", "旧");
  }

  @Test
  void summaryFallsBackToTheFirst120CharactersOfTheBodyText() {
    String body = "<h2>一、总体情况</h2>\n<p>" + "公开".repeat(100) + "</p>";
    ReportPage report = SiteFixture.report(urls, "gkml/a/", "标题", "2024-01-01", null, body);

    String summary = AtomFeedWriter.summary(report);
    assertThat(summary).startsWith("一、总体情况 公开公开").endsWith("…");
    assertThat(summary.codePointCount(0, summary.length())).isEqualTo(AtomFeedWriter.SUMMARY_LENGTH + 1);
  }

  @Test
  void feedsHoldTheLatestTwentyReports() throws Exception {
    List<ReportPage> reports = new ArrayList<>();
    for (int day = 1; day <= 25; day++) {
      reports.add(SiteFixture.report(urls, "gkml/r" + day + "/", "第" + day + "号", String.format("2024-01-%02d", day), null, "<p>x</p>"));
    }
    Map<String, String> feeds = feeds(site(reports, "gkml"));

    for (String path : List.of("feed.xml", "gkml/feed.xml")) {
      SyndFeed feed = parse(feeds.get(path));
      assertThat(feed.getEntries()).hasSize(AtomFeedWriter.LATEST);
      assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("第25号");
      assertThat(feed.getEntries().get(19).getTitle()).isEqualTo("第6号");
    }
  }

  @Test
  void eachSectionWithReportsHasItsOwnFeedAndEmptyOnesNone() throws Exception {
    List<ReportPage> reports = List.of(
        SiteFixture.report(urls, "gkml/a/", "目录", "2024-01-01", null, "<p>a</p>"),
        SiteFixture.report(urls, "tzgg/b/", "通知", "2024-02-01", null, "<p>b</p>"));
    Map<String, String> feeds = feeds(site(reports, "gkml", "tzgg", "empty"));

    assertThat(feeds).containsOnlyKeys("feed.xml", "gkml/feed.xml", "tzgg/feed.xml");
    SyndFeed tzgg = parse(feeds.get("tzgg/feed.xml"));
    assertThat(tzgg.getTitle()).isEqualTo("栏目tzgg - 测试局政府信息公开");
    assertThat(tzgg.getUri()).isEqualTo(BASE + "tzgg/feed.xml");
    assertThat(tzgg.getLinks()).extracting(l -> l.getRel() + " " + l.getHref())
        .containsExactlyInAnyOrder("self " + BASE + "tzgg/feed.xml", "alternate " + BASE + "tzgg/");
    assertThat(tzgg.getEntries()).extracting(SyndEntry::getTitle).containsExactly("通知");
  }

  @Test
  void siteWithoutReportsHasNoFeed() {
    assertThat(AtomFeedWriter.write(site(List.of(), "gkml"))).isEmpty();
  }

  @Test
  void markupAndControlCharactersInReportTextCannotBreakTheXml() throws Exception {
    ReportPage report = SiteFixture.report(urls, "gkml/a/", "A&B <规定> \"草案\"\u0007", "2024-01-01", "x < y & z", "<p>a</p>");
    SyndFeed feed = parse(feeds(site(List.of(report), "gkml")).get("feed.xml"));

    assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("A&B <规定> \"草案\"");
    assertThat(feed.getEntries().get(0).getDescription().getValue()).isEqualTo("x < y & z");
  }

  @Test
  void feedAuthorFallsBackToTheSiteTitleWithoutAnOrganization() throws Exception {
    ReportPage report = SiteFixture.report(urls, "gkml/a/", "标题", "2024-01-01", null, "<p>a</p>");
    Site site = SiteFixture.site(SiteFixture.config(BASE, ""), urls, List.of("gkml"), List.of(report));
    SyndFeed feed = parse(feeds(site).get("feed.xml"));

    assertThat(feed.getAuthors()).extracting(p -> p.getName()).containsExactly("测试局政府信息公开");
  }

}
