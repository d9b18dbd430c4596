package gongkai.theme;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import java.io.IOException;
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
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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

  private static Map<String, Object> read(Path file, Path siteRoot) {
    try {
      Map<String, Object> map = YAML.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
      return map == null ? Map.of() : map;
    } catch (IOException e) {
      throw new BuildFailedException(
          Problem.at(siteRoot.relativize(file), 0, "UI strings cannot be read: " + e.getMessage(), "fix the YAML"));
    }
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
