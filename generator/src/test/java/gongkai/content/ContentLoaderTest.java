package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.problem.BuildFailedException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
  private static final String SITE_YAML = "title: 示例\nbase_url: https://www.example.gov.cn/\n";

  @TempDir Path site;

  private void write(String relativePath, String text) throws IOException {
    write(relativePath, text.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String relativePath, byte[] bytes) throws IOException {
    Path file = site.resolve("content").resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  @Test
  void filesComeInSlashPathOrderWhateverTheirCreationOrder() throws IOException {
    write("site.yaml", SITE_YAML);
    for (String path : new String[] {"tzgg/2024/b.md", "gkml/a.md", "gkml/2024/z.md", "gkml-old/a.md", "gkml/2023/y.md", "gkml/2024/a.md", "Gkml/a.md"}) {
      write(path, "---\n---\n");
    }

    SourceFiles files = new ContentLoader(site).load();

    assertThat(files.reports())
        .extracting(SourceFile::relativePath)
        .containsExactly("Gkml/a.md", "gkml-old/a.md", "gkml/2023/y.md", "gkml/2024/a.md", "gkml/2024/z.md", "gkml/a.md", "tzgg/2024/b.md");
  }

  @Test
  void sectionPagesAreSeparatedFromReports() throws IOException {
    write("site.yaml", SITE_YAML);
    write("tzgg/_index.md", "---\ntitle: 通知公告\n---\n");
    write("gkml/_index.md", "---\ntitle: 政府信息公开目录\n---\n");
    write("gkml/a.md", "---\n---\n");

    SourceFiles files = new ContentLoader(site).load();

    assertThat(files.sectionPages()).extracting(SourceFile::relativePath).containsExactly("gkml/_index.md", "tzgg/_index.md");
    assertThat(files.reports()).extracting(SourceFile::relativePath).containsExactly("gkml/a.md");
  }

  @Test
  void hiddenFilesAndFoldersAndOtherFilesAreSkipped() throws IOException {
    write("site.yaml", SITE_YAML);
    write("gkml/a.md", "---\n---\n");
    write("gkml/.a.md.swp.md", "x");
    write(".drafts/b.md", "x");
    write("gkml/.git/c.md", "x");
    write("gkml/附件1.pdf", "%PDF");
    write("gkml/readme.txt", "x");
    write("gkml/a.markdown", "x");

    SourceFiles files = new ContentLoader(site).load();

    assertThat(files.reports()).extracting(SourceFile::relativePath).containsExactly("gkml/a.md");
    assertThat(files.sectionPages()).isEmpty();
  }

  @Test
  void filesAreDecodedAndNamedForProblems() throws IOException {
    write("site.yaml", "\uFEFF" + SITE_YAML.replace("\n", "\r\n"));
    write("gkml/2024/年度报告.md", "---\r\ntitle: 年度报告\r\n---\r\n正文\r\n");

    SourceFiles files = new ContentLoader(site).load();

    SourceFile report = files.reports().get(0);
    assertThat(report.path()).isEqualTo(site.resolve("content/gkml/2024/年度报告.md"));
    assertThat(report.displayPath()).isEqualTo(Path.of("content", "gkml", "2024", "年度报告.md"));
    assertThat(report.relativePath()).isEqualTo("gkml/2024/年度报告.md");
    assertThat(report.text()).isEqualTo("---\ntitle: 年度报告\n---\n正文\n");
    assertThat(report.folders()).containsExactly("gkml", "2024");
    assertThat(report.baseName()).isEqualTo("年度报告");
    assertThat(files.siteConfig().relativePath()).isEqualTo("site.yaml");
    assertThat(files.siteConfig().text()).isEqualTo(SITE_YAML);
  }

  @Test
  void missingSiteYamlIsAProblem() throws IOException {
    write("gkml/a.md", "---\n---\n");

    assertThatThrownBy(() -> new ContentLoader(site).load())
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems())
                .extracting(Object::toString)
                .containsExactly("content/site.yaml: error: site settings not found — create content/site.yaml with at least title and base_url, or pass --source"));
  }

  @Test
  void missingContentFolderIsAMissingSiteYaml() {
    assertThatThrownBy(() -> new ContentLoader(site).load())
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems())
                .extracting(Object::toString)
                .containsExactly("content/site.yaml: error: site settings not found — create content/site.yaml with at least title and base_url, or pass --source"));
  }

  @Test
  void everyFileThatIsNotUtf8IsReportedAtOnce() throws IOException {
    Charset gbk = Charset.forName("GBK");
    write("site.yaml", ("title: 示例\nbase_url: https://www.example.gov.cn/\norganization: 示例市交通运输局\n").getBytes(gbk));
    write("tzgg/c.md", "---\ntitle: 停车公告\n---\n".getBytes(gbk));
    write("gkml/a.md", "---\n---\n");
    write("gkml/b.md", "---\ntitle: ok\n---\n\n正文".getBytes(gbk));

    String fix = " — convert it: iconv -f GBK -t UTF-8 ";
    assertThatThrownBy(() -> new ContentLoader(site).load())
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems())
                .extracting(Object::toString)
                .containsExactly(
                    "content/gkml/b.md:5:1: error: file is GBK text, not UTF-8" + fix
                        + "content/gkml/b.md > b.md.utf8 && mv b.md.utf8 content/gkml/b.md",
                    "content/site.yaml:1:9: error: file is GBK text, not UTF-8" + fix
                        + "content/site.yaml > site.yaml.utf8 && mv site.yaml.utf8 content/site.yaml",
                    "content/tzgg/c.md:2:9: error: file is GBK text, not UTF-8" + fix
                        + "content/tzgg/c.md > c.md.utf8 && mv c.md.utf8 content/tzgg/c.md"));
  }

  @Test
  void aFileThatIsNotUtf8IsLeftOutAndTheOthersAreRead() throws IOException {
    write("site.yaml", SITE_YAML);
    write("gkml/a.md", "---\ntitle: ok\n---\n");
    write("gkml/b.md", "---\ntitle: 标题\n---\n".getBytes(Charset.forName("GBK")));
    gongkai.problem.Problems problems = new gongkai.problem.Problems();

    SourceFiles files = new ContentLoader(site).load(problems);

    assertThat(files.reports()).extracting(SourceFile::relativePath).containsExactly("gkml/a.md");
    assertThat(problems.sorted()).extracting(Object::toString).singleElement().asString()
        .startsWith("content/gkml/b.md:2:8: error: file is GBK text, not UTF-8");
  }
}
