package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gongkai.problem.BuildFailedException;
import gongkai.theme.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetCollectorTest {
  @TempDir Path site;

  private Theme theme(String name, Theme parent) {
    return new Theme(name, site.resolve("themes").resolve(name), parent);
  }

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static Map<String, String> byPath(List<OutputFile> files) {
    Map<String, String> map = new LinkedHashMap<>();
    files.forEach(f -> map.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8)));
    return map;
  }

  @Test
  void stylesheetsAndScriptsArePublishedUnderTheirContentHashOtherFilesUnderTheirNames() throws IOException {
    write("themes/standard/assets/css/site.css", "body{}"); // sha256sum: 7c98040a54…
    write("themes/standard/assets/js/gongkai.js", "js();"); // 39a14adb7d…
    write("themes/standard/assets/favicon.ico", "ico");
    write("themes/standard/templates/home.peb", "not an asset");

    List<OutputFile> files = AssetCollector.collect(List.of(theme("standard", null)), site);

    assertThat(byPath(files))
        .containsExactly(
            Map.entry("assets/css/site.7c98040a54.css", "body{}"),
            Map.entry("assets/favicon.ico", "ico"),
            Map.entry("assets/js/gongkai.39a14adb7d.js", "js();"));
  }

  @Test
  void changedBytesGiveANewNameSoCachedCopiesAreNeverStale() throws IOException {
    write("themes/standard/assets/css/site.css", "body{}");
    String before = byPath(AssetCollector.collect(List.of(theme("standard", null)), site)).keySet().iterator().next();
    write("themes/standard/assets/css/site.css", "body{color:red}");
    String after = byPath(AssetCollector.collect(List.of(theme("standard", null)), site)).keySet().iterator().next();

    assertThat(after).startsWith("assets/css/site.").endsWith(".css").isNotEqualTo(before);
  }

  @Test
  void childAssetReplacesTheParentsWithinTheChain() throws IOException {
    write("themes/standard/assets/css/site.css", "standard");
    write("themes/standard/assets/js/gongkai.js", "js();");
    write("themes/care/assets/css/site.css", "care");

    List<OutputFile> files = AssetCollector.collect(List.of(theme("care", theme("standard", null))), site);

    assertThat(byPath(files))
        .containsExactly(Map.entry("assets/css/site.f9ed2b54fd.css", "care"), Map.entry("assets/js/gongkai.39a14adb7d.js", "js();"));
  }

  @Test
  void bothEditionsShareOneCopyOfInheritedAssets() throws IOException {
    write("themes/standard/assets/css/site.css", "standard");
    write("themes/care/assets/css/care.css", "care");
    Theme standard = theme("standard", null);

    List<OutputFile> files = AssetCollector.collect(List.of(standard, theme("care", standard)), site);

    assertThat(byPath(files))
        .containsExactly(Map.entry("assets/css/care.f9ed2b54fd.css", "care"), Map.entry("assets/css/site.fe6d3468cf.css", "standard"));
  }

  @Test
  void editionsWithDifferentStylesheetsOfOneNameGetOneFileEach() throws IOException {
    write("themes/standard/assets/css/site.css", "standard");
    write("themes/care/assets/css/site.css", "care");
    Theme standard = theme("standard", null);

    List<OutputFile> files = AssetCollector.collect(List.of(standard, theme("care", standard)), site);

    assertThat(byPath(files))
        .containsExactly(Map.entry("assets/css/site.f9ed2b54fd.css", "care"), Map.entry("assets/css/site.fe6d3468cf.css", "standard"));
  }

  @Test
  void twoEditionsClaimingOneUnhashedPathWithDifferentFilesIsAProblem() throws IOException {
    write("themes/standard/assets/img/logo.png", "standard");
    write("themes/care/assets/img/logo.png", "care");
    Theme standard = theme("standard", null);

    BuildFailedException e =
        catchThrowableOfType(BuildFailedException.class, () -> AssetCollector.collect(List.of(standard, theme("care", standard)), site));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "themes/care/assets/img/logo.png: error: differs from themes/standard/assets/img/logo.png, but both editions share assets/"
                + " — give the file its own name and link it from the theme's templates");
  }

  @Test
  void identicalFilesAtOnePathAreNoConflict() throws IOException {
    write("themes/standard/assets/img/logo.png", "same");
    write("themes/care/assets/img/logo.png", "same");
    Theme standard = theme("standard", null);

    List<OutputFile> files = AssetCollector.collect(List.of(standard, theme("care", standard)), site);

    assertThat(byPath(files)).containsExactly(Map.entry("assets/img/logo.png", "same"));
  }

  @Test
  void themesWithoutAssetsGiveNoFiles() throws IOException {
    Files.createDirectories(site.resolve("themes/standard/templates"));

    assertThat(AssetCollector.collect(List.of(theme("standard", null)), site)).isEmpty();
  }
}
