package gongkai.content;

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

  /** Drops the values of every file {@code files} accepts (a path below {@code content/} or on disk, as the value was stored). */
  public void forget(Predicate<String> files) {
    entries.keySet().removeIf(key -> files.test(key.file()));
  }

  /** Drops everything, so the next build makes every value again. */
  public void clear() {
    entries.clear();
  }

  /** How many values are kept. */
  public int size() {
    return entries.size();
  }
}
