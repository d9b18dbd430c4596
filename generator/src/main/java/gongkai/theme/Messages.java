package gongkai.theme;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A theme's UI strings for one language ({@code i18n/<language>.yaml}), merged over the strings of
 * the themes it extends, so a child theme only lists what it changes. Templates see them as {@code t}.
 */
public final class Messages {
  private Messages() {}

  /** As {@link #load(Theme, String, Path, int)} when the language's line in site.yaml is not known. */
  public static Map<String, Object> load(Theme theme, String language, Path siteRoot) {
    return load(theme, language, siteRoot, 0);
  }

  /**
   * Picks the UI strings file for {@code language} by RFC 4647 §3.4 lookup: the whole tag, then the
   * tag with its last subtag cut off, and so on ({@code en-GB} → {@code en-GB.yaml}, else {@code
   * en.yaml}), matching file names case-insensitively as BCP 47 tags are (RFC 5646 §2.1.1). There
   * is no silent fallback to another language: a site showing the wrong language is a mistake the
   * publisher must hear about.
   *
   * @param languageLine the line of {@code language:} in content/site.yaml, or 0 when not set there
   * @throws BuildFailedException at that line, listing the languages the theme has
   */
  public static Map<String, Object> load(Theme theme, String language, Path siteRoot, int languageLine) {
    List<Theme> order = theme.lookupOrder();
    SortedSet<String> available = available(order);
    String file = lookup(language, available);
    if (file == null) {
      throw new BuildFailedException(
          Problem.at(
              Path.of("content", "site.yaml"),
              languageLine,
              Message.of("theme.no-ui-strings", theme.name(), language),
              Message.of("theme.no-ui-strings.fix", List.copyOf(available), "themes/" + theme.name() + "/i18n/" + language + ".yaml")));
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      Path path = order.get(i).i18n().resolve(file + ".yaml");
      if (Files.isRegularFile(path)) {
        merge(merged, read(path, siteRoot));
      }
    }
    return Collections.unmodifiableMap(merged);
  }

  /** The languages with a strings file in any theme of the chain, by file name without {@code .yaml}. */
  private static SortedSet<String> available(List<Theme> order) {
    SortedSet<String> languages = new TreeSet<>();
    for (Theme t : order) {
      if (!Files.isDirectory(t.i18n())) {
        continue;
      }
      try (Stream<Path> files = Files.list(t.i18n())) {
        files.filter(Files::isRegularFile)
            .map(f -> f.getFileName().toString())
            .filter(name -> name.endsWith(".yaml"))
            .forEach(name -> languages.add(name.substring(0, name.length() - ".yaml".length())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return languages;
  }

  private static String lookup(String language, SortedSet<String> available) {
    String tag = language.strip();
    while (!tag.isEmpty()) {
      for (String candidate : available) {
        if (candidate.equalsIgnoreCase(tag)) {
          return candidate;
        }
      }
      int cut = tag.lastIndexOf('-');
      tag = cut < 0 ? "" : tag.substring(0, cut);
    }
    return null;
  }

  /**
   * An empty or comment-only file adds no strings; strings it would have held fall back to the parent
   * theme's, or are reported as missing when a template uses them.
   */
  private static Map<String, Object> read(Path file, Path siteRoot) {
    Path display = Theme.display(siteRoot, file);
    JsonNode node = ThemeYaml.read(file, display);
    if (node == null) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new BuildFailedException(
          Problem.at(display, 1, Message.of("theme.ui-strings-not-mapping"), Message.of("theme.ui-strings-not-mapping.fix")));
    }
    return ThemeYaml.MAPPER.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> into, Map<String, Object> from) {
    from.forEach(
        (key, value) -> {
          if (value instanceof Map<?, ?> child && into.get(key) instanceof Map<?, ?> existing) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
            merge(copy, (Map<String, Object>) child);
            into.put(key, copy);
          } else {
            into.put(key, value);
          }
        });
  }
}
