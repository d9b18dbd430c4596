package gongkai.theme;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads {@code themes/<name>/theme.yaml} and follows its {@code extends} chain. */
public final class ThemeLoader {
  private final Path siteRoot;

  public ThemeLoader(Path siteRoot) {
    this.siteRoot = siteRoot;
  }

  public Theme load(String name) {
    return load(name, new LinkedHashSet<>());
  }

  private Theme load(String name, Set<String> seen) {
    Path dir = siteRoot.resolve("themes").resolve(name);
    Path file = dir.resolve("theme.yaml");
    Path display = siteRoot.relativize(file);
    if (!seen.add(name)) {
      throw new BuildFailedException(
          Problem.at(display, 0, "themes extend each other in a circle: " + String.join(" → ", seen) + " → " + name,
              "remove one of the 'extends' lines"));
    }
    if (!Files.isRegularFile(file)) {
      throw new BuildFailedException(
          Problem.at(display, 0, "theme '" + name + "' not found", "check the themes/ folder; it must contain " + name + "/theme.yaml"));
    }
    JsonNode yaml = ThemeYaml.read(file, display);
    JsonNode parent = yaml == null ? null : yaml.get("extends");
    return new Theme(name, dir, parent == null || parent.isNull() ? null : load(parent.asText(), seen));
  }
}
