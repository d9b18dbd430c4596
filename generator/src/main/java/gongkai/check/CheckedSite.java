package gongkai.check;

import gongkai.content.ParsedContent;
import gongkai.markdown.RenderedBody;
import gongkai.problem.Problem;
import gongkai.site.Edition;
import gongkai.site.Site;
import gongkai.theme.EditionTheme;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ParsedContent that passed {@link SiteCheck}: what the rest of the build needs, and the warnings to print.
 *
 * @param content the parsed content
 * @param bodies every rendered body, keyed by the file's path below {@code content/}
 * @param standard the standard edition's site model, assembled for the link check; the build
 *     renders that edition from it
 * @param themes each edition's theme and UI strings, in {@link Edition} order
 * @param warnings sorted; never errors
 * @param startedNanos {@link System#nanoTime()} when validation began, so a build's time includes it
 */
public record CheckedSite(
    ParsedContent content, Map<String, RenderedBody> bodies, Site standard, List<EditionTheme> themes, List<Problem> warnings, long startedNanos) {
  public CheckedSite {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(standard, "standard");
    // Sorted by path, as the renderer returns them: nothing downstream may see hash order.
    bodies = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bodies));
    themes = List.copyOf(themes);
    if (themes.size() != Edition.values().length) {
      throw new IllegalArgumentException("a theme for every edition: " + themes);
    }
    warnings = List.copyOf(warnings);
  }

  /** The theme and strings {@code edition} is rendered with. */
  public EditionTheme theme(Edition edition) {
    return themes.get(edition.ordinal());
  }
}
