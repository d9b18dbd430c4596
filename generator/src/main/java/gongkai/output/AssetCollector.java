package gongkai.output;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import gongkai.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Gathers the themes' {@code assets/} into the site's one {@code assets/} folder, which both
 * editions share. Within a theme chain a child's file replaces its parent's; across editions two
 * different files may not claim one path, since one edition would silently get the other's file.
 */
public final class AssetCollector {
  private AssetCollector() {}

  public static List<OutputFile> collect(List<Theme> themes, Path siteRoot) {
    Map<String, OutputFile> files = new TreeMap<>();
    Map<String, Path> sources = new HashMap<>();
    for (Theme theme : themes) {
      for (Map.Entry<String, Path> asset : chainAssets(theme).entrySet()) {
        OutputFile file = read(asset.getKey(), asset.getValue());
        OutputFile other = files.putIfAbsent(file.path(), file);
        Path otherSource = sources.putIfAbsent(file.path(), asset.getValue());
        if (other != null && !Arrays.equals(other.bytes(), file.bytes())) {
          throw new BuildFailedException(
              Problem.at(
                  siteRoot.relativize(asset.getValue()),
                  0,
                  "differs from " + siteRoot.relativize(otherSource) + ", but both editions share assets/",
                  "give the file its own name and link it from the theme's templates"));
        }
      }
    }
    return List.copyOf(files.values());
  }

  /** A theme's assets by output path, its own files over its ancestors'. */
  private static Map<String, Path> chainAssets(Theme theme) {
    Map<String, Path> assets = new TreeMap<>();
    List<Theme> order = theme.lookupOrder();
    for (int i = order.size() - 1; i >= 0; i--) {
      Path dir = order.get(i).assets();
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .forEach(file -> assets.put("assets/" + dir.relativize(file).toString().replace('\\', '/'), file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return assets;
  }

  private static OutputFile read(String path, Path file) {
    try {
      return new OutputFile(path, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
