package gongkai.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the large values a build can make again (report texts, rendered bodies) in memory up to a
 * share of the heap, and lets the least recently used go beyond it; their owners make them again
 * when asked. A site that fits keeps everything, and a site of any size builds in a fixed heap
 * (issue 8: 100,000 reports with {@code -Xmx1g}).
 *
 * <p>Soft references would leave this to the collector, but its policy keeps whatever was used in
 * the last second per free megabyte (minutes, in a build) and then clears everything at once, after
 * a series of full collections that take longer than the build.
 */
public final class MemoryBudget {
  /**
   * An eighth of the heap: the site model, the search index and the pages being written need the
   * rest, and the collector's young generation a third of it. With a quarter, 100,000 reports in
   * 1 GB spent most of their time in full collections. {@code -Dgongkai.memoryBudget=<bytes>} sets
   * it: 0 lets every value go as soon as the next is made, which tests use to prove that what is
   * made again is the same.
   */
  public static final MemoryBudget SHARED =
      new MemoryBudget(Long.getLong("gongkai.memoryBudget", Runtime.getRuntime().maxMemory() / 8));

  private final long budget;
  private final LinkedHashMap<Slot<?>, Long> held = new LinkedHashMap<>(1024, 0.75f, true);
  private long used;

  public MemoryBudget(long budget) {
    this.budget = budget;
  }

  /** A value held within this budget. */
  public <T> Slot<T> slot() {
    return new Slot<>();
  }

  /** Bytes a string takes on the heap, near enough: CJK text is two bytes a character. */
  public static long sizeOf(String text) {
    return 2L * text.length() + 40;
  }

  private synchronized void hold(Slot<?> slot, long bytes) {
    Long before = held.put(slot, bytes);
    used += bytes - (before == null ? 0 : before);
    Iterator<Map.Entry<Slot<?>, Long>> eldest = held.entrySet().iterator();
    while (used > budget && eldest.hasNext()) {
      Map.Entry<Slot<?>, Long> entry = eldest.next();
      if (entry.getKey() == slot) {
        break; // the value just made stays, however large
      }
      eldest.remove();
      used -= entry.getValue();
      entry.getKey().value = null;
    }
  }

  private synchronized void touch(Slot<?> slot) {
    held.get(slot);
  }

  private synchronized void drop(Slot<?> slot) {
    Long bytes = held.remove(slot);
    if (bytes != null) {
      used -= bytes;
    }
    slot.value = null;
  }

  /** Bytes held now. */
  public synchronized long used() {
    return used;
  }

  /**
   * One value held within the budget; compared by identity. Its owner reads it with {@link #get}
   * and, when that gives null, makes it again and {@linkplain #set sets} it.
   */
  public final class Slot<T> {
    private volatile T value;

    private Slot() {}

    /** The value, or null when it was let go. */
    public T get() {
      T value = this.value;
      if (value != null) {
        touch(this);
      }
      return value;
    }

    public void set(T value, long bytes) {
      this.value = value;
      hold(this, bytes);
    }

    /** Lets the value go now, as the budget would. */
    public void drop() {
      MemoryBudget.this.drop(this);
    }
  }
}
