package gongkai.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's themes keep their languages in step and their templates free of UI text: every
 * string a reader sees comes from {@code i18n/<language>.yaml}, so switching {@code language}
 * switches all of it.
 */
class ThemeStringsTest {
  private static final Path THEMES = TestSites.projectRoot().resolve("themes");

  /** Pebble comments, which may quote the Chinese terms they explain. */
  private static final Pattern COMMENT = Pattern.compile("\\{#.*?#}", Pattern.DOTALL);

  static List<Path> themes() throws IOException {
    try (Stream<Path> dirs = Files.list(THEMES)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("themes")
  void everyLanguageFileOfAThemeHasTheSameKeys(Path theme) throws IOException {
    Path i18n = theme.resolve("i18n");
    List<Path> files;
    try (Stream<Path> list = Files.list(i18n)) {
      files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).extracting(f -> f.getFileName().toString()).contains("zh-CN.yaml", "en.yaml");
    TreeSet<String> reference = keys(i18n.resolve("zh-CN.yaml"));
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      TreeSet<String> keys = keys(file);
      for (String key : reference) {
        if (!keys.contains(key)) {
          problems.add(THEMES.relativize(file) + " lacks " + key + " (in zh-CN.yaml)");
        }
      }
      for (String key : keys) {
        if (!reference.contains(key)) {
          problems.add(THEMES.relativize(file) + " has " + key + ", which zh-CN.yaml lacks");
        }
      }
    }
    assertThat(problems).as(() -> String.join("\n", problems)).isEmpty();
  }

  @Test
  void noTemplateHoldsChineseOrFullWidthText() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path theme : themes()) {
      Path templates = theme.resolve("templates");
      if (!Files.isDirectory(templates)) {
        continue;
      }
      try (Stream<Path> files = Files.list(templates)) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".peb")).sorted()::iterator) {
          String[] lines = COMMENT.matcher(Files.readString(file)).replaceAll(m -> m.group().replaceAll("[^\n]", " ")).split("\n", -1);
          for (int i = 0; i < lines.length; i++) {
            if (lines[i].codePoints().anyMatch(ThemeStringsTest::isCjk)) {
              problems.add(THEMES.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
            }
          }
        }
      }
    }
    assertThat(problems).as("UI text belongs in i18n/*.yaml:\n%s", String.join("\n", problems)).isEmpty();
  }

  @Test
  void commentsMayQuoteChineseButTextMayNot() {
    assertThat(COMMENT.matcher("{# 索引号 #}<p>{{ t.x }}</p>").replaceAll("").codePoints().anyMatch(ThemeStringsTest::isCjk)).isFalse();
    assertThat("<p>{{ t.x }}：</p>".codePoints().anyMatch(ThemeStringsTest::isCjk)).isTrue();
  }

  /** Han ideographs, CJK punctuation (、。《》) and full-width forms (：（）), which only Chinese text uses. */
  static boolean isCjk(int codePoint) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && codePoint == 0x2026;
  }

  /** Every key path in a strings file, nested keys joined with dots: {@code meta.index_no}. */
  private static TreeSet<String> keys(Path file) {
    TreeSet<String> keys = new TreeSet<>();
    JsonNode root = ThemeYaml.read(file, file);
    if (root != null) {
      collect("", root, keys);
    }
    return keys;
  }

  private static void collect(String prefix, JsonNode node, TreeSet<String> keys) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix + field.getKey();
      if (field.getValue().isObject()) {
        collect(key + ".", field.getValue(), keys);
      } else {
        keys.add(key);
      }
    }
  }
}
