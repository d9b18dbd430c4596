package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page gongkai writes passes the W3C Nu HTML Checker with zero errors. */
class HtmlValidityTest {
  @Test
  void everyPageOfTheSampleSiteIsValidHtml(@TempDir Path out) {
    Build.run(new BuildOptions(TestSites.projectRoot(), out, false, null));
    assertAllPagesValid(out, 56);
  }

  @Test
  void everyPageOfTheDomainRootFixtureIsValidHtml(@TempDir Path tmp) {
    Path site = TestSites.assemble(TestSites.testResources().resolve("sites/domain-root/content"), tmp.resolve("site"));
    Build.run(new BuildOptions(site, tmp.resolve("public"), true, null));
    assertAllPagesValid(tmp.resolve("public"), 28);
  }

  /** Paged section lists, the 信息公开目录 and its paged lists, in both editions. */
  @Test
  void everyPageOfTheCatalogueFixtureIsValidHtml(@TempDir Path tmp) {
    Path site = TestSites.assemble(TestSites.testResources().resolve("sites/catalogue/content"), tmp.resolve("site"));
    Build.run(new BuildOptions(site, tmp.resolve("public"), false, null));
    assertAllPagesValid(tmp.resolve("public"), 100);
  }

  private static void assertAllPagesValid(Path out, int expectedPages) {
    List<String> problems = new ArrayList<>();
    int pages = 0;
    for (Map.Entry<String, byte[]> file : TestSites.files(out).entrySet()) {
      if (file.getKey().endsWith(".html")) {
        pages++;
        HtmlChecker.errors(new String(file.getValue(), StandardCharsets.UTF_8))
            .forEach(error -> problems.add(file.getKey() + ":" + error));
      }
    }
    assertThat(pages).isEqualTo(expectedPages);
    assertThat(problems).isEmpty();
  }
}
