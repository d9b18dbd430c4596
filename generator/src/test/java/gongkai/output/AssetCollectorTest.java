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
  void assetsKeepTheirPathsUnderAssets() throws IOException {
    write("themes/standard/assets/css/site.css", "body{}");
    write("themes/standard/assets/js/gongkai.js", "js();");
    write("themes/standard/assets/favicon.ico", "ico");
    write("themes/standard/templates/home.peb", "not an asset");

    List<OutputFile> files = AssetCollector.collect(List.of(theme("standard", null)), site);

    assertThat(byPath(files))
        .containsExactly(
            Map.entry("assets/css/site.css", "body{}"),
            Map.entry("assets/favicon.ico", "ico"),
            Map.entry("assets/js/gongkai.js", "js();"));
  }

  @Test
  void childAssetReplacesTheParentsWithinTheChain() throws IOException {
    write("themes/standard/assets/css/site.css", "standard");
    write("themes/standard/assets/js/gongkai.js", "js();");
    write("themes/care/assets/css/site.css", "care");

    List<OutputFile> files = AssetCollector.collect(List.of(theme("care", theme("standard", null))), site);

    assertThat(byPath(files)).containsExactly(Map.entry("assets/css/site.css", "care"), Map.entry("assets/js/gongkai.js", "js();"));
  }

  @Test
  void bothEditionsShareOneCopyOfInheritedAssets() throws IOException {
    write("themes/standard/assets/css/site.css", "standard");
    write("themes/care/assets/css/care.css", "care");
    Theme standard = theme("standard", null);

    List<OutputFile> files = AssetCollector.collect(List.of(standard, theme("care", standard)), site);

    assertThat(byPath(files)).containsExactly(Map.entry("assets/css/care.css", "care"), Map.entry("assets/css/site.css", "standard"));
  }

  @Test
  void twoEditionsClaimingOnePathWithDifferentFilesIsAProblem() throws IOException {
    write("themes/standard/assets/css/site.css", "standard");
    write("themes/care/assets/css/site.css", "care");
    Theme standard = theme("standard", null);

    BuildFailedException e =
        catchThrowableOfType(BuildFailedException.class, () -> AssetCollector.collect(List.of(standard, theme("care", standard)), site));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "themes/care/assets/css/site.css: error: differs from themes/standard/assets/css/site.css, but both editions share assets/"
                + " — give the file its own name and link it from the theme's templates");
  }

  @Test
  void identicalFilesAtOnePathAreNoConflict() throws IOException {
    write("themes/standard/assets/css/site.css", "same");
    write("themes/care/assets/css/site.css", "same");
    Theme standard = theme("standard", null);

    List<OutputFile> files = AssetCollector.collect(List.of(standard, theme("care", standard)), site);

    assertThat(byPath(files)).containsExactly(Map.entry("assets/css/site.css", "same"));
  }

  @Test
  void themesWithoutAssetsGiveNoFiles() throws IOException {
    Files.createDirectories(site.resolve("themes/standard/templates"));

    assertThat(AssetCollector.collect(List.of(theme("standard", null)), site)).isEmpty();
  }
}
