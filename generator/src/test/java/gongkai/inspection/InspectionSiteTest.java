package gongkai.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
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
 * Every fixture site under {@code inspection/<case>/}, inspected on each day its {@code as-of.txt}
 * lists (one just inside a rule's limit, one just outside), in Chinese and in English: the output
 * and the exit code are exactly {@code expected-<day>-<language>.txt} (its last line is the exit
 * code). Regenerate with {@code -Dgongkai.updateGolden=true} and review the diff.
 */
class InspectionSiteTest {
  record Case(Path site, String day, String language) {
    @Override
    public String toString() {
      return site.getFileName() + " " + day + " " + language;
    }

    Path expected() {
      return site.resolve("expected-" + day + "-" + language + ".txt");
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> sites = Files.list(TestSites.testResources().resolve("inspection"))) {
      for (Path site : sites.sorted().toList()) {
        for (String day : Files.readString(site.resolve("as-of.txt")).strip().split("\\s+")) {
          cases.add(new Case(site, day, "zh-CN"));
          cases.add(new Case(site, day, "en"));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theInspectionSaysExactlyWhatIsExpected(Case c, @TempDir Path tmp) throws IOException {
    Path site = tmp.resolve("site");
    TestSites.copyTree(c.site().resolve("content"), site.resolve("content"));
    TestSites.copyTree(TestSites.projectRoot().resolve("themes"), site.resolve("themes"));
    Path config = site.resolve("content/site.yaml");
    Files.writeString(config, Files.readString(config).replace("language: zh-CN", "language: " + c.language()));
    StringWriter out = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        "check", "--inspection", "--as-of", c.day(), "--source", site.toString());
    String actual = out + "exit " + code + "\n";
    if (Boolean.getBoolean("gongkai.updateGolden")) {
      Files.writeString(c.expected(), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(c.expected()));
  }
}
