package gongkai.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme's assets with the names they are published under. Stylesheets and scripts carry the first
 * {@value #HASH_LENGTH} hex digits of their content's SHA-256 in their name
 * ({@code css/site.3f2a9c1d0e.css}): a changed file gets a new address, so servers may let browsers
 * cache them forever (RFC 8246 {@code immutable}, see docs/hosting.md). Other files (images, fonts)
 * keep their names, so a stylesheet's relative {@code url(...)} to them still resolves.
 *
 * @param byName every asset by its name under {@code assets/} as the theme has it, e.g. {@code css/site.css}
 */
public record ThemeAssets(Map<String, Asset> byName) {
  /** 40 bits: collisions among a theme's handful of files are out of the question. */
  static final int HASH_LENGTH = 10;

  /**
   * One asset.
   *
   * @param name its path under the theme's {@code assets/}, e.g. {@code css/site.css}
   * @param publishedName its path under the site's {@code assets/}, e.g. {@code css/site.3f2a9c1d0e.css}
   * @param source the file it is read from (the theme's own, or the nearest ancestor's)
   * @param bytes its content
   */
  public record Asset(String name, String publishedName, Path source, byte[] bytes) {}

  public ThemeAssets {
    byName = Map.copyOf(byName);
  }

  /** The assets of {@code theme} and its ancestors, the theme's own file winning over an ancestor's. */
  public static ThemeAssets of(Theme theme) {
    Map<String, Asset> assets = new TreeMap<>();
    List<Theme> order = theme.lookupOrder();
    for (int i = order.size() - 1; i >= 0; i--) {
      Path dir = order.get(i).assets();
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          String name = dir.relativize(file).toString().replace('\\', '/');
          Theme owner = order.get(i);
          if (!owner.builtIn()) {
            ThemeLinks.checkFile(owner, owner.dir().getParent().getParent(), file);
          }
          byte[] bytes = Files.readAllBytes(file);
          assets.put(name, new Asset(name, publishedName(name, bytes), file, bytes));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ThemeAssets(assets);
  }

  /** The asset a template names, or null when the theme has no such file. */
  public Asset get(String name) {
    return byName.get(name);
  }

  /** {@code css/site.css} → {@code css/site.<hash>.css}; names other than .css and .js stay as they are. */
  static String publishedName(String name, byte[] bytes) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot);
    if (!extension.equals(".css") && !extension.equals(".js")) {
      return name;
    }
    return name.substring(0, dot) + "." + hash(bytes) + extension;
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, HASH_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
