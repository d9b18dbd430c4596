package gongkai.output;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one build that may write an output folder: an operating-system lock on a file beside it
 * ({@code .public.lock}), held from the first look at the output (recovering a killed build, the
 * build cache) until the build cache is saved. Two builds into one folder (a CI job and an editor's
 * preview) would otherwise share one stage folder and delete each other's files. The second waits a
 * bounded time for the first and then refuses with {@link #BUSY}.
 *
 * <p>The lock is the operating system's ({@link FileChannel#tryLock()}), so a killed build never
 * leaves it held; the lock file itself stays (deleting it would let a third build lock a new file
 * while the second still holds the old one). Within one JVM, threads are kept apart by {@link #HELD}
 * as well, since file locks are per process.
 */
public final class OutputLock implements AutoCloseable {
  static final Message BUSY = Message.of("output.busy");
  static final Message BUSY_FIX = Message.of("output.busy.fix");
  /** How long a build waits for another one into the same folder by default. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
  private static final long POLL_MILLIS = 50;

  /** Output folders whose lock this JVM holds. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path dir;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path dir, FileChannel channel, FileLock lock) {
    this.dir = dir;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code output}, waiting up to {@code wait} for another build to finish.
   *
   * @throws BuildFailedException when another build still holds it, or the folder beside the output
   *     cannot be written
   */
  public static OutputLock acquire(OutputDirectory output, Duration wait) {
    Path dir = output.dir();
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      OutputLock taken = tryAcquire(output);
      if (taken != null) {
        return taken;
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new BuildFailedException(Problem.at(dir, 0, BUSY, BUSY_FIX));
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BuildFailedException(Problem.at(dir, 0, BUSY, BUSY_FIX));
      }
    }
  }

  /** Whether some build (this JVM's or another process's) holds the lock of {@code output} now. */
  public static boolean isHeld(OutputDirectory output) {
    if (HELD.contains(output.dir())) {
      return true;
    }
    if (!Files.exists(output.sibling(".lock"))) {
      return false; // no build ever locked this folder; the probe leaves no file behind
    }
    try (OutputLock probe = tryAcquire(output)) {
      return probe == null;
    }
  }

  /** Whether this JVM holds the lock of {@code output}. */
  static boolean heldHere(OutputDirectory output) {
    return HELD.contains(output.dir());
  }

  private static OutputLock tryAcquire(OutputDirectory output) {
    Path dir = output.dir();
    if (!HELD.add(dir)) {
      return null;
    }
    FileChannel channel = null;
    try {
      Path file = output.sibling(".lock");
      output.refuseFileInTheWay();
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new OutputLock(dir, channel, lock);
      }
    } catch (OverlappingFileLockException e) {
      // held by this JVM through another path to the same file: busy
    } catch (IOException e) {
      closeQuietly(channel);
      HELD.remove(dir);
      throw notWritable(dir, e);
    }
    closeQuietly(channel);
    HELD.remove(dir);
    return null;
  }

  /** The problem for an output folder the build may not write (read-only, a full disk, no permission). */
  static BuildFailedException notWritable(Path dir, IOException e) {
    // The system's reason is its own words (and language); only a denied permission is told in ours.
    Object reason = e instanceof AccessDeniedException ? Message.of("output.not-writable.permission")
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
    return new BuildFailedException(Problem.at(dir, 0, Message.of("output.not-writable", reason), Message.of("output.not-writable.fix")));
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing a channel that held no lock: nothing to undo
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // the channel's close below releases it as well
    } finally {
      closeQuietly(channel);
      HELD.remove(dir);
    }
  }
}
