package gongkai.serve;

import gongkai.SiteOutput;
import gongkai.SiteOutputs;
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
      try {
        return file.get();
      } catch (java.io.UncheckedIOException e) {
        // A report's file gone since the build, or swapped for a link leading out of content/: the
        // site has no such file (ReportFileCollector.read).
        return null;
      }
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

  /**
   * The site the outputs describe, nothing made yet: each file is made on its first request, the
   * standard pages' paths are known at once, and the care edition's pages and the search index are
   * listed on the first request below their folder. Two outputs at one path fail as in a build.
   */
  static MemorySite of(SiteOutputs outputs) {
    return of(outputs.entries());
  }

  /** The site these entries describe, in their order ({@link #of(SiteOutputs)}). */
  static MemorySite of(List<SiteOutput> entries) {
    Map<String, Once<byte[]>> files = new HashMap<>();
    List<Group> groups = new java.util.ArrayList<>();
    for (SiteOutput entry : entries) {
      if (entry instanceof SiteOutput.File file) {
        put(files, groups, file.path(), file.bytes());
      } else if (entry instanceof SiteOutput.Pages pages && pages.prefix().isEmpty()) {
        pages.pages().get().jobs().forEach(job -> put(files, groups, job.path(), job::bytes));
      } else if (entry instanceof SiteOutput.Pages pages) {
        groups.add(group(pages.prefix(), files, groups, () -> {
          Map<String, Supplier<byte[]>> made = new java.util.LinkedHashMap<>();
          pages.pages().get().jobs().forEach(job -> made.put(job.path(), job::bytes));
          return made;
        }));
      } else if (entry instanceof SiteOutput.Group group) {
        groups.add(group(group.prefix(), files, groups, () -> {
          Map<String, Supplier<byte[]>> made = new java.util.LinkedHashMap<>();
          group.make().forEach(file -> made.put(file.path(), file::bytes));
          return made;
        }));
      }
    }
    return new MemorySite(java.util.Collections.unmodifiableMap(files), List.copyOf(groups));
  }

  private static void put(Map<String, Once<byte[]>> files, List<Group> groups, String path, Supplier<byte[]> bytes) {
    if (files.putIfAbsent(path, new Once<>(bytes)) != null || groups.stream().anyMatch(g -> path.startsWith(g.prefix()))) {
      throw OutputFile.twoOutputsFor(path);
    }
  }

  /** A group below {@code prefix}, whose paths may not be another output's. */
  private static Group group(String prefix, Map<String, Once<byte[]>> files, List<Group> groups,
      Supplier<Map<String, Supplier<byte[]>>> make) {
    for (String path : files.keySet()) {
      if (path.startsWith(prefix)) {
        throw OutputFile.twoOutputsFor(path);
      }
    }
    for (Group other : groups) {
      if (other.prefix().startsWith(prefix) || prefix.startsWith(other.prefix())) {
        throw OutputFile.twoOutputsFor(prefix);
      }
    }
    return new Group(prefix, new Once<>(() -> {
      Map<String, Once<byte[]>> made = new HashMap<>();
      make.get().forEach((path, bytes) -> {
        if (made.putIfAbsent(path, new Once<>(bytes)) != null) {
          throw OutputFile.twoOutputsFor(path);
        }
      });
      return made;
    }));
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
