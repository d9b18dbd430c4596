package gongkai.output;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder (usually {@code public/}) and the two folders beside it that make a build
 * all-or-nothing (DESIGN.md, principles: nothing lost).
 *
 * <p>A build writes its changed files into a stage folder beside the output ({@code .public.new},
 * same file system), hard-links the unchanged ones from the output into it (so their modification
 * times survive for rsync-style deploys), and only when the whole build has succeeded switches the
 * folders with two renames: {@code public → .public.old}, {@code .public.new → public}. A build that
 * fails or is killed before the switch leaves {@code public/} untouched. A build killed between the
 * two renames leaves {@code .public.old} and no {@code public/}; the next start of any build puts
 * the old folder back before doing anything else ({@link #recover()}), so {@code public/} is always
 * the previous build or the new one, never a mix.
 */
public final class OutputDirectory {
  /** Marks a folder as gongkai's, so a mistyped {@code --out} never deletes someone's files. */
  static final String MARKER = ".gongkai-output";
  static final String MARKER_TEXT = "This folder is written by gongkai build; files not in the build are removed.\n";

  private final Path dir;

  /**
   * @param dir the output folder; when it is a symbolic link (a web root kept elsewhere, such as
   *     {@code public -> /var/www/gk}) the build writes through it into the folder it names, whose
   *     siblings then hold the stage, lock and cache, so the switch stays a rename on one file
   *     system and the link is kept. A link to nothing is refused when the build begins.
   */
  public OutputDirectory(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(absolute) && Files.isDirectory(absolute)) {
      try {
        absolute = absolute.toRealPath();
      } catch (IOException e) {
        // left as it is: refuseFileInTheWay reports it
      }
    }
    this.dir = absolute;
  }

  public Path dir() {
    return dir;
  }

  /** Where the next build is staged: beside the output, so the switch is a rename on one file system. */
  Path stageDir() {
    return sibling(".new");
  }

  /** Where the previous build waits while the new one is switched in. */
  Path oldDir() {
    return sibling(".old");
  }

  /** A file beside the output folder that belongs to it, e.g. the build cache. */
  public Path sibling(String suffix) {
    Path parent = dir.getParent() == null ? dir : dir.getParent();
    return parent.resolve("." + dir.getFileName() + suffix);
  }

  /** Brings the output folder to exactly {@code files}, all at once. */
  public SyncResult sync(List<OutputFile> files) {
    try (OutputStage stage = begin()) {
      files.forEach(stage::put);
      return stage.commit();
    }
  }

  /**
   * Repairs what a killed build left (see the class comment), refuses folders that are not gongkai's,
   * and opens an empty stage.
   */
  public OutputStage begin() {
    try {
      recover();
      refuseFileInTheWay();
      refuseForeignFolder();
      Path stage = stageDir();
      Files.createDirectories(stage);
      OutputStage next = new OutputStage(this, stage);
      try {
        next.put(OutputFile.text(MARKER, MARKER_TEXT));
      } catch (UncheckedIOException e) {
        next.close();
        throw e;
      }
      return next;
    } catch (UncheckedIOException e) {
      throw OutputLock.notWritable(dir, e.getCause());
    } catch (IOException e) {
      throw OutputLock.notWritable(dir, e);
    }
  }

  /**
   * Refuses to touch the output while another build holds its lock ({@link OutputLock}): a caller
   * that took the lock itself passes; one that did not (an older caller) still never deletes the
   * stage of a build in progress.
   */
  private void refuseLockedByOther() {
    if (!OutputLock.heldHere(this) && OutputLock.isHeld(this)) {
      throw new BuildFailedException(Problem.at(dir, 0, OutputLock.BUSY, OutputLock.BUSY_FIX));
    }
  }

  /**
   * Finishes or undoes a switch that a killed build left half done, and removes a stale stage. Without
   * {@code public/} but with {@code .public.old}, the kill came between the two renames: the old
   * folder goes back. With both, only the clean-up was left: the old folder goes.
   */
  public void recover() {
    refuseLockedByOther();
    try {
      Path old = oldDir();
      if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(old);
        } else {
          Files.move(old, dir);
        }
      }
      Path stage = stageDir();
      if (Files.exists(stage, LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(stage);
      }
    } catch (IOException e) {
      throw OutputLock.notWritable(dir, e);
    }
  }

  /** Replaces the output folder by the finished stage: two renames, then the old folder is deleted. */
  void switchTo(Path stage) throws IOException {
    Path old = oldDir();
    boolean hadOutput = Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
    if (hadOutput) {
      Files.move(dir, old);
    }
    Files.move(stage, dir);
    if (hadOutput) {
      deleteTree(old);
    }
  }

  /**
   * The publisher's problem for a failure to write the output, its stage or its lock (read-only
   * folder, full disk), or null when {@code e} is about some other file (then it is a bug).
   */
  public BuildFailedException writeFailure(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      Path file = Path.of(f.getFile()).toAbsolutePath().normalize();
      Path parent = dir.getParent() == null ? dir : dir.getParent();
      boolean ours = file.startsWith(dir) || file.startsWith(stageDir()) || file.startsWith(oldDir())
          || (parent.equals(file.getParent()) && file.getFileName().toString().startsWith("." + dir.getFileName()))
          || dir.startsWith(file);
      return ours ? OutputLock.notWritable(dir, e) : null;
    }
    return null;
  }

  private void refuseForeignFolder() throws IOException {
    if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER))) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new BuildFailedException(
              Problem.at(dir, 0, Message.of("output.foreign-folder"), Message.of("output.foreign-folder.fix")));
        }
      }
    }
  }

  /**
   * The output folder, or the nearest of its parents that exists, must be a folder. A file there is
   * the publisher's mistake ({@code --out report.pdf}), not a bug, so it is a problem.
   */
  void refuseFileInTheWay() throws IOException {
    for (Path path = dir; path != null; path = path.getParent()) {
      if (Files.isDirectory(path)) {
        if (path != dir) {
          Files.createDirectories(dir.getParent());
        }
        return;
      }
      if (Files.isSymbolicLink(path) && !Files.exists(path)) {
        throw new BuildFailedException(Problem.at(path, 0, Message.of("output.folder-link-dangling", Files.readSymbolicLink(path)),
            Message.of("output.folder-link-dangling.fix")));
      }
      if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        Message message = path.equals(dir) ? Message.of("output.folder-is-file") : Message.of("output.folder-inside-file", dir);
        throw new BuildFailedException(Problem.at(path, 0, message, Message.of("output.folder-is-file.fix")));
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
