package gongkai.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A build's output folder, as {@link DiskRebuild} writes it. */
final class DiskFiles implements SiteFiles {
  private final Path root;
  private final Path realRoot;

  DiskFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
      this.realRoot = this.root.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public byte[] read(String path) {
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      // A symbolic link inside the output may point anywhere; only what really lies inside is served.
      return file.toRealPath().startsWith(realRoot) ? Files.readAllBytes(file) : null;
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public boolean isDirectory(String path) {
    Path dir = root.resolve(path).normalize();
    return dir.startsWith(root) && Files.isDirectory(dir);
  }
}
