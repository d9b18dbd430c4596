package gongkai.output;

import gongkai.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Gathers a theme's {@code assets/} into the site's {@code assets/}; a child theme's file replaces its parent's. */
public final class AssetCollector {
  private AssetCollector() {}

  public static List<OutputFile> collect(Theme theme) {
    Map<String, OutputFile> files = new TreeMap<>();
    List<Theme> order = theme.lookupOrder();
    for (int i = order.size() - 1; i >= 0; i--) {
      Path dir = order.get(i).assets();
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          String path = "assets/" + dir.relativize(file).toString().replace('\\', '/');
          files.put(path, new OutputFile(path, Files.readAllBytes(file)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(files.values());
  }
}
