package gongkai.serve;

import gongkai.output.OutputFile;
import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One preview build held in memory: every file's path with how to make its bytes, made on the first
 * request and kept until the next build. Pages are rendered only when a browser asks for them, so a
 * change to one report costs no page rendering until the reloaded tab asks for its pages. Made bytes
 * are held softly: under memory pressure the collector may drop them and they are made again.
 */
final class MemorySite implements SiteFiles {
  private final Map<String, Once<byte[]>> files;
  private final List<Group> groups;
  /** Made on the first request for a folder without its slash: rare, and 23,000 paths take a while. */
  private final Once<Set<String>> directories;

  private MemorySite(Map<String, Once<byte[]>> files, List<Group> groups) {
    this.files = files;
    this.groups = groups;
    this.directories = new Once<>(() -> {
      Set<String> directories = new HashSet<>();
      for (String path : files.keySet()) {
        addParents(directories, path);
      }
      for (Group group : groups) {
        addParents(directories, group.prefix() + "x");
      }
      return directories;
    });
  }

  private static void addParents(Set<String> directories, String path) {
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      directories.add(path.substring(0, slash));
    }
  }

  @Override
  public byte[] read(String path) {
    Once<byte[]> file = files.get(path);
    if (file != null) {
      return file.get();
    }
    for (Group group : groups) {
      if (path.startsWith(group.prefix())) {
        Once<byte[]> made = group.files().get().get(path);
        return made == null ? null : made.get();
      }
    }
    return null;
  }

  /** Makes the files of the group below {@code prefix} now, on another thread, so a request need not wait for them. */
  void prepare(String prefix) {
    groups.stream().filter(group -> group.prefix().equals(prefix))
        .forEach(group -> java.util.concurrent.CompletableFuture.runAsync(() -> group.files().get()));
  }

  /** Every file made, by path and sorted: for comparing the preview with a build. */
  java.util.SortedMap<String, byte[]> all() {
    java.util.SortedMap<String, byte[]> all = new java.util.TreeMap<>();
    files.forEach((path, file) -> all.put(path, file.get()));
    groups.forEach(group -> group.files().get().forEach((path, file) -> all.put(path, file.get())));
    return all;
  }

  @Override
  public boolean isDirectory(String path) {
    for (Group group : groups) {
      if (path.startsWith(group.prefix())) {
        return group.files().get().keySet().stream().anyMatch(file -> file.startsWith(path + "/"));
      }
    }
    return directories.get().contains(path);
  }

  /**
   * Files below one folder whose paths are known only once something is made: the search index
   * ({@code search-index/}) or the care edition ({@code care/}), whose model is assembled on the
   * first request for any of its pages.
   */
  private record Group(String prefix, Once<Map<String, Once<byte[]>>> files) {}

  /** Collects a build's files. */
  static final class Builder {
    private final Map<String, Once<byte[]>> files = new HashMap<>();
    private final List<Group> groups = new java.util.ArrayList<>();

    /** A file made on request; a later file at the same path replaces it, as in a build's output. */
    Builder put(String path, Supplier<byte[]> bytes) {
      files.put(path, new Once<>(bytes));
      return this;
    }

    Builder put(OutputFile file) {
      byte[] bytes = file.bytes();
      return put(file.path(), () -> bytes);
    }

    /** Files below {@code prefix} made together on the first request for any of them. */
    Builder group(String prefix, Supplier<List<OutputFile>> make) {
      return lazyGroup(prefix, () -> {
        Map<String, Supplier<byte[]>> made = new HashMap<>();
        for (OutputFile file : make.get()) {
          made.put(file.path(), file::bytes);
        }
        return made;
      });
    }

    /** Files below {@code prefix} whose paths are known on the first request for any of them, each made on its own request. */
    Builder lazyGroup(String prefix, Supplier<Map<String, Supplier<byte[]>>> make) {
      groups.add(new Group(prefix, new Once<>(() -> {
        Map<String, Once<byte[]>> made = new HashMap<>();
        make.get().forEach((path, bytes) -> made.put(path, new Once<>(bytes)));
        return made;
      })));
      return this;
    }

    /** Every file's path, the groups' excepted. */
    Set<String> paths() {
      return files.keySet();
    }

    MemorySite build() {
      return new MemorySite(java.util.Collections.unmodifiableMap(files), List.copyOf(groups)); // not copied: the builder is dropped
    }
  }

  /** A value made on first use and kept softly; made again if the collector dropped it. */
  static final class Once<T> implements Supplier<T> {
    private final Supplier<T> make;
    private SoftReference<T> made;

    Once(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public synchronized T get() {
      T value = made == null ? null : made.get();
      if (value == null) {
        value = make.get();
        made = new SoftReference<>(value);
      }
      return value;
    }
  }
}
