package gongkai.cli;

import gongkai.BuildProgress;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * One line on a terminal that says what a long build is doing, in the run's language, rewritten in
 * place with a carriage return. Silent for the first second (short builds show only their summary)
 * and never more than ten times a second; {@link #clear()} removes it before the summary is printed.
 */
final class TerminalProgress implements BuildProgress {
  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final MessageCatalogue words;
  private final String output;
  private final LongSupplier clock;
  private final long start;
  private long last;
  private int width;

  /** @param output the output folder as the summary names it ({@code public/}) */
  TerminalProgress(PrintWriter err, MessageCatalogue words, String output) {
    this(err, words, output, System::nanoTime);
  }

  /** @param clock nanoseconds, as {@link System#nanoTime()} */
  TerminalProgress(PrintWriter err, MessageCatalogue words, String output, LongSupplier clock) {
    this.err = err;
    this.words = words;
    this.output = output;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** Progress only for a person at a terminal: not when output is piped, and not in CI logs. */
  static BuildProgress forConsole(PrintWriter err, MessageCatalogue words, String output) {
    boolean ci = System.getenv("CI") != null;
    return System.console() != null && !ci ? new TerminalProgress(err, words, output) : BuildProgress.NONE;
  }

  @Override
  public synchronized void update(Stage stage, int done, int total) {
    long now = clock.getAsLong();
    if (now - start < QUIET_NANOS || (now - last < INTERVAL_NANOS && done != total)) {
      return;
    }
    last = now;
    Message name = switch (stage) {
      case CHECKING -> Message.of("cli.progress.checking");
      case RENDERING -> Message.of("cli.progress.rendering");
      case WRITING -> Message.of("cli.progress.writing", output);
    };
    String line = words.format(total > 0
        ? Message.of("cli.progress.counted", name, ProblemPrinter.grouped(done), ProblemPrinter.grouped(total))
        : Message.of("cli.progress.going", name));
    int columns = columns(line);
    err.print("\r" + line + " ".repeat(Math.max(0, width - columns)));
    err.flush();
    width = columns;
  }

  synchronized void clear() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  /**
   * How many terminal columns {@code text} takes: Chinese characters and full-width punctuation
   * take two (East Asian Width W and F, Unicode UAX #11), so a shorter line blanks all of a longer one.
   */
  static int columns(String text) {
    return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
  }

  private static boolean wide(int c) {
    return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6
        || c >= 0x20000 && c <= 0x3FFFD;
  }
}
