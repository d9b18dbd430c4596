package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.cli.Main;
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
 * from {@code gongkai check} (the problems, then the summary line), and {@code gongkai build} prints
 * the same problems. With an error, both exit 1 and nothing is written; with warnings only, check
 * exits 0 and build goes on. A case with {@code expected-github.txt} is also checked with
 * {@code --format github}. Folders of the fixture other than {@code content/} (such as
 * {@code outside/}) are copied beside it.
 */
class InvalidSiteTest {
  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestSites.testResources().resolve("invalid"))) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checkPrintsExactlyTheExpectedProblems(String name, @TempDir Path tmp) throws IOException {
    Path fixture = fixture(name);
    Path site = site(fixture, tmp);
    List<String> expected = lines(fixture.resolve("expected-problems.txt"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--source", site.toString());

    assertThat(out.toString().lines().toList()).isEqualTo(expected);
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(hasError(expected) ? Main.PROBLEMS : 0);
    assertThat(site.resolve("public")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void buildPrintsTheSameProblemsAndWritesNothingOnError(String name, @TempDir Path tmp) throws IOException {
    Path fixture = fixture(name);
    Path site = site(fixture, tmp);
    List<String> expected = lines(fixture.resolve("expected-problems.txt"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--source", site.toString());

    List<String> problems = expected.subList(0, expected.size() - 1);
    if (hasError(expected)) {
      String counts = expected.get(expected.size() - 1).replaceFirst("^Check failed: ", "").replaceFirst("\\.$", "");
      List<String> lines = new ArrayList<>(problems);
      lines.add("Build failed: " + counts + ". Nothing was written to public/.");
      assertThat(err.toString().lines().toList()).isEqualTo(lines);
      assertThat(code).isEqualTo(Main.PROBLEMS);
      assertThat(out.toString()).isEmpty();
      assertThat(site.resolve("public")).doesNotExist();
    } else {
      assertThat(err.toString().lines().toList()).isEqualTo(problems);
      assertThat(code).isZero();
      assertThat(out.toString()).startsWith("Built ");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("githubCases")
  void checkPrintsGithubAnnotations(String name, @TempDir Path tmp) throws IOException {
    Path fixture = fixture(name);
    Path site = site(fixture, tmp);
    StringWriter out = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check", "--format", "github", "--source", site.toString());

    assertThat(out.toString().lines().toList()).isEqualTo(lines(fixture.resolve("expected-github.txt")));
    assertThat(code).isEqualTo(hasError(lines(fixture.resolve("expected-problems.txt"))) ? Main.PROBLEMS : 0);
  }

  static List<String> githubCases() throws IOException {
    return cases().stream().filter(c -> Files.exists(fixture(c).resolve("expected-github.txt"))).toList();
  }

  private static boolean hasError(List<String> expected) {
    return expected.stream().anyMatch(l -> l.matches("\\S+?(:\\d+:\\d+)?: error: .*"));
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
