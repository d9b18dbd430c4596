package gongkai.output;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings the output folder (usually {@code public/}) to the state of a finished build: changed files
 * written, stale files removed, unchanged files not touched, so their modification times survive for
 * rsync-style deploys (DESIGN.md, principles). It is only called after every stage has succeeded, so
 * a failed build never reaches the published site.
 */
public final class OutputDirectory {
  /** Marks a folder as gongkai's, so a mistyped {@code --out} never deletes someone's files. */
  static final String MARKER = ".gongkai-output";

  private final Path dir;

  public OutputDirectory(Path dir) {
    this.dir = dir;
  }

  public SyncResult sync(List<OutputFile> files) {
    checkNoFileIsAlsoAFolder(files);
    try {
      claim();
      Set<Path> wanted = new HashSet<>();
      wanted.add(dir.resolve(MARKER));
      int written = 0;
      int unchanged = 0;
      for (OutputFile file : files) {
        Path target = dir.resolve(file.path());
        if (!wanted.add(target)) {
          throw new IllegalStateException("two outputs for " + file.path());
        }
        if (Files.isRegularFile(target) && Files.size(target) == file.bytes().length
            && Arrays.equals(Files.readAllBytes(target), file.bytes())) {
          unchanged++;
          continue;
        }
        write(target, file.bytes());
        written++;
      }
      return new SyncResult(written, unchanged, removeStale(wanted));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Two outputs such as {@code feed} and {@code feed/index.xml} cannot both exist: a bug, not content. */
  private static void checkNoFileIsAlsoAFolder(List<OutputFile> files) {
    Set<String> paths = new HashSet<>();
    files.forEach(file -> paths.add(file.path()));
    for (String path : paths) {
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        if (paths.contains(path.substring(0, slash))) {
          throw new IllegalStateException(path.substring(0, slash) + " is both an output file and the folder of " + path);
        }
      }
    }
  }

  private void claim() throws IOException {
    refuseFileInTheWay();
    Path marker = dir.resolve(MARKER);
    if (Files.isDirectory(dir) && !Files.exists(marker)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new BuildFailedException(
              Problem.at(dir, 0, "output folder is not empty and was not made by gongkai",
                  "choose an empty or new folder with --out, or empty this one first"));
        }
      }
    }
    Files.createDirectories(dir);
    if (!Files.exists(marker)) {
      Files.writeString(marker, "This folder is written by gongkai build; files not in the build are removed.\n");
    }
  }

  /**
   * The output folder, or the nearest of its parents that exists, must be a folder. A file there is
   * the publisher's mistake ({@code --out report.pdf}), not a bug, so it is a problem.
   */
  private void refuseFileInTheWay() {
    for (Path path = dir; path != null; path = path.getParent()) {
      if (Files.isDirectory(path)) {
        return;
      }
      if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        String message = path.equals(dir) ? "output folder is a file" : "output folder " + dir + " would be inside this file";
        throw new BuildFailedException(Problem.at(path, 0, message, "pass a folder (directory) with --out, e.g. --out public"));
      }
    }
  }

  /** Writes beside the target, then renames, so a reader never sees half a file. */
  private void write(Path target, byte[] bytes) throws IOException {
    createFolders(target.getParent());
    if (Files.isDirectory(target)) {
      deleteTree(target);
    }
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.write(temp, bytes);
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Creates {@code folder} below the output folder. A path that was a file in the last build may be
   * a folder now ({@code feed} then {@code feed/index.xml}); that stale file is deleted first.
   */
  private void createFolders(Path folder) throws IOException {
    Path path = dir;
    for (Path part : dir.relativize(folder)) {
      path = path.resolve(part);
      if (Files.exists(path) && !Files.isDirectory(path)) {
        Files.delete(path);
      }
    }
    Files.createDirectories(folder);
  }

  private int removeStale(Set<Path> wanted) throws IOException {
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> !p.equals(dir)).sorted(Comparator.reverseOrder()).forEach(stale::add);
    }
    int removed = 0;
    for (Path path : stale) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> entries = Files.list(path)) {
          if (entries.findAny().isEmpty()) {
            Files.delete(path);
          }
        }
      } else if (!wanted.contains(path)) {
        Files.delete(path);
        removed++;
      }
    }
    return removed;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
