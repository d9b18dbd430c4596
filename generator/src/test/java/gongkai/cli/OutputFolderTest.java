package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders that are links, or cannot be written: written through, or refused with nothing left behind. */
class OutputFolderTest {
  @TempDir Path tmp;
  private Path site;
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeSite() throws IOException {
    site = tmp.resolve("site");
    TestSites.copyTree(TestSites.projectRoot().resolve("themes"), site.resolve("themes"));
    write("content/site.yaml", "title: 测试局政府信息公开\nbase_url: https://www.example.gov.cn/jtj/\norganization: 测试局\n");
    write("content/gkml/2024/a.md", "---\ntitle: 报告\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n---\n\n正文。\n");
  }

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private int build(Path out) {
    err.getBuffer().setLength(0);
    return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--lang", "en", "build", "--source", site.toString(),
        "--out", out.toString());
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.count();
    }
  }

  @Test
  void anOutputThatIsALinkIsWrittenThroughAndStaysALink() throws IOException {
    Path www = Files.createDirectories(tmp.resolve("www").resolve("gk"));
    Path out = Files.createSymbolicLink(site.resolve("public"), www);

    assertThat(build(out)).as(err.toString()).isZero();
    write("content/gkml/2024/b.md", "---\ntitle: 报告二\nindex_no: 113715020044301982/2024-00002\ndate: 2024-01-03\n---\n\n正文。\n");
    assertThat(build(out)).as(err.toString()).isZero();

    assertThat(out).isSymbolicLink();
    assertThat(www.resolve("gkml/2024/a/index.html")).isRegularFile();
    assertThat(www.resolve("gkml/2024/b/index.html")).isRegularFile();
    // Stage, lock and cache sit beside the folder written, on its file system; no stage is left.
    assertThat(tmp.resolve("www").resolve(".gk.new")).doesNotExist();
    assertThat(site.resolve(".public.new")).doesNotExist();
  }

  @Test
  void anOutputThatIsALinkToNothingIsRefusedAndLeftAsItIs() throws IOException {
    Path out = Files.createSymbolicLink(site.resolve("public"), tmp.resolve("gone"));

    assertThat(build(out)).isEqualTo(Main.PROBLEMS);

    assertThat(err.toString().lines().findFirst().orElse(""))
        .isEqualTo(out + ": error: is a link to " + tmp.resolve("gone") + ", which does not exist"
            + " — create that folder (the build writes into it), or give --out a folder");
    assertThat(out).isSymbolicLink();
    assertThat(tmp.resolve("gone")).doesNotExist();
  }

  @Test
  void anOutputThatCannotBeWrittenIsAProblemAndLeavesNothingBehind() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "notes");

    assertThat(build(file.resolve("public"))).isEqualTo(Main.PROBLEMS);

    assertThat(err.toString()).doesNotContain("Exception").contains(": error: ");
    assertThat(count(tmp)).isEqualTo(2); // the site and the file, nothing beside them
  }

  @Test
  void aFailedBuildLeavesNoStageBehind() throws IOException {
    Path out = site.resolve("public");
    assertThat(build(out)).isZero();
    write("content/gkml/2024/a.md", "---\ntitle: 报告\ndate: 2024-01-02\n---\n\n正文。\n");

    assertThat(build(out)).isEqualTo(Main.PROBLEMS);

    assertThat(site.resolve(".public.new")).doesNotExist();
    assertThat(site.resolve(".public.old")).doesNotExist();
  }
}
