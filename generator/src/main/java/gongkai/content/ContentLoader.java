package gongkai.content;

import gongkai.cache.FileMemo;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Walks {@code content/} and reads every Markdown file and {@code site.yaml}, in a stable order. */
public final class ContentLoader {
  static final String SITE_CONFIG = "site.yaml";
  static final String SECTION_PAGE = "_index.md";

  private final Path siteRoot;
  private final FileMemo memo;

  /** @param siteRoot the folder that holds {@code content/} and {@code themes/} */
  public ContentLoader(Path siteRoot) {
    this(siteRoot, FileMemo.NONE);
  }

  /**
   * @param memo keeps each file's text between loads: a file whose size and modification time are
   *     unchanged is not read again (the preview; a build passes {@link FileMemo#NONE})
   */
  public ContentLoader(Path siteRoot, FileMemo memo) {
    this.siteRoot = siteRoot;
    this.memo = memo;
  }

  /**
   * Every file, or a failure listing every file that cannot be read.
   *
   * @throws BuildFailedException when a file cannot be read
   */
  public SourceFiles load() {
    Problems problems = new Problems();
    SourceFiles files = load(problems);
    problems.throwIfAny();
    return files;
  }

  /**
   * Every file that can be read; each that cannot (not UTF-8, a link leaving content/) is added to
   * {@code problems} and left out, so the other files are still checked and an encoding problem in
   * one file hides nothing in the rest.
   *
   * @throws BuildFailedException when site.yaml itself cannot be read
   */
  public SourceFiles load(Problems problems) {
    if (memo != FileMemo.NONE) {
      SourceFiles patched = reload(memo.lastLoad(), memo.changedSinceLoad());
      SourceFiles files = patched != null ? patched : loadAll(problems);
      memo.loaded(files);
      return files;
    }
    return loadAll(problems);
  }

  /**
   * The last load with the changed files read again, or null when a change may have added, removed
   * or renamed a file (or is unknown): then content/ is walked again. Saving a report in an editor
   * changes that one file, and the preview then reads it alone instead of walking every file.
   */
  private SourceFiles reload(SourceFiles last, java.util.Set<Path> changed) {
    if (last == null || changed == null) {
      return null;
    }
    Map<Path, SourceFile> replaced = new HashMap<>();
    Problems problems = new Problems();
    for (Path path : changed) {
      boolean known = path.equals(last.siteConfig().path())
          || last.reports().stream().anyMatch(f -> f.path().equals(path))
          || last.sectionPages().stream().anyMatch(f -> f.path().equals(path));
      if (!known || !Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      memo.forget("source", path.toString());
      SourceFile file = read(path, problems);
      if (file == null) {
        return null; // walked again, so the problem is reported as a full load reports it
      }
      replaced.put(path, file);
    }
    java.util.function.UnaryOperator<SourceFile> fresh = f -> replaced.getOrDefault(f.path(), f);
    return new SourceFiles(fresh.apply(last.siteConfig()), last.reports().stream().map(fresh).toList(),
        last.sectionPages().stream().map(fresh).toList());
  }

  private SourceFiles loadAll(Problems problems) {
    Path contentDir = siteRoot.resolve("content");
    Path configPath = contentDir.resolve(SITE_CONFIG);
    if (!Files.isRegularFile(configPath)) {
      throw new BuildFailedException(
          Problem.at(siteRoot.relativize(configPath), 0, Message.of("content.site.missing"), Message.of("content.site.missing.fix")));
    }
    Problems own = new Problems();
    SourceFile config = read(configPath, own);
    List<SourceFile> reports = new ArrayList<>();
    List<SourceFile> sectionPages = new ArrayList<>();
    // Read and decoded on all cores, kept in path order; Problems sorts whatever the threads add.
    List<SourceFile> files = markdownFiles(contentDir, problems).parallelStream().map(path -> read(path, problems)).toList();
    for (SourceFile file : files) {
      if (file == null) {
        continue;
      }
      if (file.path().getFileName().toString().equals(SECTION_PAGE)) {
        sectionPages.add(file);
      } else {
        reports.add(file);
      }
    }
    if (config == null) {
      // Without its settings no file can be checked; still, every file that cannot be read is told.
      own.sorted().forEach(problems::add);
      problems.throwIfAny();
    }
    return new SourceFiles(config, reports, sectionPages);
  }

  private List<Path> markdownFiles(Path contentDir, Problems problems) {
    try (Stream<Path> walk = Files.walk(contentDir)) {
      // Sorted by the '/'-joined relative path so the order is the same on every file system.
      return walk.filter(p -> !linkedFolder(contentDir, p, problems))
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !isHidden(contentDir.relativize(p)))
          .sorted((a, b) -> slashPath(contentDir, a).compareTo(slashPath(contentDir, b)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether {@code path} is a link to a folder, which the walk does not follow, reported so its
   * reports are not left out without a word: a section or year folder linked from elsewhere
   * could publish any Markdown the build can read, and one linked from inside content/ publishes
   * its reports twice, so neither is read.
   */
  private boolean linkedFolder(Path contentDir, Path path, Problems problems) {
    if (!Files.isSymbolicLink(path) || !Files.isDirectory(path) || isHidden(contentDir.relativize(path))) {
      return false;
    }
    Path display = siteRoot.relativize(path);
    String folder = display.toString().replace('\\', '/') + "/";
    try {
      boolean inside = path.toRealPath().startsWith(contentDir.toRealPath());
      problems.add(inside
          ? Problem.at(display, 0, Message.of("content.folder.link-inside", folder), Message.of("content.folder.link-inside.fix"))
          : Problem.at(display, 0, Message.of("content.folder.link-outside", folder), Message.of("content.folder.link-outside.fix")));
    } catch (IOException e) {
      problems.add(Problem.at(display, 0, Message.of("content.file.unreadable", String.valueOf(e.getMessage())),
          Message.of("content.file.unreadable.fix")));
    }
    return true;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String slashPath(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  private SourceFile read(Path path, Problems problems) {
    if (memo == FileMemo.NONE) {
      return readNow(path, problems);
    }
    Object token;
    try {
      java.nio.file.attribute.BasicFileAttributes attributes =
          Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
      token = java.util.List.of(attributes.size(), attributes.lastModifiedTime(), Files.isSymbolicLink(path));
    } catch (IOException e) {
      return readNow(path, problems);
    }
    Problems own = new Problems();
    SourceFile file = memo.get("source", path.toString(), token, () -> readNow(path, own));
    if (file == null) { // not kept: read (and reported) again next time
      memo.forget("source", path.toString());
      own.sorted().forEach(problems::add);
    }
    return file;
  }

  private SourceFile readNow(Path path, Problems problems) {
    Path display = siteRoot.relativize(path);
    try {
      // A linked file is published as if it were in content/: a link leaving content/ could
      // publish any Markdown file the build can read.
      if (Files.isSymbolicLink(path) && !path.toRealPath().startsWith(siteRoot.resolve("content").toRealPath())) {
        problems.add(Problem.at(display, 0, Message.of("content.file.link-outside"),
            Message.of("content.file.link-outside.fix", display.getParent().toString().replace('\\', '/'))));
        return null;
      }
      return SourceFile.read(path, display, slashPath(siteRoot.resolve("content"), path));
    } catch (BuildFailedException e) {
      e.problems().forEach(problems::add);
      return null;
    } catch (IOException e) {
      problems.add(Problem.at(display, 0, Message.of("content.file.unreadable", String.valueOf(e.getMessage())),
          Message.of("content.file.unreadable.fix")));
      return null;
    }
  }
}
