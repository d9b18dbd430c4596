package gongkai.problem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One mistake in a publisher's file, told as {@code path:line: what is wrong — how to fix}.
 *
 * @param file the file, relative to the site root where possible
 * @param line 1-based line, or 0 when the whole file is meant
 * @param message what is wrong, in the publisher's terms
 * @param fix how to fix it; may be empty when the message says it all
 */
public record Problem(Path file, int line, String message, String fix) {

  /** Orders problems by file, then line, then message, so output is stable. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.file().toString().replace('\\', '/'))
          .thenComparingInt(Problem::line)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  public static Problem at(Path file, int line, String message, String fix) {
    return new Problem(file, line, message, fix);
  }

  @Override
  public String toString() {
    String where = file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
    return where + ": " + message + (fix.isEmpty() ? "" : " — " + fix);
  }
}
