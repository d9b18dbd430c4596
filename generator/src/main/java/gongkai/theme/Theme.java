package gongkai.theme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A theme folder and the theme it extends.
 *
 * @param name the folder name under {@code themes/}
 * @param dir the folder
 * @param parent the theme named by {@code extends} in {@code theme.yaml}, or null
 */
public record Theme(String name, Path dir, Theme parent) {

  /** This theme first, then its ancestors: the order in which a template or asset is looked up. */
  public List<Theme> lookupOrder() {
    List<Theme> order = new ArrayList<>();
    for (Theme t = this; t != null; t = t.parent()) {
      order.add(t);
    }
    return List.copyOf(order);
  }

  /**
   * How a problem names one of a theme's files: relative to the site root, or under {@code (gongkai)/themes/}
   * for a file of a built-in theme, which lives inside the generator.
   */
  public static Path display(Path siteRoot, Path file) {
    return BuiltInThemes.contains(file) ? BuiltInThemes.display(file) : siteRoot.relativize(file);
  }

  /** Whether this is one of the themes inside the generator rather than a folder of the site. */
  public boolean builtIn() {
    return BuiltInThemes.contains(dir);
  }

  public Path templates() {
    return dir.resolve("templates");
  }

  public Path assets() {
    return dir.resolve("assets");
  }

  public Path i18n() {
    return dir.resolve("i18n");
  }
}
