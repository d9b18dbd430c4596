package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds the sample site and every fixture site under {@code sites/<case>/} and compares each HTML
 * page, the sitemap, robots.txt, every feed and the search index's metadata and documents with
 * {@code expected/}, byte for byte. Theme assets are source files and are not compared; the search
 * index's term shards are compared with a reference index in {@code SearchIndexBuilderTest}.
 *
 * <p>After a deliberate change, regenerate with {@code mvn test -Dtest=BuildGoldenTest
 * -Dgongkai.updateGolden=true} and review the diff before committing.
 */
class BuildGoldenTest {
  static final String UPDATE = "gongkai.updateGolden";

  record Case(String name, Path content, Path expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    Path golden = TestSites.testResources().resolve("golden");
    cases.add(new Case("sample", TestSites.projectRoot().resolve("content"), golden.resolve("sample")));
    try (Stream<Path> sites = Files.list(TestSites.testResources().resolve("sites"))) {
      sites.sorted().forEach(site -> cases.add(new Case(site.getFileName().toString(), site.resolve("content"), site.resolve("expected"))));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void builtPagesMatchTheReviewedGoldenFiles(Case c, @org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Path site = TestSites.assemble(c.content(), tmp.resolve("site"));
    Path out = tmp.resolve("public");
    Build.run(new BuildOptions(site, out, false, null));
    Map<String, String> actual = pages(out);

    if (Boolean.getBoolean(UPDATE)) {
      if (Files.exists(c.expected())) {
        TestSites.files(c.expected()).keySet().forEach(p -> c.expected().resolve(p).toFile().delete());
      }
      for (var page : actual.entrySet()) {
        Path file = c.expected().resolve(page.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      }
    }

    Map<String, String> expected = pages(c.expected());
    assertThat(actual.keySet()).as("pages built vs. golden files in %s", c.expected()).containsExactlyElementsOf(expected.keySet());
    for (String path : expected.keySet()) {
      assertThat(actual.get(path)).as("%s/%s (regenerate with -D%s=true and review the diff)", c.name(), path, UPDATE)
          .isEqualTo(expected.get(path));
    }
  }

  private static Map<String, String> pages(Path dir) {
    Map<String, String> pages = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return pages;
    }
    TestSites.files(dir).forEach((path, bytes) -> {
      if (isGolden(path)) {
        pages.put(path, new String(bytes, StandardCharsets.UTF_8));
      }
    });
    return pages;
  }

  /** The outputs under review: pages, and the machine-readable files other programs read. */
  static boolean isGolden(String path) {
    return path.endsWith(".html") || path.endsWith(".xml") || path.equals("robots.txt")
        || path.equals("search-index/meta.json") || path.matches("search-index/docs-\\d+\\.json");
  }
}
