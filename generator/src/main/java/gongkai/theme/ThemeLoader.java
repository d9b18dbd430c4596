package gongkai.theme;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads {@code theme.yaml} and follows its {@code extends} chain. A theme name is looked up in the
 * site's {@code themes/} and among the {@link BuiltInThemes built-in themes}; when both have it, the
 * site's folder is layered over the built-in one file by file (it needs no theme.yaml of its own),
 * so {@code themes/standard/templates/footer.peb} alone replaces just the footer.
 */
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
    Path builtIn = BuiltInThemes.root().resolve(name);
    Path file = dir.resolve("theme.yaml");
    Path display = siteRoot.relativize(file);
    if (!seen.add(name)) {
      throw new BuildFailedException(
          Problem.at(display, 0, Message.of("theme.extends-circle", String.join(" → ", seen) + " → " + name),
              Message.of("theme.extends-circle.fix")));
    }
    boolean site = Files.isDirectory(dir);
    boolean shipped = Files.isRegularFile(builtIn.resolve("theme.yaml"));
    if (!Files.isRegularFile(file) && !shipped) {
      throw new BuildFailedException(
          Problem.at(display, 0, Message.of("theme.not-found", name), Message.of("theme.not-found.fix", name + "/theme.yaml")));
    }
    JsonNode yaml = Files.isRegularFile(file)
        ? ThemeYaml.read(file, display)
        : ThemeYaml.read(builtIn.resolve("theme.yaml"), BuiltInThemes.display(builtIn.resolve("theme.yaml")));
    JsonNode extendsNode = yaml == null ? null : yaml.get("extends");
    Theme parent = extendsNode == null || extendsNode.isNull() ? null : load(extendsNode.asText(), seen);
    if (shipped) {
      parent = new Theme(name, builtIn, parent);
    }
    return site || !shipped ? new Theme(name, dir, parent) : parent;
  }
}
