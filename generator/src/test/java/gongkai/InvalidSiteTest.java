package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code invalid/<case>/} site must fail to build with exactly the lines in its
 * {@code expected-problems.txt}, exit code 1, and nothing written. Folders of the fixture other than
 * {@code content/} (such as {@code outside/}) are copied beside it.
 */
class InvalidSiteTest {
  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestSites.testResources().resolve("invalid"))) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void invalidSiteFailsWithExactlyTheExpectedProblems(String name, @TempDir Path tmp) throws IOException {
    Path fixture = TestSites.testResources().resolve("invalid").resolve(name);
    Path site = TestSites.assemble(fixture.resolve("content"), tmp.resolve("site"));
    // Other folders of the fixture go beside content/, for files a report must not reach.
    try (Stream<Path> others = Files.list(fixture)) {
      others.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().equals("content"))
          .forEach(p -> TestSites.copyTree(p, site.resolve(p.getFileName().toString())));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--source", site.toString());

    List<String> expected = Files.readAllLines(fixture.resolve("expected-problems.txt"), StandardCharsets.UTF_8);
    assertThat(err.toString().lines().toList()).isEqualTo(expected);
    assertThat(code).isEqualTo(Main.PROBLEMS);
    assertThat(out.toString()).isEmpty();
    assertThat(site.resolve("public")).doesNotExist();
  }
}
