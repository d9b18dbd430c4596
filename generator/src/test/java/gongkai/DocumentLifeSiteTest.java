package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the sample site and follows a document's life through it: the repealed 试行办法, the 办法
 * that replaced it and that 办法's 政策解读, each linked from the other in both editions.
 */
class DocumentLifeSiteTest {
  static final String OLD = "gkml/2021/chuzuche-guanli-banfa/";
  static final String NEW = "gkml/2024/chuzuche-guanli-banfa/";
  static final String JIEDU = "gkml/2024/chuzuche-guanli-banfa-jiedu/";

  @TempDir static Path out;

  @BeforeAll
  static void build() {
    Build.run(new BuildOptions(TestSites.projectRoot(), out, false, null));
  }

  static Document parse(String path) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(path + "index.html"), StandardCharsets.UTF_8), "https://www.example.gov.cn/jtj/" + path);
  }

  /** The site path a root-relative link of the sample site (base path /jtj/) leads to. */
  static String target(Element link) {
    return link.attr("href").substring("/jtj/".length());
  }

  @Test
  void repealedDocumentShowsANoticeLandmarkWithItsHeadingAndTheSuccessor() throws IOException {
    for (String edition : new String[] {"", "care/"}) {
      Document old = parse(edition + OLD);
      Element notice = old.selectFirst("article > section.validity-notice");
      assertThat(notice).as(edition).isNotNull();
      assertThat(notice.attr("role")).isEqualTo("note");
      assertThat(notice.attr("aria-labelledby")).isEqualTo(notice.selectFirst("h2").id());
      assertThat(notice.selectFirst("h2").text()).isEqualTo("本文件已废止");
      // The notice comes first in the article, before the metadata and the title.
      assertThat(old.selectFirst("article").child(0)).isEqualTo(notice);
      assertThat(target(notice.selectFirst("a"))).isEqualTo(edition + NEW);
      assertThat(row(old, "有效性")).isEqualTo("废止");
    }
  }

  @Test
  void successorAndRepealedDocumentLinkEachOtherInBothEditions() throws IOException {
    for (String edition : new String[] {"", "care/"}) {
      Element toNew = parse(edition + OLD).selectFirst("section.related li:contains(替代文件) a");
      assertThat(target(toNew)).isEqualTo(edition + NEW);
      Document successor = parse(target(toNew));
      assertThat(successor.selectFirst("section.validity-notice")).isNull();
      Element back = successor.selectFirst("section.related li:contains(被替代文件) a");
      assertThat(target(back)).isEqualTo(edition + OLD);
      assertThat(back.text()).isEqualTo("【示例】东昌府区巡游出租汽车经营服务管理办法（试行）");
    }
  }

  @Test
  void policyAndItsInterpretationLinkEachOtherThoughOnlyTheInterpretationNamesThePolicy() throws IOException {
    for (String edition : new String[] {"", "care/"}) {
      Document jiedu = parse(edition + JIEDU);
      Element policy = jiedu.selectFirst("section[aria-labelledby=related-documents] li:contains(解读的文件) a");
      assertThat(target(policy)).isEqualTo(edition + NEW);
      Document explained = parse(target(policy));
      Element section = explained.selectFirst("section[aria-labelledby=related-interpretations]");
      assertThat(section.selectFirst("h2").text()).isEqualTo("相关解读");
      assertThat(section.select("a")).hasSize(1);
      assertThat(target(section.selectFirst("a"))).isEqualTo(edition + JIEDU);
    }
  }

  @Test
  void updatedIsShownBesideTheDateAndRevisionsAsTheirOwnList() throws IOException {
    Document page = parse(NEW);
    assertThat(page.select("table.report-meta th").eachText()).containsSubsequence("发布日期", "更新日期");
    assertThat(row(page, "更新日期")).isEqualTo("2024-06-20");
    Element revisions = page.selectFirst("section.revisions");
    assertThat(revisions.selectFirst("h2").text()).isEqualTo("修订记录");
    assertThat(revisions.select("li").eachText()).containsExactly("2024-06-20：更正第三章中的投诉电话。");
  }

  @Test
  void listsSearchSitemapAndFeedsTellTheDocumentsLife() throws IOException {
    Element item = parse("gkml/").selectFirst("li:has(a[href=/jtj/" + OLD + "])");
    assertThat(item.selectFirst(".validity-mark").text()).isEqualTo("（废止）");
    assertThat(parse("gkml/").select("li:has(a[href=/jtj/" + NEW + "]) .validity-mark")).isEmpty();

    String sitemap = Files.readString(out.resolve("sitemap.xml"));
    assertThat(sitemap).contains("<loc>https://www.example.gov.cn/jtj/" + NEW + "</loc><lastmod>2024-06-20T00:00:00+08:00</lastmod>");

    Document feed = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
    Element entry = feed.select("entry").stream()
        .filter(e -> e.selectFirst("id").text().endsWith(NEW)).findFirst().orElseThrow();
    assertThat(entry.selectFirst("updated").text()).isEqualTo("2024-06-20T00:00:00+08:00");
    assertThat(entry.selectFirst("published").text()).isEqualTo("2024-05-10T00:00:00+08:00");

    String documents;
    try (var files = Files.list(out.resolve("search-index"))) {
      documents = files.filter(f -> f.getFileName().toString().startsWith("docs-"))
          .map(f -> { try { return Files.readString(f); } catch (IOException e) { throw new java.io.UncheckedIOException(e); } })
          .reduce("", String::concat);
    }
    assertThat(documents).contains("\"p\":\"" + OLD + "\"").contains("\"v\":\"废止\"");
  }

  private static String row(Document page, String label) {
    return page.selectFirst("table.report-meta tr:has(th:containsOwn(" + label + ")) td").text();
  }
}
