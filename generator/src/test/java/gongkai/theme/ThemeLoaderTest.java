package gongkai.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gongkai.problem.BuildFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThemeLoaderTest {
  @TempDir Path site;

  private void themeYaml(String name, String text) throws IOException {
    Path file = site.resolve("themes").resolve(name).resolve("theme.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private BuildFailedException failure(String name) {
    return catchThrowableOfType(BuildFailedException.class, () -> new ThemeLoader(site).load(name));
  }

  @Test
  void followsTheExtendsChain() throws IOException {
    themeYaml("plain", "name: plain\n");
    themeYaml("large", "name: large\nextends: plain\n");

    Theme care = new ThemeLoader(site).load("large");

    assertThat(care).isEqualTo(new Theme("large", site.resolve("themes/large"), new Theme("plain", site.resolve("themes/plain"), null)));
  }

  @Test
  void lookupOrderIsTheThemeThenItsAncestors() throws IOException {
    themeYaml("base", "name: base\n");
    themeYaml("plain", "extends: base\n");
    themeYaml("large", "extends: plain\n");

    Theme care = new ThemeLoader(site).load("large");

    assertThat(care.lookupOrder()).extracting(Theme::name).containsExactly("large", "plain", "base");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"name: plain\n", "extends: ~\n", "extends: null\n", "# only a comment\n", ""})
  void themeWithoutExtendsHasNoParent(String yaml) throws IOException {
    themeYaml("plain", yaml);

    Theme standard = new ThemeLoader(site).load("plain");

    assertThat(standard.parent()).isNull();
    assertThat(standard.lookupOrder()).containsExactly(standard);
  }

  @Test
  void missingThemeIsAProblem() {
    assertThat(failure("nope").problems())
        .extracting(Object::toString)
        .containsExactly("themes/nope/theme.yaml: error: theme 'nope' not found — check the themes/ folder; it must contain nope/theme.yaml");
  }

  @Test
  void folderWithoutThemeYamlIsAMissingTheme() throws IOException {
    Files.createDirectories(site.resolve("themes/plain/templates"));

    assertThat(failure("plain").problems())
        .extracting(Object::toString)
        .containsExactly(
            "themes/plain/theme.yaml: error: theme 'plain' not found — check the themes/ folder; it must contain plain/theme.yaml");
  }

  @Test
  void missingParentThemeIsAProblem() throws IOException {
    themeYaml("large", "extends: standrad\n");

    assertThat(failure("large").problems())
        .extracting(Object::toString)
        .containsExactly(
            "themes/standrad/theme.yaml: error: theme 'standrad' not found — check the themes/ folder; it must contain standrad/theme.yaml");
  }

  @Test
  void siteFolderWithoutThemeYamlIsLayeredOverTheBuiltInTheme() throws IOException {
    Files.createDirectories(site.resolve("themes/standard/templates"));

    Theme care = new ThemeLoader(site).load("care");

    assertThat(care.lookupOrder()).extracting(Theme::name).containsExactly("care", "standard", "standard");
    assertThat(care.lookupOrder()).extracting(Theme::builtIn).containsExactly(true, false, true);
  }

  @Test
  void siteWithoutThemesUsesTheBuiltInThemes() {
    Theme care = new ThemeLoader(site).load("care");

    assertThat(care.lookupOrder()).extracting(Theme::name).containsExactly("care", "standard");
    assertThat(care.lookupOrder()).allMatch(Theme::builtIn);
  }

  @Test
  void circularExtendsIsAProblem() throws IOException {
    themeYaml("a", "extends: b\n");
    themeYaml("b", "extends: c\n");
    themeYaml("c", "extends: a\n");

    assertThat(failure("a").problems())
        .extracting(Object::toString)
        .containsExactly("themes/a/theme.yaml: error: themes extend each other in a circle: a → b → c → a — remove one of the 'extends' lines");
  }

  @Test
  void themeExtendingItselfIsACircle() throws IOException {
    themeYaml("large", "extends: large\n");

    assertThat(failure("large").problems())
        .extracting(Object::toString)
        .containsExactly("themes/large/theme.yaml: error: themes extend each other in a circle: large → large — remove one of the 'extends' lines");
  }

  @Test
  void yamlSyntaxErrorIsAProblemAtItsLine() throws IOException {
    themeYaml("large", "name: large\nextends: [standard\n");

    assertThat(failure("large").problems())
        .extracting(Object::toString)
        .containsExactly(
            "themes/large/theme.yaml:2:1: error: YAML syntax error: while parsing a flow sequence: expected ',' or ']', but got <stream end>"
                + " — check the indentation, and put values containing ': ' or starting with '[', '{', '*' or '#' in quotes");
  }

  @Test
  void tabIndentationIsAProblemAtTheLineWithTheTab() throws IOException {
    themeYaml("large", "name: large\n\textends: standard\n");

    assertThat(failure("large").problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(Path.of("themes/large/theme.yaml"));
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.text()).startsWith("YAML syntax error: ").contains("Do not use \\t(TAB) for indentation");
            });
  }
}
