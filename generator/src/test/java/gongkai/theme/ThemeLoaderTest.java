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
    themeYaml("standard", "name: standard\n");
    themeYaml("care", "name: care\nextends: standard\n");

    Theme care = new ThemeLoader(site).load("care");

    assertThat(care).isEqualTo(new Theme("care", site.resolve("themes/care"), new Theme("standard", site.resolve("themes/standard"), null)));
  }

  @Test
  void lookupOrderIsTheThemeThenItsAncestors() throws IOException {
    themeYaml("base", "name: base\n");
    themeYaml("standard", "extends: base\n");
    themeYaml("care", "extends: standard\n");

    Theme care = new ThemeLoader(site).load("care");

    assertThat(care.lookupOrder()).extracting(Theme::name).containsExactly("care", "standard", "base");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"name: standard\n", "extends: ~\n", "extends: null\n", "# only a comment\n", ""})
  void themeWithoutExtendsHasNoParent(String yaml) throws IOException {
    themeYaml("standard", yaml);

    Theme standard = new ThemeLoader(site).load("standard");

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
    Files.createDirectories(site.resolve("themes/standard/templates"));

    assertThat(failure("standard").problems())
        .extracting(Object::toString)
        .containsExactly(
            "themes/standard/theme.yaml: error: theme 'standard' not found — check the themes/ folder; it must contain standard/theme.yaml");
  }

  @Test
  void missingParentThemeIsAProblem() throws IOException {
    themeYaml("care", "extends: standrad\n");

    assertThat(failure("care").problems())
        .extracting(Object::toString)
        .containsExactly(
            "themes/standrad/theme.yaml: error: theme 'standrad' not found — check the themes/ folder; it must contain standrad/theme.yaml");
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
    themeYaml("care", "extends: care\n");

    assertThat(failure("care").problems())
        .extracting(Object::toString)
        .containsExactly("themes/care/theme.yaml: error: themes extend each other in a circle: care → care — remove one of the 'extends' lines");
  }

  @Test
  void yamlSyntaxErrorIsAProblemAtItsLine() throws IOException {
    themeYaml("care", "name: care\nextends: [standard\n");

    assertThat(failure("care").problems())
        .extracting(Object::toString)
        .containsExactly(
            "themes/care/theme.yaml:2:1: error: YAML syntax error: while parsing a flow sequence: expected ',' or ']', but got <stream end>"
                + " — check the indentation, and put values containing ': ' or starting with '[', '{', '*' or '#' in quotes");
  }

  @Test
  void tabIndentationIsAProblemAtTheLineWithTheTab() throws IOException {
    themeYaml("care", "name: care\n\textends: standard\n");

    assertThat(failure("care").problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(Path.of("themes/care/theme.yaml"));
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).startsWith("YAML syntax error: ").contains("Do not use \\t(TAB) for indentation");
            });
  }
}
