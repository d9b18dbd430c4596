package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import gongkai.TestSites;
import gongkai.problem.Language;
import gongkai.problem.MessageCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuildCommandTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
  /** sitemap.xml, robots.txt, feed.xml, gkml/feed.xml and schema/front-matter.schema.json, beside the pages. */
  private static final int MACHINE_FILES = 5;
  /** search-index/: meta.json, one chunk of documents and the smallest number of term shards (16). */
  private static final int SEARCH_INDEX_FILES = 18;
  private static final String REPORT =
      "---\ntitle: 2023年法治政府建设情况报告\nindex_no: 113715020044301982/2024-45222172\ndate: 2024-01-02 15:54:42\n---\n\n正文。\n";

  @TempDir Path tmp;

  private Path site;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeMinimalSite() throws IOException {
    site = tmp.resolve("site");
    TestSites.copyTree(TestSites.projectRoot().resolve("themes"), site.resolve("themes"));
    write("content/site.yaml", "title: 测试局政府信息公开\nbase_url: https://www.example.gov.cn/jtj/\norganization: 测试局\n");
    write("content/gkml/2024/a.md", REPORT);
  }

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(new PrintWriter(out), new PrintWriter(err), english(args));
  }

  /** Both editions share one assets/ folder, so an asset path is written once. */
  private int assetCount() {
    Set<String> paths = new TreeSet<>();
    for (String theme : List.of("standard", "care")) {
      paths.addAll(TestSites.files(site.resolve("themes").resolve(theme).resolve("assets")).keySet());
    }
    return paths.size();
  }

  private static Map<String, String> snapshot(Path dir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(
            dir.relativize(p).toString().replace('\\', '/'),
            Files.getLastModifiedTime(p) + " " + new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void age(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        Files.setLastModifiedTime(p, LONG_AGO);
      }
    }
  }

  @Test
  void buildOfAValidSiteExitsZeroAndPrintsTheSummary() {
    int code = run("build", "--source", site.toString());

    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .singleElement(STRING)
        .matches("Built 1 report \\(18 pages, 16 QR codes\\) into public/ in \\d+\\.\\d s: " + (18 + MACHINE_FILES + SEARCH_INDEX_FILES + assetCount()) + " written, 0 unchanged, 0 removed\\.");
    assertThat(err.toString()).isEmpty();
    assertThat(site.resolve("public/gkml/2024/a/index.html")).isRegularFile();
    assertThat(site.resolve("public/care/gkml/2024/a/index.html")).isRegularFile();
    assertThat(site.resolve("public/assets/css").toFile().list()).anyMatch(name -> name.matches("care\\.[0-9a-f]{10}\\.css"));
  }

  @Test
  void secondBuildOfAnUnchangedSiteWritesNothing() throws IOException {
    run("build", "--source", site.toString());
    age(site.resolve("public"));
    Map<String, String> before = snapshot(site.resolve("public"));

    int code = run("build", "--source", site.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).endsWith(": 0 written, " + (18 + MACHINE_FILES + SEARCH_INDEX_FILES + assetCount()) + " unchanged, 0 removed." + System.lineSeparator());
    assertThat(snapshot(site.resolve("public"))).isEqualTo(before);
  }

  @Test
  void outOptionChoosesTheOutputFolder() {
    Path elsewhere = tmp.resolve("elsewhere");

    int code = run("build", "--source", site.toString(), "--out", elsewhere.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).startsWith("Built 1 report (18 pages, 16 QR codes) into " + elsewhere + "/ in ");
    assertThat(elsewhere.resolve("index.html")).isRegularFile();
    assertThat(site.resolve("public")).doesNotExist();
  }

  @Test
  void draftsAreBuiltOnlyWithTheDraftsOption() throws IOException {
    write("content/gkml/2024/b.md", REPORT.replace("date:", "draft: true\ndate:").replace("2024-45222172", "2024-45222173"));

    run("build", "--source", site.toString());
    String without = out.toString();
    run("build", "--source", site.toString(), "--drafts");

    assertThat(without).startsWith("Built 1 report (18 pages, 16 QR codes) into public/ in ");
    assertThat(out.toString()).startsWith("Built 2 reports (20 pages, 18 QR codes) into public/ in ");
    assertThat(site.resolve("public/care/gkml/2024/b/index.html")).isRegularFile();
  }

  @Test
  void siteWithoutReportsSaysZeroReports() throws IOException {
    Files.delete(site.resolve("content/gkml/2024/a.md"));

    int code = run("build", "--source", site.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).startsWith("Built 0 reports (");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0, 0 reports, 0 条信息", "1, 1 report, 1 条信息", "2, 2 reports, 2 条信息", "10000, '10,000 reports', '10,000 条信息'"})
  void countsUseTheSingularOnlyForOneAndGroupThousands(int n, String english, String chinese) {
    assertThat(MessageCatalogue.of(Language.EN).format(BuildCommand.reports(n))).isEqualTo(english);
    assertThat(MessageCatalogue.of(Language.ZH_CN).format(BuildCommand.reports(n))).isEqualTo(chinese);
  }

  @Test
  void baseUrlOptionReplacesTheOneInSiteYaml() throws IOException {
    int code = run("build", "--source", site.toString(), "--base-url", "https://gk.example.org/sub/");

    assertThat(code).isZero();
    assertThat(Files.readString(site.resolve("public/care/gkml/2024/a/index.html")))
        .contains("<link rel=\"canonical\" href=\"https://gk.example.org/sub/gkml/2024/a/\">");
  }

  @Test
  void reportWithoutFrontMatterExitsOneAndWritesNothing() throws IOException {
    write("content/gkml/2024/a.md", "# 标题\n\n正文。\n");

    int code = run("build", "--source", site.toString());

    assertThat(code).isEqualTo(Main.PROBLEMS).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            "content/gkml/2024/a.md:1:1: error: front matter is missing — start the file with a line '---',"
                + " the keys (title, index_no, date …), then another '---'",
            "Build failed: 1 error. Nothing was written to public/.");
    assertThat(out.toString()).isEmpty();
    assertThat(site.resolve("public")).doesNotExist();
  }

  @Test
  void failedBuildLeavesThePublishedSiteUntouched() throws IOException {
    run("build", "--source", site.toString());
    age(site.resolve("public"));
    Map<String, String> before = snapshot(site.resolve("public"));
    write("content/gkml/2024/a.md", "# 标题\n\n正文。\n");
    write("content/gkml/2024/new.md", REPORT);

    int code = run("build", "--source", site.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines().findFirst())
        .hasValue(
            "content/gkml/2024/a.md:1:1: error: front matter is missing — start the file with a line '---',"
                + " the keys (title, index_no, date …), then another '---'");
    assertThat(snapshot(site.resolve("public"))).isEqualTo(before);
  }

  @Test
  void outputFolderNotMadeByGongkaiIsRefused() throws IOException {
    Path docs = tmp.resolve("docs");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("thesis.txt"), "keep me");

    int code = run("build", "--source", site.toString(), "--out", docs.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            docs + ": error: output folder is not empty and was not made by gongkai"
                + " — choose an empty or new folder with --out, or empty this one first",
            "Build failed: 1 error. Nothing was written to " + docs + "/.");
    assertThat(TestSites.files(docs)).containsOnlyKeys("thesis.txt");
  }

  @Test
  void outOptionNamingAFileIsAProblemNotACrash() throws IOException {
    Path file = tmp.resolve("report.pdf");
    Files.writeString(file, "keep me");

    int code = run("build", "--source", site.toString(), "--out", file.toString());

    assertThat(code).isEqualTo(Main.PROBLEMS);
    assertThat(err.toString().lines())
        .containsExactly(
            file + ": error: output folder is a file — pass a folder (directory) with --out, e.g. --out public",
            "Build failed: 1 error. Nothing was written to " + file + "/.");
    assertThat(out.toString()).isEmpty();
    assertThat(file).hasContent("keep me");
  }

  @Test
  void severalProblemsAreCountedInTheLastLine() throws IOException {
    write("content/gkml/2024/a.md", "# 标题\n");
    write("content/gkml/2024/b.md", "# 标题\n");

    int code = run("build", "--source", site.toString());

    assertThat(code).isEqualTo(1);
    String missing = ":1:1: error: front matter is missing — start the file with a line '---', the keys (title, index_no, date …), then another '---'";
    assertThat(err.toString().lines())
        .containsExactly(
            "content/gkml/2024/a.md" + missing,
            "content/gkml/2024/b.md" + missing,
            "Build failed: 2 errors. Nothing was written to public/.");
  }

  /** The expectations here are English; {@code --lang} before the command applies to it. */
  static String[] english(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--lang";
    all[1] = "en";
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }
}
