package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the sample site in {@code content/} and reads the seed report's page as a reader's browser would. */
class SampleSiteTest {
  @TempDir static Path out;
  static Document seed;

  @BeforeAll
  static void build() throws IOException {
    Build.run(new BuildOptions(TestSites.projectRoot(), out, false, null));
    seed = parse("gkml/2024/fazhi-report/index.html");
  }

  static Document parse(String path) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8), "https://www.example.gov.cn/jtj/" + path);
  }

  @Test
  void seedPageShowsItsMetadataInATableWithRowHeaders() {
    Element table = seed.selectFirst("main table.report-meta");
    assertThat(table.select("th").eachAttr("scope")).containsOnly("row");
    assertThat(row(table, "索引号")).isEqualTo("113715020044301982/2024-45222172");
    assertThat(row(table, "发布机构")).isEqualTo("东昌府区交通运输局");
    assertThat(row(table, "发布日期")).isEqualTo("2024-01-02 15:54:42");
    assertThat(table.selectFirst("time").attr("datetime")).isEqualTo("2024-01-02T15:54:42+08:00");
  }

  private static String row(Element table, String header) {
    for (Element tr : table.select("tr")) {
      if (tr.selectFirst("th").text().equals(header)) {
        return tr.selectFirst("td").text();
      }
    }
    throw new AssertionError("no row " + header);
  }

  @Test
  void seedPageTitleIsTheOnlyH1() {
    assertThat(seed.select("h1").eachText()).containsExactly("东昌府区交通运输局2023年法治政府建设情况报告");
    assertThat(seed.title()).isEqualTo("东昌府区交通运输局2023年法治政府建设情况报告 - 东昌府区交通运输局政府信息公开");
  }

  @Test
  void tableOfContentsListsEveryHeadingInOrderWithWorkingTargets() {
    Element toc = seed.selectFirst("nav.toc");
    assertThat(toc.selectFirst("h2").text()).isEqualTo("目录导读");
    List<Element> headings = seed.select(".report-body h2, .report-body h3");
    List<Element> links = toc.select("a");
    assertThat(links).extracting(Element::text).containsExactlyElementsOf(headings.stream().map(Element::text).toList());
    assertThat(links).extracting(a -> a.attr("href")).containsExactlyElementsOf(headings.stream().map(h -> "#" + h.id()).toList());
    assertThat(headings).hasSize(15);
    assertThat(headings.get(0).text()).isEqualTo("一、推进法治政府建设的主要举措和成效");
    assertThat(headings.get(1).text()).isEqualTo("(一)将法治建设纳入全局工作议事日程,总体规划、统一部署");
    for (Element heading : headings) {
      assertThat(seed.select("[id=" + heading.id() + "]")).as("elements with id %s", heading.id()).hasSize(1);
    }
  }

  @Test
  void tableOfContentsNestsSubheadingsUnderTheirHeading() {
    Element first = seed.selectFirst("nav.toc > ol > li");
    assertThat(first.selectFirst("a").text()).isEqualTo("一、推进法治政府建设的主要举措和成效");
    assertThat(first.select("> ol > li")).hasSize(6);
    assertThat(seed.select("nav.toc > ol > li")).hasSize(4);
  }

  @Test
  void breadcrumbLeadsFromThePortalThroughTheDisclosureHomeToTheSection() {
    Element nav = seed.selectFirst("nav.breadcrumb");
    assertThat(nav.attr("aria-label")).isEqualTo("当前位置");
    assertThat(nav.select("li > a")).extracting(Element::text).containsExactly("首页", "政府信息公开", "法定主动公开内容");
    assertThat(nav.select("li > a")).extracting(a -> a.attr("href"))
        .containsExactly("https://www.example.gov.cn/", "/jtj/", "/jtj/gkml/");
  }

  @Test
  void everyPageDeclaresChineseHasOneMainAndStartsWithASkipLink() throws IOException {
    for (String path : List.of("index.html", "gkml/index.html", "tzgg/index.html", "gkml/2024/fazhi-report/index.html", "404.html")) {
      Document page = parse(path);
      assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("zh-CN");
      assertThat(page.select("main")).as(path).hasSize(1);
      Element firstFocusable = page.body().selectFirst("a[href], button, input, select, textarea");
      assertThat(firstFocusable.hasClass("skip-link")).as(path).isTrue();
      assertThat(firstFocusable.attr("href")).isEqualTo("#" + page.selectFirst("main").id());
    }
  }

  @Test
  void seedBodyKeepsTheRestoredFirstSubheadingAndTheLastParagraph() {
    assertThat(seed.select(".report-body h3").first().text()).startsWith("(一)将法治建设");
    assertThat(seed.select(".report-body p").last().text())
        .isEqualTo("4、加强执法监督,提高执法水平。全面落实行政执法职责,推动跨部门、跨领域综合执法工作。积极开展执法监督,督促执法能力提升,落实责任追究。");
  }

  @Test
  void linksInsideTheSiteAreRootRelativeToTheBaseUrlPath() throws IOException {
    for (String path : List.of("index.html", "gkml/2024/fazhi-report/index.html")) {
      Document page = parse(path);
      for (Element link : page.select("a[href], link[href]")) {
        String href = link.attr("href");
        if (href.startsWith("#") || href.startsWith("https://www.example.gov.cn/") && !href.startsWith("https://www.example.gov.cn/jtj/")
            || href.equals("https://beian.miit.gov.cn/")) {
          continue;
        }
        if (link.attr("rel").equals("canonical")) {
          assertThat(href).startsWith("https://www.example.gov.cn/jtj/");
          continue;
        }
        assertThat(href).as("%s in %s", link, path).startsWith("/jtj/");
        // The address is percent-encoded (catalogue/category/%E6%B3%95…/); the file name is not.
        String target = java.net.URI.create(href).getPath().substring("/jtj/".length());
        assertThat(out.resolve(target.isEmpty() || target.endsWith("/") ? target + "index.html" : target)).as(href).isRegularFile();
      }
    }
  }

  @Test
  void sectionListShowsEachReportWithDateAndIndexNumberNewestFirst() throws IOException {
    Document list = parse("gkml/index.html");
    assertThat(list.select("h1").text()).isEqualTo("法定主动公开内容");
    assertThat(list.select(".report-list > li > a")).extracting(Element::text).containsExactly(
        "【示例】《东昌府区巡游出租汽车经营服务管理办法》政策解读",
        "【示例】东昌府区巡游出租汽车经营服务管理办法",
        "【示例】东昌府区交通运输局2023年政府信息公开工作年度报告",
        "东昌府区交通运输局2023年法治政府建设情况报告",
        "【示例】东昌府区“十四五”交通运输发展规划中期评估",
        "【示例】东昌府区巡游出租汽车经营服务管理办法（试行）");
    assertThat(list.select(".report-list > li").get(3).text()).contains("2024-01-02 15:54:42", "113715020044301982/2024-45222172");
  }

  @Test
  void seedPageLinksToItsNeighboursInTheSection() {
    assertThat(seed.selectFirst("a[rel=prev]").text()).isEqualTo("【示例】东昌府区交通运输局2023年政府信息公开工作年度报告");
    assertThat(seed.selectFirst("a[rel=next]").text()).isEqualTo("【示例】东昌府区“十四五”交通运输发展规划中期评估");
  }

  @Test
  void exampleReportListsItsAttachmentsAndBothEditionsLinkToThePublishedCopies() throws IOException {
    String report = "gkml/2024/gongkai-niandu-baogao/";
    for (String edition : List.of("", "care/")) {
      List<Element> links = parse(edition + report + "index.html").select("section.attachments li > a");
      assertThat(links).extracting(Element::text).containsExactly(
          "【示例】2023年政府信息主动公开情况统计表（文本，139 B）", "【示例】年度报告附件说明（PDF，717 B）");
      assertThat(links).extracting(a -> a.attr("href")).containsExactly(
          "/jtj/" + report + "2023%E5%B9%B4%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E7%BB%9F%E8%AE%A1%E8%A1%A8.csv",
          "/jtj/" + report + "niandu-baogao-shuoming.pdf");
    }
    for (String file : List.of("2023年公开工作统计表.csv", "niandu-baogao-shuoming.pdf")) {
      assertThat(Files.readAllBytes(out.resolve(report + file)))
          .isEqualTo(Files.readAllBytes(TestSites.projectRoot().resolve("content/gkml/2024/" + file)));
    }
  }

  @Test
  void careEditionMirrorsEveryStandardPage() {
    List<String> pages = TestSites.files(out).keySet().stream().filter(p -> p.endsWith(".html")).toList();
    List<String> standard = pages.stream().filter(p -> !p.startsWith("care/")).toList();
    List<String> care = pages.stream().filter(p -> p.startsWith("care/")).map(p -> p.substring("care/".length())).toList();
    // home, 404, 3 section lists, 9 reports, accessibility, search, and the 信息公开目录: index,
    // 6 categories, 未分类, 4 years
    assertThat(standard).hasSize(28);
    assertThat(care).containsExactlyElementsOf(standard);
  }

  @Test
  void eachEditionLinksToTheSamePageInTheOtherFromTheTopBar() throws IOException {
    Document care = parse("care/gkml/2024/fazhi-report/index.html");
    assertThat(seed.selectFirst(".topbar a:contains(关怀版)").attr("href")).isEqualTo("/jtj/care/gkml/2024/fazhi-report/");
    assertThat(care.selectFirst(".topbar a:contains(标准版)").attr("href")).isEqualTo("/jtj/gkml/2024/fazhi-report/");
    assertThat(parse("care/index.html").selectFirst(".topbar a:contains(标准版)").attr("href")).isEqualTo("/jtj/");
    assertThat(parse("404.html").selectFirst(".topbar a:contains(关怀版)").attr("href")).isEqualTo("/jtj/care/404.html");
  }

  @Test
  void carePagesAreCanonicalisedToTheStandardPage() throws IOException {
    Document care = parse("care/gkml/2024/fazhi-report/index.html");
    assertThat(care.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://www.example.gov.cn/jtj/gkml/2024/fazhi-report/");
    assertThat(seed.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://www.example.gov.cn/jtj/gkml/2024/fazhi-report/");
    // Fingerprinted names (ThemeAssets): the content hash changes whenever the file does.
    assertThat(care.select("link[rel=stylesheet]").eachAttr("href"))
        .satisfiesExactly(
            href -> assertThat(href).matches("/jtj/assets/css/site\\.[0-9a-f]{10}\\.css"),
            href -> assertThat(href).matches("/jtj/assets/css/care\\.[0-9a-f]{10}\\.css"));
    assertThat(seed.select("link[rel=stylesheet]").eachAttr("href")).containsExactly(care.select("link[rel=stylesheet]").eachAttr("href").get(0));
  }

  @Test
  void carePagesLinkWithinTheCareEdition() throws IOException {
    Document care = parse("care/gkml/2024/fazhi-report/index.html");
    assertThat(care.select("nav.breadcrumb a").eachAttr("href")).containsExactly("https://www.example.gov.cn/", "/jtj/care/", "/jtj/care/gkml/");
    assertThat(care.selectFirst("a[rel=next]").attr("href")).isEqualTo("/jtj/care/gkml/2023/jiaotong-guihua/");
  }

  @Test
  void theOnlyInlineScriptIsAllowedByItsHashInTheContentSecurityPolicy() throws Exception {
    for (String path : List.of("index.html", "gkml/2024/fazhi-report/index.html", "care/404.html")) {
      Document page = parse(path);
      List<Element> inline = page.select("script:not([src])");
      assertThat(inline).as(path).hasSize(1);
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(inline.get(0).data().getBytes(StandardCharsets.UTF_8));
      String hash = "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
      String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
      assertThat(csp).as(path).startsWith("default-src 'self'; script-src 'self' " + hash + ";");
      assertThat(page.select("[onclick], [onload], [onchange], [onkeydown]")).as(path).isEmpty();
    }
  }

  @Test
  void toolsThatNeedJavaScriptAreMarkedSoTheyHideWithoutIt() {
    // The search form's submit button is not a tool: it submits the form with or without JavaScript.
    assertThat(seed.select("button:not([type=submit])")).isNotEmpty().allSatisfy(button ->
        assertThat(button.parents().stream().anyMatch(p -> p.hasClass("needs-js"))).as(button.outerHtml()).isTrue());
    assertThat(seed.select("[data-font-size-set]")).extracting(Element::text).containsExactly("字号大", "字号中", "字号小", "字号大", "字号中", "字号小");
    assertThat(seed.select("[data-font-size-set][aria-pressed=true]")).extracting(e -> e.attr("data-font-size-set")).containsOnly("medium");
  }

  @Test
  void pagesMakeNoRequestToAnotherHost() throws IOException {
    for (var entry : TestSites.files(out).entrySet()) {
      if (!entry.getKey().endsWith(".html")) {
        continue;
      }
      Document page = Jsoup.parse(new String(entry.getValue(), StandardCharsets.UTF_8));
      assertThat(page.select("script[src], img[src], link[rel=stylesheet], iframe, video, audio, source"))
          .allSatisfy(e -> assertThat(e.attr("src") + e.attr("href")).as(entry.getKey()).startsWith("/jtj/"));
    }
  }
}
