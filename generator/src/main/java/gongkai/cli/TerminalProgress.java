package gongkai.cli;

import gongkai.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One line on a terminal that says what a long build is doing, rewritten in place with a carriage
 * return. Silent for the first second (short builds show only their summary) and never more than ten
 * times a second; {@link #clear()} removes it before the summary is printed.
 */
final class TerminalProgress implements BuildProgress {
  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final long start;
  private long last;
  private int width;

  TerminalProgress(PrintWriter err) {
    this(err, System::nanoTime);
  }

  /** @param clock nanoseconds, as {@link System#nanoTime()} */
  TerminalProgress(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** Progress only for a person at a terminal: not when output is piped, and not in CI logs. */
  static BuildProgress forConsole(PrintWriter err) {
    boolean ci = System.getenv("CI") != null;
    return System.console() != null && !ci ? new TerminalProgress(err) : BuildProgress.NONE;
  }

  @Override
  public synchronized void update(String stage, int done, int total) {
    long now = clock.getAsLong();
    if (now - start < QUIET_NANOS || (now - last < INTERVAL_NANOS && done != total)) {
      return;
    }
    last = now;
    String line = total > 0 ? String.format(Locale.ROOT, "%s %,d/%,d", stage, done, total) : stage + "…";
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  synchronized void clear() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
