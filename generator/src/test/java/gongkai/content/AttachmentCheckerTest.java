package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments next to a report in a real folder; the invalid sites cover each kind of mistake end to end. */
class AttachmentCheckerTest {
  @TempDir Path site;
  private Path content;
  private Path folder;
  private final Problems problems = new Problems();

  @BeforeEach
  void createReportFolder() throws IOException {
    content = site.resolve("content");
    folder = Files.createDirectories(content.resolve("gkml/2024"));
  }

  /** Checks the attachments listed, one per line, as {@code - file: …} items. */
  private List<AttachmentFile> check(String... files) {
    StringBuilder yaml = new StringBuilder("title: 标题\nattachments:\n");
    for (String file : files) {
      yaml.append("  - file: '").append(file).append("'\n");
    }
    Path display = Path.of("content/gkml/2024/a.md");
    SourceFile report = new SourceFile(folder.resolve("a.md"), display, "gkml/2024/a.md", "");
    YamlMapping mapping = YamlMapping.parse(yaml.toString(), display, 2);
    List<Attachment> listed = List.of(files).stream().map(f -> new Attachment(f, null)).toList();
    return new AttachmentChecker(new ReportFolder(content)).check(report, listed, mapping, problems);
  }

  private List<String> problemLines() {
    return problems.sorted().stream().map(Object::toString).toList();
  }

  @Test
  void foundFileCarriesItsPathSourceSizeAndType() throws IOException {
    Path file = Files.write(Files.createDirectories(folder.resolve("附件")).resolve("统计表.xlsx"), new byte[12_595]);

    List<AttachmentFile> found = check("./附件//统计表.xlsx");

    assertThat(problemLines()).isEmpty();
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.path()).isEqualTo("附件/统计表.xlsx");
      assertThat(a.source()).isEqualTo(folder.resolve("附件/统计表.xlsx"));
      assertThat(Files.isSameFile(a.source(), file)).isTrue();
      assertThat(a.size()).isEqualTo(12_595);
      assertThat(a.type()).isEqualTo("Excel");
      assertThat(a.title()).isEqualTo("统计表.xlsx");
    });
  }

  @Test
  void eachProblemIsReportedAtItsOwnItemLine() throws IOException {
    Files.writeString(folder.resolve("plan.pdf"), "%PDF");

    List<AttachmentFile> found = check("plan.pdf", "missing.pdf", "plan.pdf");

    assertThat(found).extracting(AttachmentFile::path).containsExactly("plan.pdf");
    assertThat(problemLines()).containsExactly(
        "content/gkml/2024/a.md:5:1: error: attachment 'missing.pdf' not found next to the report — put the file in content/gkml/2024/ or fix the name",
        "content/gkml/2024/a.md:6:1: error: attachment 'plan.pdf' is listed twice — list each file once");
  }

  @Test
  void missingFileInASubfolderNamesThatFolder() {
    check("附件/plan.pdf");

    assertThat(problemLines()).containsExactly(
        "content/gkml/2024/a.md:4:1: error: attachment '附件/plan.pdf' not found next to the report — put the file in content/gkml/2024/附件/ or fix the name");
  }

  @Test
  void fileNamedIndexHtmlWouldReplaceThePageAndIsAProblem() throws IOException {
    Files.writeString(folder.resolve("index.html"), "<p>");

    assertThat(check("index.html")).isEmpty();
    assertThat(problemLines()).containsExactly(
        "content/gkml/2024/a.md:4:1: error: attachment 'index.html' would replace the report's page, which is index.html in the same folder — rename the file");
  }

  @Test
  void backslashBetweenFoldersIsAProblem() {
    check("附件\\plan.pdf");

    assertThat(problemLines()).containsExactly(
        "content/gkml/2024/a.md:4:1: error: attachment '附件\\plan.pdf' uses '\\' between folders — write '附件/plan.pdf'");
  }

  @Test
  void windowsDrivePathIsAnAbsolutePath() {
    check("D:/公文/plan.pdf");

    assertThat(problemLines()).containsExactly(
        "content/gkml/2024/a.md:4:1: error: attachment 'D:/公文/plan.pdf' is an absolute path — copy the file into content/gkml/2024/ and write 'plan.pdf'");
  }

  @Test
  void pathUpAndBackIntoTheReportFolderIsStillOutsideIt() throws IOException {
    Files.writeString(folder.resolve("plan.pdf"), "%PDF");

    check("../2024/plan.pdf");

    assertThat(problemLines()).containsExactly(
        "content/gkml/2024/a.md:4:1: error: attachment '../2024/plan.pdf' is outside the report's folder — copy the file into content/gkml/2024/ and write 'plan.pdf'");
  }

  @Test
  void linkToAFileInsideContentIsFollowed() throws IOException {
    Path shared = Files.writeString(Files.createDirectories(content.resolve("shared")).resolve("form.docx"), "docx");
    Files.createSymbolicLink(folder.resolve("form.docx"), folder.relativize(shared));

    List<AttachmentFile> found = check("form.docx");

    assertThat(problemLines()).isEmpty();
    assertThat(found).singleElement().satisfies(a -> assertThat(a.size()).isEqualTo(4));
  }

  @Test
  void linkToAFolderOutsideContentIsAProblem() throws IOException {
    Path outside = Files.createDirectories(site.resolve("outside"));
    Files.writeString(outside.resolve("key.txt"), "secret");
    Files.createSymbolicLink(folder.resolve("files"), folder.relativize(outside));

    check("files/key.txt");

    assertThat(problemLines()).containsExactly(
        "content/gkml/2024/a.md:4:1: error: attachment 'files/key.txt' is a link to a file outside content/ — copy the file itself into content/gkml/2024/");
  }
}
