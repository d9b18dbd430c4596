package gongkai.theme;

import gongkai.site.Edition;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The theme an edition is rendered with and its UI strings in the site's language, loaded once per
 * build: the check stage loads them (a language no theme speaks is a publisher's mistake) and the
 * page renderers are made from them.
 *
 * @param edition the edition
 * @param theme the edition's theme ({@link Edition#theme()}), with its {@code extends} chain
 * @param messages the UI strings ({@link Messages})
 */
public record EditionTheme(Edition edition, Theme theme, Map<String, Object> messages) {
  public EditionTheme {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(theme, "theme");
    messages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(messages)); // in the files' order
  }

  /**
   * @param language the site's language from site.yaml, and its line there for a problem
   * @throws gongkai.problem.BuildFailedException when the theme or its strings are missing or broken
   */
  public static EditionTheme load(ThemeLoader themes, Edition edition, String language, Path siteRoot, int languageLine) {
    Theme theme = themes.load(edition.theme());
    // An ancestor that is another edition's theme is checked with that edition, so a problem is told once.
    java.util.function.Predicate<Theme> own =
        t -> t == theme || java.util.Arrays.stream(Edition.values()).noneMatch(e -> e != edition && e.theme().equals(t.name()));
    theme.lookupOrder().stream().filter(own).forEach(t -> ThemeLinks.check(t, siteRoot));
    java.util.List<gongkai.problem.Problem> cycles = TemplateCycles.find(theme, siteRoot, own);
    if (!cycles.isEmpty()) {
      throw new gongkai.problem.BuildFailedException(cycles);
    }
    return new EditionTheme(edition, theme, Messages.load(theme, language, siteRoot, languageLine));
  }
}
