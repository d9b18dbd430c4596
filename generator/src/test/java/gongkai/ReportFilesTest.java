package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code sites/report-files} fixture built: its report shows a 40 × 30 PNG twice (by two
 * spellings of one path) and an SVG, and links to a CSV, to page 2 of a PDF, to another page and to
 * one of its own headings.
 */
class ReportFilesTest {
  static final String REPORT = "gkml/2024/keyun-tongji/";
  static final String PNG = "/jtj/gkml/2024/keyun-tongji/%E5%9B%BE%E8%A1%A8/%E5%AE%A2%E8%BF%90%E9%87%8F.png";

  @TempDir Path tmp;
  Path site;
  Path out;

  @BeforeEach
  void build() {
    site = TestSites.assemble(TestSites.testResources().resolve("sites/report-files/content"), tmp.resolve("site"));
    out = tmp.resolve("public");
    Build.run(new BuildOptions(site, out, false, null));
  }

  private Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(path + "index.html"), StandardCharsets.UTF_8));
  }

  @Test
  void imagesAndLinkedFilesAreCopiedByteForByteBesideTheReportPageOnly() throws IOException {
    for (String file : List.of("图表/客运量.png", "logo.svg", "统计表.csv", "baogao.pdf")) {
      assertThat(out.resolve(REPORT + file)).as(file).exists();
      assertThat(Files.readAllBytes(out.resolve(REPORT + file)))
          .isEqualTo(Files.readAllBytes(site.resolve("content/gkml/2024").resolve(file)));
    }
    try (var careFiles = Files.list(out.resolve("care/" + REPORT))) {
      assertThat(careFiles.map(p -> p.getFileName().toString())).containsExactly("index.html");
    }
  }

  @Test
  void imagesCarryTheirPixelSizeWhenTheFormatIsKnown() throws IOException {
    List<Element> images = page(REPORT).select(".report-body img");

    assertThat(images).extracting(i -> i.attr("src") + " " + i.attr("width") + "x" + i.attr("height"))
        .containsExactly(PNG + " 40x30", PNG + " 40x30", "/jtj/gkml/2024/keyun-tongji/logo.svg x");
    assertThat(images.get(0).attr("alt")).isEqualTo("2024年客运量示意图");
    assertThat(images.get(0).attr("title")).isEqualTo("客运量");
  }

  @Test
  void fileLinksPointAtTheOneCopyInBothEditionsAndPageLinksStayAsWritten() throws IOException {
    List<String> standard = page(REPORT).select(".report-body a").eachAttr("href");
    List<String> care = page("care/" + REPORT).select(".report-body a").eachAttr("href");

    assertThat(standard).containsExactly(
        "/jtj/gkml/2024/keyun-tongji/%E7%BB%9F%E8%AE%A1%E8%A1%A8.csv",
        "/jtj/gkml/2024/keyun-tongji/baogao.pdf#page=2",
        "../../",
        "#客运量");
    assertThat(care).isEqualTo(standard);
    assertThat(page("care/" + REPORT).select(".report-body img").eachAttr("src")).contains(PNG);
    for (String href : standard.subList(0, 2)) {
      String path = URLDecoder.decode(href.substring("/jtj/".length()).replaceAll("#.*", ""), StandardCharsets.UTF_8);
      assertThat(out.resolve(path)).as(href).isRegularFile();
    }
  }
}
