package gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Finds the project's folders and assembles fixture sites for tests. */
public final class TestSites {
  private TestSites() {}

  /** The repository root: surefire passes it; running from the generator module works too. */
  public static Path projectRoot() {
    String property = System.getProperty("gongkai.projectRoot");
    Path root = property != null ? Path.of(property) : Path.of("..");
    return root.toAbsolutePath().normalize();
  }

  /** {@code generator/src/test/resources}, the source copy (golden files are written here). */
  public static Path testResources() {
    return projectRoot().resolve("generator/src/test/resources");
  }

  /** A site in {@code target} made of {@code contentDir}'s files and the project's themes. */
  public static Path assemble(Path contentDir, Path target) {
    copyTree(contentDir, target.resolve("content"));
    copyTree(projectRoot().resolve("themes"), target.resolve("themes"));
    return target;
  }

  /** Copies a tree; symbolic links stay links (a fixture may hold one on purpose). */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path dest = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file below {@code dir} by its '/'-separated relative path, sorted. */
  public static Map<String, byte[]> files(Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
