package gongkai.theme;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A theme's UI strings for one language ({@code i18n/<language>.yaml}), merged over the strings of
 * the themes it extends, so a child theme only lists what it changes. Templates see them as {@code t}.
 */
public final class Messages {
  private Messages() {}

  public static Map<String, Object> load(Theme theme, String language, Path siteRoot) {
    List<Theme> order = theme.lookupOrder();
    Map<String, Object> merged = new LinkedHashMap<>();
    boolean found = false;
    for (int i = order.size() - 1; i >= 0; i--) {
      Path file = order.get(i).i18n().resolve(language + ".yaml");
      if (Files.isRegularFile(file)) {
        found = true;
        merge(merged, read(file, siteRoot));
      }
    }
    if (!found) {
      throw new BuildFailedException(
          Problem.at(
              siteRoot.relativize(theme.i18n().resolve(language + ".yaml")),
              0,
              "theme '" + theme.name() + "' has no UI strings for language '" + language + "'",
              "set language in content/site.yaml to one the theme has (e.g. zh-CN), or add the file"));
    }
    return Collections.unmodifiableMap(merged);
  }

  /**
   * An empty or comment-only file adds no strings; strings it would have held fall back to the parent
   * theme's, or are reported as missing when a template uses them.
   */
  private static Map<String, Object> read(Path file, Path siteRoot) {
    Path display = siteRoot.relativize(file);
    JsonNode node = ThemeYaml.read(file, display);
    if (node == null) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new BuildFailedException(
          Problem.at(display, 1, "UI strings are not a list of 'key: text' lines", "write one 'key: text' per line, e.g. 'home: 首页'"));
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
