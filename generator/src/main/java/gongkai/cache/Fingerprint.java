package gongkai.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.TreeMap;

/** Keys for the build cache ({@link Hash128}): of strings, and of folders by the name, size and time of every file. */
public final class Fingerprint {
  private final Hash128 hash = new Hash128();

  public Fingerprint add(String text) {
    hash.add(text);
    return this;
  }

  /**
   * Adds every file below {@code folder} by path, size and modification time, in sorted order, the
   * way make and rsync decide that a file changed without reading it. Links are followed, so a
   * changed target counts.
   */
  public Fingerprint addFolder(Path folder) {
    add("folder " + folder);
    if (!Files.isDirectory(folder)) {
      return add("missing");
    }
    TreeMap<String, String> files = new TreeMap<>();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
          files.put(folder.relativize(file).toString(), a.size() + " " + a.lastModifiedTime().toMillis() + " " + a.fileKey());
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          files.put(folder.relativize(file).toString(), "unreadable " + e.getClass().getSimpleName());
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.forEach((path, attributes) -> add(path).add(attributes));
    return this;
  }

  /** The running gongkai itself: its jar, or its classes folder in development. */
  public Fingerprint addGongkai() {
    String version = Fingerprint.class.getPackage().getImplementationVersion();
    add("gongkai " + version);
    try {
      Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
        return add(code + " " + a.size() + " " + a.lastModifiedTime().toMillis());
      }
      return addFolder(code);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Unknown code: a key no other run can have, so nothing is ever skipped.
      return add("unknown " + System.nanoTime());
    }
  }

  public String hex() {
    return hash.hex();
  }
}
