package gongkai.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last successful build published, kept beside the output folder ({@code .public.cache}, so
 * it is never deployed): the key of its inputs, its counts, and every published file with its size,
 * modification time and, for report pages, the key of what the page was rendered from.
 *
 * <p>It only ever saves work, never decides content: a build whose inputs key matches and whose
 * output folder still has exactly the recorded files does nothing; a report page whose key matches
 * and whose file is still as recorded is not rendered again. Anything unexpected (no cache, another
 * format, a file touched by hand) means a miss, and the page is rendered.
 */
public final class BuildCache {
  private static final String FORMAT = "gongkai-cache 3";

  /** A published file. {@code key} is "-" when the file is not a cached page. */
  public record Entry(String key, long size, long modified) {}

  /**
   * Counts of the published site, for the summary of a build that did nothing.
   *
   * @param warnings how many warnings validation gave: a build with any is never skipped, so they are
   *     printed again until they are fixed
   */
  public record Counts(int reports, int pages, int qrCodes, int warnings) {}

  private final String inputs;
  private final Counts counts;
  private final Map<String, Entry> files;

  private BuildCache(String inputs, Counts counts, Map<String, Entry> files) {
    this.inputs = inputs;
    this.counts = counts;
    this.files = files;
  }

  public static BuildCache empty() {
    return new BuildCache("", new Counts(0, 0, 0, 0), Map.of());
  }

  public static BuildCache load(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 3 || !lines.get(0).equals(FORMAT)) {
        return empty();
      }
      String[] c = lines.get(2).split(" ");
      Map<String, Entry> files = new HashMap<>(lines.size() * 2);
      for (String line : lines.subList(3, lines.size())) {
        String[] f = line.split("\t", 4);
        files.put(f[3], new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
      }
      return new BuildCache(lines.get(1), new Counts(Integer.parseInt(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3])), files);
    } catch (IOException | RuntimeException e) {
      return empty();
    }
  }

  public Counts counts() {
    return counts;
  }

  public int fileCount() {
    return files.size();
  }

  public boolean sameInputs(String key) {
    return !inputs.isEmpty() && inputs.equals(key);
  }

  public Entry entry(String path) {
    return files.get(path);
  }

  /** Whether {@code dir} holds exactly the recorded files, each with its recorded size and time. */
  public boolean describes(Path dir) {
    if (files.isEmpty() || !Files.isDirectory(dir)) {
      return false;
    }
    Map<String, Entry> found = published(dir, Map.of());
    if (found.size() != files.size()) {
      return false;
    }
    for (Map.Entry<String, Entry> f : found.entrySet()) {
      Entry recorded = files.get(f.getKey());
      if (recorded == null || recorded.size() != f.getValue().size() || recorded.modified() != f.getValue().modified()) {
        return false;
      }
    }
    return true;
  }

  /** Records the published {@code dir} after a successful build; written beside, then renamed. */
  public static void save(Path file, String inputs, Counts counts, Path dir, Map<String, String> pageKeys) {
    Map<String, Entry> published = published(dir, pageKeys);
    if (!published.keySet().containsAll(pageKeys.keySet())) {
      // The folder is not what this build made (something removed pages after the switch): vouch for nothing.
      forget(file);
      return;
    }
    StringBuilder text = new StringBuilder(FORMAT).append('\n').append(inputs).append('\n');
    text.append(counts.reports()).append(' ').append(counts.pages()).append(' ').append(counts.qrCodes()).append(' ')
        .append(counts.warnings()).append('\n');
    published.forEach((path, e) ->
        text.append(e.key()).append('\t').append(e.size()).append('\t').append(e.modified()).append('\t').append(path).append('\n'));
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the record, so the next build trusts nothing it did not check. */
  public static void forget(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Entry> published(Path dir, Map<String, String> pageKeys) {
    Map<String, Entry> found = new TreeMap<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
          String path = dir.relativize(file).toString().replace('\\', '/');
          found.put(path, new Entry(pageKeys.getOrDefault(path, "-"), a.size(), a.lastModifiedTime().toMillis()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
