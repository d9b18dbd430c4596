package gongkai.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The next state of the output folder while it is built (see {@link OutputDirectory}). Files are
 * put one at a time, from any thread, as soon as they are rendered, so no build holds the whole site
 * in memory. A file whose bytes equal the published one is not written: it is hard-linked from the
 * published folder at {@link #commit()}, which keeps its modification time. Closing a stage that was
 * not committed deletes it and leaves the output folder untouched.
 */
public final class OutputStage implements AutoCloseable {
  private final OutputDirectory output;
  private final Path stage;
  private final Path published;
  private final Set<String> paths = ConcurrentHashMap.newKeySet();
  private final Set<String> kept = ConcurrentHashMap.newKeySet();
  private final Set<String> folderPaths = ConcurrentHashMap.newKeySet();
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  private final AtomicInteger written = new AtomicInteger();
  private boolean done;

  OutputStage(OutputDirectory output, Path stage) {
    this.output = output;
    this.stage = stage;
    this.published = output.dir();
  }

  /** Adds a file of the new site; thread-safe. */
  public void put(OutputFile file) {
    claim(file.path());
    try {
      Path old = published.resolve(file.path());
      if (sameBytes(old, file.bytes())) {
        kept.add(file.path());
        return;
      }
      Path target = stage.resolve(file.path());
      createFolders(target.getParent());
      Files.write(target, file.bytes());
      written.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds a file the caller knows is already published with the right bytes (the build cache saw its
   * inputs unchanged); thread-safe.
   */
  public void keep(String path) {
    claim(path);
    if (!Files.isRegularFile(published.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalStateException("kept file is not published: " + path);
    }
    kept.add(path);
  }

  /** Whether {@code path} is published as a regular file with this size and modification time. */
  public boolean isPublished(String path, long size, long modifiedMillis) {
    try {
      BasicFileAttributes a = Files.readAttributes(published.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() && a.size() == size && a.lastModifiedTime().toMillis() == modifiedMillis;
    } catch (IOException e) {
      return false;
    }
  }

  private void claim(String path) {
    if (!paths.add(path)) {
      throw OutputFile.twoOutputsFor(path);
    }
    // Two outputs such as feed and feed/index.xml cannot both exist: a bug, not content.
    if (folderPaths.contains(path)) {
      throw new IllegalStateException(path + " is both an output file and the folder of another output");
    }
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      String folder = path.substring(0, slash);
      folderPaths.add(folder);
      if (paths.contains(folder)) {
        throw new IllegalStateException(folder + " is both an output file and the folder of " + path);
      }
    }
  }

  /**
   * Makes the stage the output folder. When nothing was written and nothing is stale, the output
   * folder is already right and is not touched at all.
   */
  public SyncResult commit() {
    try {
      int removed = countStale();
      if (written.get() == 0 && removed == 0 && Files.isDirectory(published)) {
        close();
        return new SyncResult(0, kept.size() - 1, 0);
      }
      List<String> sorted = new ArrayList<>(kept);
      Collections.sort(sorted);
      for (String path : sorted) {
        link(path);
      }
      output.switchTo(stage);
      done = true;
      // The marker is the folder's, not the site's: it counts neither as written nor as unchanged.
      boolean markerKept = kept.contains(OutputDirectory.MARKER);
      return new SyncResult(written.get() - (markerKept ? 0 : 1), kept.size() - (markerKept ? 1 : 0), removed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes an uncommitted stage; the output folder stays as it was. */
  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    try {
      if (Files.exists(stage, LinkOption.NOFOLLOW_LINKS)) {
        OutputDirectory.deleteTree(stage);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void link(String path) throws IOException {
    Path target = stage.resolve(path);
    createFolders(target.getParent());
    try {
      Files.createLink(target, published.resolve(path));
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (e instanceof FileAlreadyExistsException) {
        throw e;
      }
      // No hard links here (some network and FAT file systems): a copy with its attributes keeps the time too.
      Files.copy(published.resolve(path), target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private void createFolders(Path folder) throws IOException {
    if (folders.contains(folder)) {
      return;
    }
    Files.createDirectories(folder);
    folders.add(folder);
  }

  private static boolean sameBytes(Path old, byte[] bytes) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() && a.size() == bytes.length && Arrays.equals(Files.readAllBytes(old), bytes);
    } catch (FileSystemException e) {
      return false; // missing, or a folder on the way is a file now: not the same either way
    }
  }

  /** Published files that are not part of the new site; the switch drops them. */
  private int countStale() throws IOException {
    if (!Files.isDirectory(published)) {
      return 0;
    }
    AtomicInteger stale = new AtomicInteger();
    Files.walkFileTree(published, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String path = published.relativize(file).toString().replace('\\', '/');
        if (!paths.contains(path)) {
          stale.incrementAndGet();
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return stale.get();
  }
}
