package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.cli.Main;
import gongkai.problem.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code invalid/<case>/} site gives exactly the lines in its {@code expected-problems.txt}
 * from {@code gongkai check --lang en} (the problems, then the summary line), and the same lines in
 * Chinese, those of {@code expected-problems.zh-CN.txt}, from {@code --lang zh-CN}; without
 * {@code --lang}, the site's own {@code language:} picks one of the two. {@code gongkai build}
 * prints the same problems. With an error, both exit 1 and nothing is written; with warnings only,
 * check exits 0 and build goes on. A case with {@code expected-github.txt} is also checked with
 * {@code --format github}. Folders of the fixture other than {@code content/} (such as
 * {@code outside/}) are copied beside it.
 *
 * <p>Write the Chinese files from the output with {@code -Dgongkai.updateGolden=true}, then read
 * every line before committing them.
 */
class InvalidSiteTest {
  static final String ENGLISH = "expected-problems.txt";
  static final String CHINESE = "expected-problems.zh-CN.txt";

  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestSites.testResources().resolve("invalid"))) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checkPrintsExactlyTheExpectedProblems(String name, @TempDir Path tmp) throws IOException {
    assertCheck(name, tmp, ENGLISH, "--lang", "en");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checkPrintsTheSameProblemsInChinese(String name, @TempDir Path tmp) throws IOException {
    Path fixture = fixture(name);
    if (Boolean.getBoolean(BuildGoldenTest.UPDATE)) {
      StringWriter out = new StringWriter();
      Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--lang", "zh-CN", "check", "--source", site(fixture, tmp.resolve("update")).toString());
      Files.writeString(fixture.resolve(CHINESE), out.toString(), StandardCharsets.UTF_8);
    }
    assertCheck(name, tmp, CHINESE, "--lang", "zh-CN");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void withoutLangTheSitesLanguageIsSpoken(String name, @TempDir Path tmp) throws IOException {
    Path site = site(fixture(name), tmp.resolve("probe"));
    // The fixtures' site.yaml mostly name no language (Chinese, the default); one names fr (English).
    String expected = SiteLanguage.of(site, null) == Language.ZH_CN ? CHINESE : ENGLISH;
    assertCheck(name, tmp, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCaseHasItsProblemsInBothLanguages(String name) {
    assertThat(fixture(name).resolve(ENGLISH)).isRegularFile();
    assertThat(fixture(name).resolve(CHINESE)).as("regenerate with -D%s=true and review it", BuildGoldenTest.UPDATE).isRegularFile();
  }

  private void assertCheck(String name, Path tmp, String expectedFile, String... lang) throws IOException {
    Path fixture = fixture(name);
    Path site = site(fixture, tmp.resolve("site"));
    List<String> expected = lines(fixture.resolve(expectedFile));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of(lang));
    args.addAll(List.of("check", "--source", site.toString()));

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));

    assertThat(out.toString().lines().toList()).isEqualTo(expected);
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(hasError(expected) ? Main.PROBLEMS : 0);
    assertThat(site.resolve("public")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void buildPrintsTheSameProblemsAndWritesNothingOnError(String name, @TempDir Path tmp) throws IOException {
    assertBuild(name, tmp.resolve("en"), ENGLISH, "en", "^Check failed: (.*)\\.$", "Build failed: %s. Nothing was written to public/.");
    assertBuild(name, tmp.resolve("zh"), CHINESE, "zh-CN", "^检查未通过：(.*)。$", "生成失败：%s。public/ 没有任何改动。");
  }

  private void assertBuild(String name, Path tmp, String expectedFile, String lang, String checkSummary, String buildSummary)
      throws IOException {
    Path fixture = fixture(name);
    Path site = site(fixture, tmp);
    List<String> expected = lines(fixture.resolve(expectedFile));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--lang", lang, "--source", site.toString());

    List<String> problems = expected.subList(0, expected.size() - 1);
    if (hasError(expected)) {
      String counts = expected.get(expected.size() - 1).replaceFirst(checkSummary, "$1");
      List<String> lines = new ArrayList<>(problems);
      lines.add(String.format(buildSummary, counts));
      assertThat(err.toString().lines().toList()).isEqualTo(lines);
      assertThat(code).isEqualTo(Main.PROBLEMS);
      assertThat(out.toString()).isEmpty();
      assertThat(site.resolve("public")).doesNotExist();
    } else {
      assertThat(err.toString().lines().toList()).isEqualTo(problems);
      assertThat(code).isZero();
      assertThat(out.toString()).startsWith(lang.equals("en") ? "Built " : "已生成 ");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("githubCases")
  void checkPrintsGithubAnnotations(String name, @TempDir Path tmp) throws IOException {
    Path fixture = fixture(name);
    Path site = site(fixture, tmp);
    StringWriter out = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check", "--lang", "en", "--format", "github", "--source", site.toString());

    assertThat(out.toString().lines().toList()).isEqualTo(lines(fixture.resolve("expected-github.txt")));
    assertThat(code).isEqualTo(hasError(lines(fixture.resolve(ENGLISH))) ? Main.PROBLEMS : 0);
  }

  static List<String> githubCases() throws IOException {
    return cases().stream().filter(c -> Files.exists(fixture(c).resolve("expected-github.txt"))).toList();
  }

  private static boolean hasError(List<String> expected) {
    return expected.stream().anyMatch(l -> l.matches("\\S+?(:\\d+:\\d+)?: (error|错误): .*"));
  }

  private static Path fixture(String name) {
    return TestSites.testResources().resolve("invalid").resolve(name);
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private static Path site(Path fixture, Path tmp) throws IOException {
    Path site = TestSites.assemble(fixture.resolve("content"), tmp.resolve("site"));
    // Other folders of the fixture go beside content/, for files a report must not reach.
    try (Stream<Path> others = Files.list(fixture)) {
      others.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().equals("content"))
          .forEach(p -> TestSites.copyTree(p, site.resolve(p.getFileName().toString())));
    }
    return site;
  }
}
