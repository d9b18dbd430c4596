package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.problem.BuildFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {
  private static final String REPORT = "---\r\ntitle: 甲\r\n---\r\n正文。\r\n";

  @TempDir Path root;

  @Test
  void textLetGoIsReadAgainFromTheFile() throws IOException {
    SourceFile file = read(REPORT);

    file.forget();

    assertThat(file.text()).isEqualTo("---\ntitle: 甲\n---\n正文。\n");
  }

  @Test
  void fileChangedSinceItWasReadIsAProblemAtTheFile() throws IOException {
    SourceFile file = read(REPORT);
    Files.writeString(root.resolve("a.md"), REPORT + "新增。\n", StandardCharsets.UTF_8);

    file.forget();

    assertThatThrownBy(file::text)
        .isInstanceOf(BuildFailedException.class)
        .hasMessageContaining("content/gkml/a.md")
        .hasMessageContaining("changed while the site was being built");
  }

  @Test
  void fileDeletedSinceItWasReadIsAProblemAtTheFile() throws IOException {
    SourceFile file = read(REPORT);
    Files.delete(root.resolve("a.md"));

    file.forget();

    assertThatThrownBy(file::text).isInstanceOf(BuildFailedException.class).hasMessageContaining("content/gkml/a.md");
  }

  @Test
  void parsedReportReadsItsBodyFromItsFilesTextReadAgain() throws IOException {
    Files.createDirectories(root.resolve("content/gkml"));
    Files.writeString(root.resolve("content/site.yaml"), "title: 示例\nbase_url: https://www.example.gov.cn/\n", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("content/gkml/a.md"),
        "---\ntitle: 甲\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n---\n## 一、概述\n\n正文。\n", StandardCharsets.UTF_8);
    Report report = ContentParser.parse(new ContentLoader(root).load(), null).reports().get(0);

    report.source().forget();

    assertThat(report.markdown()).isEqualTo("## 一、概述\n\n正文。\n");
    assertThat(report.bodyFirstLine()).isEqualTo(6);
  }

  private SourceFile read(String text) throws IOException {
    Path path = root.resolve("a.md");
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return SourceFile.read(path, Path.of("content/gkml/a.md"), "gkml/a.md");
  }
}
