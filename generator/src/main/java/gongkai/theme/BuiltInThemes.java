package gongkai.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The standard and care themes that ship inside the generator (copied at build time from the
 * repository's {@code themes/} into {@code gongkai/themes/} on the class path, see generator/pom.xml).
 * A site without its own {@code themes/} builds with them; a site's file of the same path wins.
 */
final class BuiltInThemes {
  /** Where they sit on the class path, also the prefix Pebble's class-path loader uses. */
  static final String RESOURCE = "gongkai/themes";

  /** Shown in place of a file inside the jar, so a problem still names the theme file. */
  static final String DISPLAY = "(gongkai)";

  private static volatile Path root;

  private BuiltInThemes() {}

  /** The folder holding {@code standard/} and {@code care/}: a plain folder, or one inside the jar. */
  static Path root() {
    Path r = root;
    if (r == null) {
      synchronized (BuiltInThemes.class) {
        if (root == null) {
          root = locate();
        }
        r = root;
      }
    }
    return r;
  }

  /** {@code themes/standard/...} for a file under {@link #root()}, prefixed so it is not taken for a site file. */
  static Path display(Path file) {
    return Path.of(DISPLAY, "themes", root().relativize(file).toString());
  }

  static boolean contains(Path file) {
    return file.getFileSystem() == root().getFileSystem() && file.startsWith(root());
  }

  private static Path locate() {
    URL url = BuiltInThemes.class.getClassLoader().getResource(RESOURCE + "/standard/theme.yaml");
    if (url == null) {
      throw new IllegalStateException("the built-in themes are missing from the class path (" + RESOURCE + ")");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // opened before: Path.of(uri) finds it
        }
      }
      return Path.of(uri).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
