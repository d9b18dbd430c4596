package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Build;
import gongkai.BuildOptions;
import gongkai.TestSites;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The preview's in-memory builds against {@code gongkai build}: after the first build and after each
 * kind of change, every file the preview serves has exactly the bytes a build writes for the same
 * input, and no file is missing or extra.
 */
class InMemoryRebuildTest {
  private static final String ORIGIN = "http://127.0.0.1:1313";

  @TempDir Path tmp;
  private int builds;

  @ParameterizedTest
  @CsvSource({
      "content, false",
      "generator/src/test/resources/sites/report-files/content, false",
      "generator/src/test/resources/sites/attachments/content, true",
      "generator/src/test/resources/sites/catalogue/content, false"})
  void theSiteServedAfterEveryKindOfChangeIsWhatABuildWrites(String content, boolean drafts) throws IOException {
    Path site = TestSites.assemble(TestSites.projectRoot().resolve(content), tmp.resolve("site"));
    InMemoryRebuild preview = new InMemoryRebuild(site, drafts, ORIGIN);
    assertSameAsBuild(site, drafts, preview.build(Set.of()));

    Path report = files(site, ".md").stream().filter(p -> !p.endsWith("_index.md")).findFirst().orElseThrow();
    Files.writeString(report, "\n\n## 新增一节\n\n修改后的正文。\n", StandardOpenOption.APPEND);
    assertSameAsBuild(site, drafts, preview.build(Set.of(report)));

    Path config = site.resolve("content/site.yaml");
    Files.writeString(config, Files.readString(config).replaceFirst("(?m)^title: *(.*)$", "title: $1（预览）"));
    assertSameAsBuild(site, drafts, preview.build(Set.of(config)));

    for (Path file : files(site, "")) { // images and attachments: their sizes are on the pages
      if (!file.toString().endsWith(".md") && !file.equals(config)) {
        Files.write(file, new byte[2048], StandardOpenOption.APPEND);
        assertSameAsBuild(site, drafts, preview.build(Set.of(file)));
      }
    }

    Path template = site.resolve("themes/standard/templates/report.peb");
    if (Files.exists(template)) {
      Files.writeString(template, Files.readString(template) + "{# 预览 #}\n<!-- edited -->\n");
      assertSameAsBuild(site, drafts, preview.build(Set.of(template)));
    }
  }

  @Test
  void aNewReportAndADeletedOneAreFoundByWalkingContentAgain() throws IOException {
    Path site = TestSites.assemble(TestSites.projectRoot().resolve("generator/src/test/resources/sites/catalogue/content"), tmp.resolve("site"));
    InMemoryRebuild preview = new InMemoryRebuild(site, false, ORIGIN);
    preview.build(Set.of());
    Path gone = site.resolve("content/gkml/2023/report-01.md");
    Path added = site.resolve("content/gkml/2023/report-99.md");
    Files.move(site.resolve("content/gkml/2023/report-02.md"), added);
    Files.delete(gone);
    assertSameAsBuild(site, false, preview.build(Set.of(gone, added, site.resolve("content/gkml/2023/report-02.md"))));
  }

  @Test
  void aBrokenReportFailsWithTheBuildsProblemsAndTheFixIsPickedUp() throws IOException {
    Path site = TestSites.assemble(TestSites.testResources().resolve("sites/english/content"), tmp.resolve("site"));
    InMemoryRebuild preview = new InMemoryRebuild(site, false, ORIGIN);
    preview.build(Set.of());
    Path report = site.resolve("content/reports/2024/annual.md");
    String good = Files.readString(report);
    Files.writeString(report, good.replace("date: 2024-01-15", "date: 2024-13-45"));

    PreviewBuild broken = preview.build(Set.of(report));
    assertThat(broken.succeeded()).isFalse();
    assertThat(broken.problems()).isEqualTo(buildProblems(site, broken.basePath()));

    Files.writeString(report, good);
    assertSameAsBuild(site, false, preview.build(Set.of(report)));
  }

  @Test
  void aTemplateMistakeFailsTheBuildInsteadOfAPageRequest() throws IOException {
    Path site = TestSites.assemble(TestSites.testResources().resolve("sites/english/content"), tmp.resolve("site"));
    InMemoryRebuild preview = new InMemoryRebuild(site, false, ORIGIN);
    preview.build(Set.of());
    Path template = site.resolve("themes/standard/templates/report.peb");
    Files.writeString(template, Files.readString(template) + "{% if %}");

    PreviewBuild broken = preview.build(Set.of(template));
    assertThat(broken.succeeded()).isFalse();
    assertThat(broken.problems()).isEqualTo(buildProblems(site, broken.basePath()));
  }

  private List<Problem> buildProblems(Path site, String basePath) {
    try {
      Build.run(new BuildOptions(site, tmp.resolve("failed"), false, ORIGIN + basePath));
    } catch (BuildFailedException e) {
      return e.problems();
    }
    throw new AssertionError("the build succeeded");
  }

  private void assertSameAsBuild(Path site, boolean drafts, PreviewBuild outcome) {
    assertThat(outcome.problems()).isEmpty();
    Path out = tmp.resolve("out" + builds++);
    Build.run(new BuildOptions(site, out, drafts, ORIGIN + outcome.basePath()));
    Map<String, byte[]> built = TestSites.files(out);
    built.remove(".gongkai-output"); // the folder's mark as a build's output, not a file of the site
    Map<String, byte[]> served = ((MemorySite) outcome.files()).all();
    assertThat(served.keySet()).isEqualTo(built.keySet());
    built.forEach((path, bytes) -> assertThat(new String(served.get(path), StandardCharsets.UTF_8))
        .as(path).isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    built.forEach((path, bytes) -> assertThat(served.get(path)).as(path).isEqualTo(bytes));
  }

  private static List<Path> files(Path site, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
