package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code sites/attachments} fixture built: its report lists a picture in a subfolder with a
 * Chinese name and a PDF without a title; a draft lists a text file.
 */
class AttachmentsTest {
  static final String REPORT = "gkml/2024/xiangmu-jihua/";

  @TempDir Path tmp;
  Path site;
  Path out;

  @BeforeEach
  void build() {
    site = TestSites.assemble(TestSites.testResources().resolve("sites/attachments/content"), tmp.resolve("site"));
    out = tmp.resolve("public");
    Build.run(new BuildOptions(site, out, false, null));
  }

  private Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(path + "index.html"), StandardCharsets.UTF_8));
  }

  private Path source(String file) {
    return site.resolve("content/gkml/2024").resolve(file);
  }

  @Test
  void attachmentsAreCopiedByteForByteBesideTheReportPageKeepingTheirSubfolders() throws IOException {
    assertThat(Files.readAllBytes(out.resolve(REPORT + "附件/现场照片.png"))).isEqualTo(Files.readAllBytes(source("附件/现场照片.png")));
    assertThat(Files.readAllBytes(out.resolve(REPORT + "jihua.pdf"))).isEqualTo(Files.readAllBytes(source("jihua.pdf")));
  }

  @Test
  void pageListsEachAttachmentWithItsTypeAndSizeInFrontMatterOrder() throws IOException {
    Element section = page(REPORT).selectFirst("section.attachments");

    assertThat(section.attr("aria-labelledby")).isEqualTo("attachments");
    assertThat(section.selectFirst("h2#attachments").text()).isEqualTo("附件");
    assertThat(section.select("ol > li > a")).extracting(Element::text)
        .containsExactly("【示例】项目现场照片（图片，69 B）", "jihua.pdf（PDF，717 B）");
  }

  @Test
  void bothEditionsLinkToTheOneCopyAndEveryLinkResolvesToAFile() throws IOException {
    List<String> standard = page(REPORT).select("section.attachments a").eachAttr("href");
    List<String> care = page("care/" + REPORT).select("section.attachments a").eachAttr("href");

    assertThat(standard).containsExactly(
        "/jtj/gkml/2024/xiangmu-jihua/%E9%99%84%E4%BB%B6/%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png",
        "/jtj/gkml/2024/xiangmu-jihua/jihua.pdf");
    assertThat(care).isEqualTo(standard);
    for (String href : standard) {
      String path = URLDecoder.decode(href.substring("/jtj/".length()), StandardCharsets.UTF_8);
      assertThat(out.resolve(path)).as(href).isRegularFile();
    }
    assertThat(out.resolve("care/" + REPORT)).isDirectory();
    try (var careFiles = Files.list(out.resolve("care/" + REPORT))) {
      assertThat(careFiles.map(p -> p.getFileName().toString())).containsExactly("index.html");
    }
  }

  @Test
  void pageWithoutAttachmentsHasNoAttachmentsSection() throws IOException {
    assertThat(page("gkml/").select("section.attachments")).isEmpty();
  }

  @Test
  void attachmentsOfADraftAreNotPublished() {
    assertThat(TestSites.files(out).keySet()).noneMatch(path -> path.contains("caogao"));
  }

  @Test
  void rebuildLeavesUnchangedAttachmentsUntouchedAndRemovesOnesNoLongerListed() throws IOException {
    Path pdf = out.resolve(REPORT + "jihua.pdf");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(pdf, old);
    Path report = source("xiangmu-jihua.md");
    Files.writeString(report, Files.readString(report).replace("  - file: 附件/现场照片.png\n    title: 【示例】项目现场照片\n", ""));

    Build.run(new BuildOptions(site, out, false, null));

    assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(old);
    assertThat(out.resolve(REPORT + "附件")).doesNotExist();
  }
}
