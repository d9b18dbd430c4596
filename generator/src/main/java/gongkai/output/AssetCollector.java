package gongkai.output;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.theme.Theme;
import gongkai.theme.ThemeAssets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers the themes' {@code assets/} into the site's one {@code assets/} folder, which both
 * editions share, under their published names ({@link ThemeAssets}: stylesheets and scripts carry
 * a content hash, the names the templates' {@code asset(...)} function links). Within a theme
 * chain a child's file replaces its parent's. Hashed names never clash, since different bytes give
 * different names; across editions two different files may not claim one unhashed path, since one
 * edition would silently get the other's file.
 */
public final class AssetCollector {
  /** The folder both editions' assets are published in. */
  public static final String DIR = "assets/";

  private AssetCollector() {}

  public static List<OutputFile> collect(List<Theme> themes, Path siteRoot) {
    Map<String, OutputFile> files = new TreeMap<>();
    Map<String, Path> sources = new HashMap<>();
    for (Theme theme : themes) {
      for (ThemeAssets.Asset asset : ThemeAssets.of(theme).byName().values()) {
        OutputFile file = new OutputFile(DIR + asset.publishedName(), asset.bytes());
        OutputFile other = files.putIfAbsent(file.path(), file);
        Path otherSource = sources.putIfAbsent(file.path(), asset.source());
        if (other != null && !Arrays.equals(other.bytes(), file.bytes())) {
          throw new BuildFailedException(
              Problem.at(
                  Theme.display(siteRoot, asset.source()),
                  0,
                  Message.of("output.asset-differs", Theme.display(siteRoot, otherSource)),
                  Message.of("output.asset-differs.fix")));
        }
      }
    }
    return List.copyOf(files.values());
  }
}
