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
