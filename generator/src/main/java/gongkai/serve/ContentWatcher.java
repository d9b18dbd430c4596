package gongkai.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them ({@link WatchService} watches one folder at a time, so
 * new subfolders are registered as they appear) and reports each burst of changes once: a save
 * often arrives as several events (temp file, rename, modify), and one rebuild is enough.
 */
final class ContentWatcher implements AutoCloseable {
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Duration quiet;
  private final Consumer<Set<Path>> onChange;
  private final Thread thread;

  /**
   * @param quiet how long no event must arrive before a burst counts as finished
   * @param onChange called on the watcher's thread with the changed paths (empty: unknown, rebuild all)
   */
  ContentWatcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange) {
    this.quiet = quiet;
    this.onChange = onChange;
    try {
      service = FileSystems.getDefault().newWatchService();
      for (Path root : roots) {
        if (Files.isDirectory(root)) {
          registerTree(root);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    thread = new Thread(this::run, "gongkai-serve-watch");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        Set<Path> changed = new TreeSet<>();
        boolean overflow = collect(key, changed);
        long deadline = System.nanoTime() + 10 * quiet.toNanos(); // a steady stream of events still gets built
        while ((key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          overflow |= collect(key, changed);
          if (System.nanoTime() > deadline) {
            break;
          }
        }
        if (overflow) {
          onChange.accept(Set.of());
        } else if (!changed.isEmpty()) {
          onChange.accept(Set.copyOf(changed));
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the preview is stopping
    }
  }

  /** Adds the key's changes to {@code changed}; true when events were lost. */
  private boolean collect(WatchKey key, Set<Path> changed) {
    Path folder = folders.get(key);
    boolean overflow = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || folder == null) {
        overflow = true;
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        try {
          registerTree(path); // files written into it before it was registered are listed too
          try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(p -> !isEditorScratch(p)).forEach(changed::add);
          }
        } catch (IOException e) {
          overflow = true; // it went away again, or cannot be read: rebuild everything
        }
      } else if (!isEditorScratch(path)) {
        changed.add(path);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return overflow;
  }

  /**
   * Editors' swap, backup and lock files ({@code .a.md.swp}, {@code a.md~}, {@code .#a.md},
   * {@code #a.md#}, vim's {@code 4913}) are not content (ContentLoader skips hidden files too);
   * without this, vim's periodic swap writes would rebuild and reload the page while typing.
   */
  static boolean isEditorScratch(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
        || name.endsWith(".tmp") || (name.startsWith("#") && name.endsWith("#")) || name.equals("4913");
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path folder : (Iterable<Path>) walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
        folders.put(register(folder), folder);
      }
    }
  }

  private WatchKey register(Path folder) throws IOException {
    WatchEvent.Kind<?>[] kinds = {ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE};
    if (HIGH_SENSITIVITY != null) {
      try {
        return folder.register(service, kinds, HIGH_SENSITIVITY);
      } catch (UnsupportedOperationException e) {
        // this platform's watcher takes no sensitivity: register plainly
      }
    }
    return folder.register(service, kinds);
  }

  /**
   * Where the JDK has no native watcher (macOS) it polls, every 10 s by default; the JDK's own
   * {@code SensitivityWatchEventModifier.HIGH} (module jdk.unsupported) makes that 2 s. Looked up
   * by name so gongkai still runs where it is gone; native watchers (Linux, Windows) ignore it.
   */
  private static final WatchEvent.Modifier HIGH_SENSITIVITY = highSensitivity();

  private static WatchEvent.Modifier highSensitivity() {
    try {
      return (WatchEvent.Modifier) Class.forName("com.sun.nio.file.SensitivityWatchEventModifier").getField("HIGH").get(null);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // nothing left to release
    }
    thread.interrupt();
    if (thread != Thread.currentThread()) {
      try {
        thread.join(10_000); // let a build in progress finish before its output folder may be deleted
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
