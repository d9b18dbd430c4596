package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site repository holds only its content: the themes ship inside gongkai, and a site's own
 * {@code themes/} overrides them file by file.
 */
class BuiltInThemesSiteTest {
  @TempDir Path tmp;

  private Map<String, byte[]> build(Path site) {
    Path out = site.resolve("public");
    Build.run(new BuildOptions(site, out, false, null));
    Map<String, byte[]> files = new TreeMap<>(TestSites.files(out));
    files.remove(".gongkai-output");
    return files;
  }

  @Test
  void aSiteWithoutThemesBuildsTheSamePagesAsOneThatCopiesThem() {
    Path copied = TestSites.assemble(TestSites.projectRoot().resolve("content"), tmp.resolve("copied"));
    Path bare = tmp.resolve("bare");
    TestSites.copyTree(TestSites.projectRoot().resolve("content"), bare.resolve("content"));
    assertThat(bare.resolve("themes")).doesNotExist();

    Map<String, byte[]> withThemes = build(copied);
    Map<String, byte[]> builtIn = build(bare);
    assertThat(builtIn.keySet()).isEqualTo(withThemes.keySet());
    withThemes.forEach((path, bytes) -> assertThat(builtIn.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void oneOverriddenTemplateChangesOnlyWhatItRenders() throws IOException {
    Path bare = tmp.resolve("bare");
    TestSites.copyTree(TestSites.projectRoot().resolve("content"), bare.resolve("content"));
    Map<String, byte[]> before = build(bare);

    Path footer = TestSites.projectRoot().resolve("themes/standard/templates/footer.peb");
    Path override = bare.resolve("themes/standard/templates/footer.peb");
    Files.createDirectories(override.getParent());
    Files.writeString(override, Files.readString(footer).replaceFirst("<footer", "<footer data-site-own=\"yes\""));
    Map<String, byte[]> after = build(bare);

    assertThat(after.keySet()).isEqualTo(before.keySet());
    int changed = 0;
    for (String path : before.keySet()) {
      String was = new String(before.get(path), StandardCharsets.UTF_8);
      String is = new String(after.get(path), StandardCharsets.UTF_8);
      if (!was.equals(is)) {
        changed++;
        assertThat(is.replace(" data-site-own=\"yes\"", "")).as(path).isEqualTo(was);
      }
    }
    assertThat(changed).as("pages whose footer is the site's own").isGreaterThan(10);
  }

  @Test
  void oneOverriddenStringChangesOnlyThatString() throws IOException {
    Path bare = tmp.resolve("bare");
    TestSites.copyTree(TestSites.projectRoot().resolve("content"), bare.resolve("content"));
    Map<String, byte[]> before = build(bare);

    Path strings = bare.resolve("themes/standard/i18n/zh-CN.yaml");
    Files.createDirectories(strings.getParent());
    Files.writeString(strings, "meta:\n  publisher: 发文单位\n");
    Map<String, byte[]> after = build(bare);

    int changed = 0;
    for (String path : before.keySet()) {
      String was = new String(before.get(path), StandardCharsets.UTF_8);
      String is = new String(after.get(path), StandardCharsets.UTF_8);
      if (!was.equals(is)) {
        changed++;
        assertThat(is).as(path).contains("发文单位");
      }
    }
    assertThat(changed).as("report pages with the site's own label").isGreaterThan(0);
  }
}
