package gongkai.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gongkai.problem.BuildFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {
  @TempDir Path site;

  private Theme theme(String name, Theme parent) {
    return new Theme(name, site.resolve("themes").resolve(name), parent);
  }

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void childStringsReplaceTheParentsAndNestedMapsMergeKeyByKey() throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", """
        skip_to_content: 跳到正文
        home: 首页
        edition:
          to_care: 关怀版
          to_standard: 标准版
        """);
    write("themes/care/i18n/zh-CN.yaml", """
        skip_to_content: 跳到正文内容
        edition:
          to_standard: 返回标准版
        care_only: 只在关怀版
        """);
    Theme care = theme("care", theme("standard", null));

    Map<String, Object> t = Messages.load(care, "zh-CN", site);

    assertThat(t).containsExactly(
        Map.entry("skip_to_content", "跳到正文内容"),
        Map.entry("home", "首页"),
        Map.entry("edition", Map.of("to_care", "关怀版", "to_standard", "返回标准版")),
        Map.entry("care_only", "只在关怀版"));
  }

  @Test
  void mergesAlongTheWholeChainNearestThemeWinning() throws IOException {
    write("themes/base/i18n/en.yaml", "a: base\nb: base\nc: base\nnested: {x: base, y: base, z: base}\n");
    write("themes/middle/i18n/en.yaml", "b: middle\nc: middle\nnested: {y: middle, z: middle}\n");
    write("themes/top/i18n/en.yaml", "c: top\nnested: {z: top}\n");
    Theme top = theme("top", theme("middle", theme("base", null)));

    Map<String, Object> t = Messages.load(top, "en", site);

    assertThat(t).isEqualTo(Map.of("a", "base", "b", "middle", "c", "top", "nested", Map.of("x", "base", "y", "middle", "z", "top")));
  }

  @Test
  void childWithoutALanguageFileUsesTheParentsStrings() throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "home: 首页\n");
    Files.createDirectories(site.resolve("themes/care"));

    assertThat(Messages.load(theme("care", theme("standard", null)), "zh-CN", site)).isEqualTo(Map.of("home", "首页"));
  }

  @Test
  void scalarReplacesAMapAndAMapReplacesAScalar() throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "edition: {to_care: 关怀版}\nhome: 首页\n");
    write("themes/care/i18n/zh-CN.yaml", "edition: 关怀版\nhome: {label: 首页}\n");

    Map<String, Object> t = Messages.load(theme("care", theme("standard", null)), "zh-CN", site);

    assertThat(t).isEqualTo(Map.of("edition", "关怀版", "home", Map.of("label", "首页")));
  }

  @Test
  void listsAreReplacedNotMerged() throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "weekdays: [一, 二, 三]\n");
    write("themes/care/i18n/zh-CN.yaml", "weekdays: [周一]\n");

    assertThat(Messages.load(theme("care", theme("standard", null)), "zh-CN", site)).isEqualTo(Map.of("weekdays", List.of("周一")));
  }

  @Test
  void parentFileIsNotChangedByTheMerge() throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "edition: {to_care: 关怀版, to_standard: 标准版}\n");
    write("themes/care/i18n/zh-CN.yaml", "edition: {to_standard: 返回标准版}\n");
    Theme standard = theme("standard", null);

    Messages.load(theme("care", standard), "zh-CN", site);

    assertThat(Messages.load(standard, "zh-CN", site)).isEqualTo(Map.of("edition", Map.of("to_care", "关怀版", "to_standard", "标准版")));
  }

  @Test
  void unsupportedLanguageIsAProblemAtSiteYamlsLineListingTheLanguagesThereAre() throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "home: 首页\n");
    write("themes/standard/i18n/en.yaml", "home: Home\n");
    write("themes/care/i18n/zh-CN.yaml", "home: 首页\n");

    BuildFailedException e =
        catchThrowableOfType(BuildFailedException.class, () -> Messages.load(theme("care", theme("standard", null)), "fr", site, 4));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "content/site.yaml:4:1: error: theme 'care' has no UI strings for language 'fr'"
                + " — set language to one of en, zh-CN (a regional tag such as en-GB uses en), or add themes/care/i18n/fr.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "en-GB", "en-US", "EN-gb", "en-Latn-GB"})
  void regionalTagsUseTheLanguagesFile(String language) throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "home: 首页\n");
    write("themes/standard/i18n/en.yaml", "home: Home\n");

    assertThat(Messages.load(theme("standard", null), language, site)).isEqualTo(Map.of("home", "Home"));
  }

  @Test
  void theMostSpecificFileWins() throws IOException {
    write("themes/standard/i18n/en.yaml", "colour: color\n");
    write("themes/standard/i18n/en-GB.yaml", "colour: colour\n");

    assertThat(Messages.load(theme("standard", null), "en-GB", site)).isEqualTo(Map.of("colour", "colour"));
    assertThat(Messages.load(theme("standard", null), "en-US", site)).isEqualTo(Map.of("colour", "color"));
  }

  @Test
  void childThemeInheritsALanguageOnlyItsParentHas() throws IOException {
    write("themes/standard/i18n/en.yaml", "home: Home\nskip: Skip\n");
    write("themes/care/i18n/zh-CN.yaml", "skip: 跳到正文内容\n");

    assertThat(Messages.load(theme("care", theme("standard", null)), "en", site)).isEqualTo(Map.of("home", "Home", "skip", "Skip"));
  }

  @Test
  void yamlSyntaxErrorIsAProblemAtItsLine() throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "home: 首页\nedition: [关怀版\n");

    BuildFailedException e =
        catchThrowableOfType(BuildFailedException.class, () -> Messages.load(theme("standard", null), "zh-CN", site));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "themes/standard/i18n/zh-CN.yaml:2:1: error: YAML syntax error: while parsing a flow sequence: expected ',' or ']', but got <stream end>"
                + " — check the indentation, and put values containing ': ' or starting with '[', '{', '*' or '#' in quotes");
  }

  @Test
  void fileThatIsNotAMappingIsAProblem() throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "- 首页\n- 关怀版\n");

    BuildFailedException e =
        catchThrowableOfType(BuildFailedException.class, () -> Messages.load(theme("standard", null), "zh-CN", site));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "themes/standard/i18n/zh-CN.yaml:1:1: error: UI strings are not a list of 'key: text' lines — write one 'key: text' per line, e.g. 'home: 首页'");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "\n", "# 暂无修改\n", "---\n"})
  void emptyOrCommentOnlyFileAddsNoStrings(String text) throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "home: 首页\n");
    write("themes/care/i18n/zh-CN.yaml", text);

    assertThat(Messages.load(theme("care", theme("standard", null)), "zh-CN", site)).isEqualTo(Map.of("home", "首页"));
    assertThat(Messages.load(theme("standard", null), "zh-CN", site)).isEqualTo(Map.of("home", "首页"));
  }

  @Test
  void emptyFileWithoutAParentGivesNoStrings() throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "# 待翻译\n");

    assertThat(Messages.load(theme("standard", null), "zh-CN", site)).isEmpty();
  }

  @Test
  void stringsCannotBeChangedByTemplates() throws IOException {
    write("themes/standard/i18n/zh-CN.yaml", "home: 首页\n");

    Map<String, Object> t = Messages.load(theme("standard", null), "zh-CN", site);

    assertThat(catchThrowableOfType(UnsupportedOperationException.class, () -> t.put("home", "x"))).isNotNull();
  }
}
