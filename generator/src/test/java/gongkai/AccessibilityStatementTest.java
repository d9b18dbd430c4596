package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accessibility statement ({@code accessibility/}) in both editions: the standards, what is
 * tested, and a contact block showing only what site.yaml's {@code accessibility:} sets.
 */
class AccessibilityStatementTest {
  private static Path build(Path tmp, String siteYaml) throws IOException {
    Path site = TestSites.assemble(TestSites.testResources().resolve("sites/english/content"), tmp.resolve("site"));
    if (siteYaml != null) {
      Files.writeString(site.resolve("content/site.yaml"), siteYaml);
    }
    Path out = tmp.resolve("public");
    Build.run(new BuildOptions(site, out, false, null));
    return out;
  }

  private static Document page(Path out, String path) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(path)));
  }

  @Test
  void sampleStatementNamesTheStandardsAndEveryContactSetting(@TempDir Path out) throws IOException {
    Build.run(new BuildOptions(TestSites.projectRoot(), out, false, null));
    for (String path : List.of("accessibility/index.html", "care/accessibility/index.html")) {
      Document doc = page(out, path);

      assertThat(doc.selectFirst("h1").text()).isEqualTo("无障碍声明");
      assertThat(doc.select("h2").eachText()).containsExactly("遵循的标准", "如何检查", "已知的不足", "反馈问题");
      assertThat(doc.text()).contains("WCAG）2.2 AA 级", "GB/T 37668-2019", "AAA 级", "axe-core", "320 像素");
      assertThat(doc.select(".statement-contact a[href]").eachAttr("href")).containsExactly("mailto:wza@example.gov.cn");
      assertThat(doc.select(".statement-contact li").eachText()).containsExactly("电子邮箱：wza@example.gov.cn", "电话：0635-0000001");
      assertThat(doc.text()).contains("我们将在 15 个工作日内答复。", "本声明最近一次审核日期：2026-11-01。");
    }
  }

  @Test
  void contactBlockShowsOnlyWhatIsSet(@TempDir Path tmp) throws IOException {
    Path out = build(tmp, null); // the English fixture sets email and response_days only
    Document doc = page(out, "accessibility/index.html");

    assertThat(doc.select(".statement-contact li").eachText()).containsExactly("Email: access@example.gov.cn");
    assertThat(doc.selectFirst(".statement-contact a").attr("href")).isEqualTo("mailto:access@example.gov.cn");
    assertThat(doc.text()).contains("We will reply within 10 working days.", "WCAG) 2.2 at level AA", "GB/T 37668-2019");
    assertThat(doc.select(".statement-reviewed")).isEmpty();
    assertThat(doc.text()).doesNotContain("reviewed");
  }

  @Test
  void withoutContactSettingsTheStatementPointsAtTheFooter(@TempDir Path tmp) throws IOException {
    Path out = build(tmp, "title: Example\nbase_url: https://www.example.gov.cn/\nlanguage: en\nsections: [reports]\n");
    Document doc = page(out, "accessibility/index.html");

    assertThat(doc.select(".statement-contact")).isEmpty();
    assertThat(doc.text()).contains("using the contact details at the bottom of the page").doesNotContain("working days", "reviewed on");
  }

  @Test
  void everyPageOfBothEditionsLinksTheStatementOfItsEdition(@TempDir Path tmp) throws IOException {
    Path out = build(tmp, null);
    List<String> missing = new ArrayList<>();
    TestSites.files(out).forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        String expected = path.startsWith("care/") ? "/transport/care/accessibility/" : "/transport/accessibility/";
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        if (doc.select("footer a[href=" + expected + "]").isEmpty()) {
          missing.add(path);
        }
      }
    });
    assertThat(missing).isEmpty();
  }
}
