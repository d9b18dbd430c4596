package gongkai.theme;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code asset('css/site.css')}: the address of a theme asset under its published, fingerprinted
 * name ({@link ThemeAssets}), e.g. {@code /jtj/assets/css/site.3f2a9c1d0e.css}. A name the theme
 * does not have fails the build at the template's line, as strict variables do for a typo.
 */
final class AssetFunction implements Function {
  static final String NAME = "asset";
  private static final String PATH = "path";

  private final ThemeAssets assets;

  AssetFunction(ThemeAssets assets) {
    this.assets = Objects.requireNonNull(assets, "assets");
  }

  @Override
  public List<String> getArgumentNames() {
    return List.of(PATH);
  }

  @Override
  public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
    Object path = args.get(PATH);
    ThemeAssets.Asset asset = path instanceof String name ? assets.get(name) : null;
    if (asset == null) {
      throw new PebbleException(
          null,
          NAME + "(" + path + "): no such file in the theme's assets/ — name a file under assets/, e.g. "
              + NAME + "('css/site.css'); the theme has " + String.join(", ", new java.util.TreeSet<>(assets.byName().keySet())),
          lineNumber,
          self.getName());
    }
    // The site's assets/ address (base path included) is in every page's context.
    return context.getVariable("assets") + asset.publishedName();
  }
}
