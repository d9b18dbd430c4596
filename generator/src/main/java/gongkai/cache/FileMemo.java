package gongkai.cache;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the pipeline made from each file, kept between builds by a long-running preview so that a
 * change re-reads, re-parses and re-renders only the files it touched. Each value is stored with the
 * token it was made from (the file's size and time, the parsed report, the settings it depends on)
 * and is reused only while the token is equal, so a stale value is never returned; tokens built from
 * the memo's own earlier values compare by identity first and cost nothing. A build without a memo
 * uses {@link #NONE}, which keeps nothing. Thread-safe: files are parsed and rendered in parallel.
 */
public class FileMemo {
  /** Keeps nothing: every value is made again. */
  public static final FileMemo NONE = new FileMemo() {
    @Override
    public <T> T get(String kind, String file, Object token, Supplier<T> make) {
      return make.get();
    }
  };

  private record Key(String kind, String file) {}

  private record Entry(Object token, Object value) {}

  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private Object loaded;
  private java.util.Set<java.nio.file.Path> changed;

  /**
   * Tells the memo which files changed since the last load (as a file watcher saw them), so the next
   * load of the content folder reads those alone instead of walking {@code content/}; an empty set
   * means unknown, and the next load walks everything.
   */
  public synchronized void changed(java.util.Set<java.nio.file.Path> files) {
    if (files.isEmpty() || changed == null) {
      changed = null;
    } else {
      changed = new java.util.HashSet<>(changed);
      changed.addAll(files);
    }
  }

  /** The last load and the files changed since, or null when unknown; for the content loader. */
  @SuppressWarnings("unchecked")
  public synchronized <T> T lastLoad() {
    return changed == null ? null : (T) loaded;
  }

  public synchronized java.util.Set<java.nio.file.Path> changedSinceLoad() {
    return changed == null ? null : java.util.Set.copyOf(changed);
  }

  /** Remembers a complete load: what changes after it is told by {@link #changed}. */
  public synchronized void loaded(Object files) {
    loaded = files;
    changed = java.util.Set.of();
  }

  /**
   * The value made for {@code file} from {@code token}, made now by {@code make} unless it was made
   * from an equal token before.
   *
   * @param kind what is kept ({@code "source"}, {@code "report"}, {@code "body"}), so one file keeps one value of each
   */
  @SuppressWarnings("unchecked")
  public <T> T get(String kind, String file, Object token, Supplier<T> make) {
    Key key = new Key(kind, file);
    Entry entry = entries.get(key);
    if (entry != null && Objects.equals(entry.token(), token)) {
      return (T) entry.value();
    }
    T value = make.get();
    entries.put(key, new Entry(token, value));
    return value;
  }

  /**
   * {@code value}, or the equal value given before: tokens then hold one instance of a setting that
   * did not change, and compare by identity instead of field by field for every file.
   */
  public <T> T same(String kind, T value) {
    return get("same:" + kind, "", value, () -> value);
  }

  /** Drops the values of every file {@code files} accepts (a path below {@code content/} or on disk, as the value was stored). */
  public void forget(Predicate<String> files) {
    entries.keySet().removeIf(key -> files.test(key.file()));
  }

  /** Drops one file's value of one kind. */
  public void forget(String kind, String file) {
    entries.remove(new Key(kind, file));
  }

  /** Drops everything, so the next build makes every value again. */
  public synchronized void clear() {
    entries.clear();
    loaded = null;
    changed = null;
  }

  /** How many values are kept. */
  public int size() {
    return entries.size();
  }
}
