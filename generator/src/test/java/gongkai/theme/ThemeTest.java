package gongkai.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ThemeTest {
  private static final Path THEMES = Path.of("site", "themes");

  @Test
  void lookupOrderStartsWithTheThemeAndEndsWithTheRoot() {
    Theme base = new Theme("base", THEMES.resolve("base"), null);
    Theme standard = new Theme("standard", THEMES.resolve("standard"), base);
    Theme care = new Theme("care", THEMES.resolve("care"), standard);

    assertThat(care.lookupOrder()).containsExactly(care, standard, base);
    assertThat(base.lookupOrder()).containsExactly(base);
  }

  @Test
  void foldersAreInsideTheThemeFolder() {
    Theme care = new Theme("care", THEMES.resolve("care"), null);

    assertThat(care.templates()).isEqualTo(Path.of("site", "themes", "care", "templates"));
    assertThat(care.assets()).isEqualTo(Path.of("site", "themes", "care", "assets"));
    assertThat(care.i18n()).isEqualTo(Path.of("site", "themes", "care", "i18n"));
  }
}
