package gongkai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds with the build cache: what did not change is neither rendered nor rewritten, and what
 * depends on a change (a template, a neighbour's title, site.yaml) is rendered again. A failed build
 * leaves the published folder as it was, bytes and times.
 */
class RebuildTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
  private static final String REPORT = "gkml/2024/fazhi-report/index.html";
  private static final String NEIGHBOUR = "gkml/2024/gongkai-niandu-baogao.md";

  @TempDir Path tmp;
  private Path site;

  @BeforeEach
  void assemble() {
    site = TestSites.assemble(TestSites.projectRoot().resolve("content"), tmp.resolve("site"));
  }

  private BuildResult build() {
    return Build.run(BuildOptions.of(site));
  }

  private Path out() {
    return site.resolve("public");
  }

  private String page(String path) throws IOException {
    return Files.readString(out().resolve(path), StandardCharsets.UTF_8);
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  /** Every published file with its modification time. */
  private Map<String, FileTime> times() {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out())) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        times.put(out().relativize(p).toString(), Files.getLastModifiedTime(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return times;
  }

  private void age() throws IOException {
    try (Stream<Path> walk = Files.walk(out())) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        Files.setLastModifiedTime(p, LONG_AGO);
      }
    }
  }

  @Test
  void rebuildWithNothingChangedWritesNothingAndKeepsEveryTime() {
    BuildResult first = build();
    Map<String, byte[]> bytes = TestSites.files(out());
    Map<String, FileTime> times = times();

    BuildResult second = build();

    assertThat(second.written()).isZero();
    assertThat(second.removed()).isZero();
    assertThat(second.unchanged()).isEqualTo(first.written());
    assertThat(second.pages()).isEqualTo(first.pages());
    assertThat(second.qrCodes()).isEqualTo(first.qrCodes()).isPositive();
    assertThat(times()).isEqualTo(times);
    assertThat(TestSites.files(out())).containsExactlyInAnyOrderEntriesOf(bytes);
  }

  @Test
  void rebuildWithNothingChangedPrintsTheWarningsAgainUntilTheyAreFixed() throws IOException {
    Path report = site.resolve("content/gkml/2024/fazhi-report.md");
    Files.writeString(report, Files.readString(report) + "\n![](missing-alt.png)\n");
    Files.write(site.resolve("content/gkml/2024/missing-alt.png"), new byte[] {1});
    assertThat(build().warnings()).extracting(Object::toString).anyMatch(w -> w.contains("image has no alt text"));
    Map<String, FileTime> times = times();

    BuildResult again = build();

    assertThat(again.warnings()).extracting(Object::toString).anyMatch(w -> w.contains("image has no alt text"));
    assertThat(again.written()).isZero();
    assertThat(times()).isEqualTo(times);
  }

  @Test
  void editedReportIsWrittenAndEveryOtherFileKeepsItsTime() throws IOException {
    build();
    age();
    Path report = site.resolve("content/gkml/2024/fazhi-report.md");
    Files.writeString(report, Files.readString(report) + "\n补充说明：新增段落。\n");

    BuildResult result = build();

    assertThat(page(REPORT)).contains("补充说明：新增段落。");
    Map<String, FileTime> changed = new TreeMap<>(times());
    changed.values().removeIf(LONG_AGO::equals);
    // The page in both editions, and the search index shards that hold the new paragraph's terms.
    assertThat(changed).containsKeys(REPORT, "care/" + REPORT);
    assertThat(changed.keySet()).allMatch(path -> path.equals(REPORT) || path.equals("care/" + REPORT) || path.startsWith("search-index/terms-"));
    assertThat(result.written()).isEqualTo(changed.size());
  }

  @Test
  void changedTemplateIsRenderedIntoEveryReportPage() throws IOException {
    build();

    replace(site.resolve("themes/standard/templates/report.peb"), "<article class=\"report\">", "<article class=\"report\"><!-- template changed -->");
    build();

    assertThat(page(REPORT)).contains("<!-- template changed -->");
    assertThat(page("care/" + REPORT)).contains("<!-- template changed -->");
  }

  @Test
  void changedTitleOfANeighbourIsShownOnThePagesThatLinkToIt() throws IOException {
    build();

    replace(site.resolve("content/" + NEIGHBOUR), "title: 【示例】", "title: 【新标题】");
    build();

    assertThat(page(REPORT)).contains("【新标题】东昌府区交通运输局2023年政府信息公开工作年度报告");
  }

  @Test
  void changedSiteYamlIsRenderedIntoEveryReportPage() throws IOException {
    build();

    replace(site.resolve("content/site.yaml"), "title: 东昌府区交通运输局政府信息公开", "title: 东昌府区交通运输局信息公开专栏");
    build();

    assertThat(page(REPORT)).contains("东昌府区交通运输局信息公开专栏");
  }

  @Test
  void failedBuildLeavesThePublishedFolderByteAndTimeIdentical() throws IOException {
    build();
    Map<String, byte[]> bytes = TestSites.files(out());
    Map<String, FileTime> times = times();
    // Pages are rendered and staged before the report template fails, so this fails mid-build.
    replace(site.resolve("themes/standard/templates/report.peb"), "<article class=\"report\">", "<article class=\"report\">{{ no_such_value }}");
    Files.writeString(site.resolve("content/gkml/2024/fazhi-report.md"), "\n新增\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    Throwable failure = catchThrowable(this::build);

    assertThat(failure).isInstanceOf(gongkai.problem.BuildFailedException.class);
    assertThat(TestSites.files(out())).containsExactlyInAnyOrderEntriesOf(bytes);
    assertThat(times()).isEqualTo(times);
    assertThat(tmp.resolve("site")).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".public.new"));
  }

  @Test
  void staleFilesAreRemovedOnSuccess() throws IOException {
    build();
    Files.delete(site.resolve("content/" + NEIGHBOUR));

    BuildResult result = build();

    assertThat(result.removed()).isPositive();
    assertThat(out().resolve("gkml/2024/gongkai-niandu-baogao/index.html")).doesNotExist();
  }
}
