package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture sites/theme-override overrides the built-in theme as docs/themes.md says — one
 * template (footer.peb), one string (latest) and one colour (colours.css, linked from
 * stylesheets.peb) — and its output differs from its twin's, the same content with the built-in
 * theme only, by exactly those three things, in every file.
 */
class ThemeOverrideSiteTest {
  private static final Path FIXTURE = TestSites.testResources().resolve("sites/theme-override");
  private static final String HOTLINE = "<p>政务服务便民热线：12345</p>\n";
  private static final Pattern COLOURS = Pattern.compile("<link rel=\"stylesheet\" href=\"/jtj/assets/css/colours\\.[0-9a-f]{10}\\.css\">\n");

  @TempDir Path tmp;

  private static Map<String, byte[]> build(Path site) {
    Path out = site.resolve("public");
    Build.run(new BuildOptions(site, out, false, null));
    Map<String, byte[]> files = new TreeMap<>(TestSites.files(out));
    files.remove(".gongkai-output");
    return files;
  }

  @Test
  void theOverridesChangeTheFooterTheStringAndTheColourAndNothingElse() {
    Path own = tmp.resolve("own");
    TestSites.copyTree(FIXTURE, own);
    Path twin = tmp.resolve("twin");
    TestSites.copyTree(FIXTURE.resolve("content"), twin.resolve("content"));

    Map<String, byte[]> overridden = build(own);
    Map<String, byte[]> builtIn = build(twin);

    // One file more: the colour's style sheet, published under its fingerprinted name.
    Set<String> added = new TreeSet<>(overridden.keySet());
    added.removeAll(builtIn.keySet());
    assertThat(added).hasSize(1).allMatch(name -> name.matches("assets/css/colours\\.[0-9a-f]{10}\\.css"));
    assertThat(new String(overridden.get(added.iterator().next()), StandardCharsets.UTF_8)).contains("--accent: #0b5a2a;");
    assertThat(builtIn.keySet()).allMatch(overridden::containsKey);

    int pages = 0;
    int withString = 0;
    for (String path : builtIn.keySet()) {
      String was = new String(builtIn.get(path), StandardCharsets.UTF_8);
      String is = new String(overridden.get(path), StandardCharsets.UTF_8);
      if (!path.endsWith(".html") || !was.contains("<footer")) {
        assertThat(is).as("%s has no footer, no 最新 list and no style sheet: unchanged", path).isEqualTo(was);
        continue;
      }
      pages++;
      assertThat(is).as(path).contains(HOTLINE);
      assertThat(COLOURS.matcher(is).results().count()).as("%s links the site's colours once", path).isEqualTo(1);
      if (is.contains("最新信息")) {
        withString++;
      }
      String undone = COLOURS.matcher(is.replace(HOTLINE, "")).replaceAll("").replace("最新信息", "最新公开");
      assertThat(undone).as("%s, less the three overrides, is the built-in theme's page", path).isEqualTo(was);
    }
    assertThat(pages).as("pages with a footer").isGreaterThan(5);
    assertThat(withString).as("the home page of both editions says the site's own word").isEqualTo(2);
  }
}
