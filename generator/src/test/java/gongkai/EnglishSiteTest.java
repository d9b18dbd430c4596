package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: en} in site.yaml gives English pages: the fixture's content is English, so any
 * Chinese left on a page is UI text that did not come from en.yaml.
 */
class EnglishSiteTest {
  @TempDir static Path tmp;
  static Path out;

  @BeforeAll
  static void build() {
    Path site = TestSites.assemble(TestSites.testResources().resolve("sites/english/content"), tmp.resolve("site"));
    out = tmp.resolve("public");
    Build.run(new BuildOptions(site, out, false, null));
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(path)), "https://www.example.gov.cn/transport/");
  }

  @Test
  void everyPageIsInEnglishWithoutAnyChinese() {
    List<String> chinese = new ArrayList<>();
    int pages = 0;
    for (Map.Entry<String, byte[]> file : TestSites.files(out).entrySet()) {
      if (!file.getKey().endsWith(".html")) {
        continue;
      }
      pages++;
      Document doc = Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8));
      assertThat(doc.selectFirst("html").attr("lang")).as(file.getKey()).isEqualTo("en");
      // Visible text and the attributes screen readers and scripts read out.
      StringBuilder text = new StringBuilder(doc.text());
      for (Element e : doc.getAllElements()) {
        e.attributes().forEach(a -> {
          if (a.getKey().startsWith("aria-") || a.getKey().startsWith("data-") || a.getKey().equals("title")) {
            text.append(' ').append(a.getValue());
          }
        });
      }
      text.codePoints()
          .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF)
          .findFirst()
          .ifPresent(c -> chinese.add(file.getKey() + ": " + Character.toString(c)));
    }
    assertThat(pages).isEqualTo(22);
    assertThat(chinese).isEmpty();
  }

  @Test
  void reportPageShowsEnglishLabels() throws IOException {
    Document report = page("reports/2024/annual/index.html");

    assertThat(report.select(".report-meta th").eachText()).containsExactly("Index number", "Publisher", "Date published", "Subject category", "Keywords");
    assertThat(report.select(".report-meta td").get(4).text()).isEqualTo("annual report; transport");
    assertThat(report.selectFirst(".skip-link").text()).isEqualTo("Skip to main content");
    assertThat(report.selectFirst(".toc h2").text()).isEqualTo("Contents");
    assertThat(report.selectFirst(".pager-label").text()).isEqualTo("Previous:");
    assertThat(report.selectFirst(".site-footer p").text()).isEqualTo("Run by: Example Transport Bureau");
    assertThat(report.selectFirst(".page-qr figcaption").text()).startsWith("Scan to read this page on a phone");
  }

  @Test
  void homePageCountsReportsInEnglishBrackets() throws IOException {
    Document home = page("index.html");

    assertThat(home.select("h2").eachText()).containsExactly("Sections", "Latest", "Disclosure catalogue");
    assertThat(home.selectFirst(".section-count").text()).isEqualTo("(2)");
  }

  @Test
  void careEditionUsesItsOwnEnglishStrings() throws IOException {
    Document care = page("care/index.html");

    assertThat(care.selectFirst(".skip-link").text()).isEqualTo("Skip to the main content");
    assertThat(care.selectFirst(".topbar-nav a").text()).isEqualTo("Standard edition");
  }

  @Test
  void everyPageIsValidHtml() {
    List<String> problems = new ArrayList<>();
    TestSites.files(out).forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        HtmlChecker.errors(new String(bytes, StandardCharsets.UTF_8)).forEach(error -> problems.add(path + ":" + error));
      }
    });
    assertThat(problems).isEmpty();
  }
}
