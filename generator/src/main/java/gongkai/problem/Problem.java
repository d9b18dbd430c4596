package gongkai.problem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One mistake in a publisher's file, told as {@code path:line:col: 错误: what is wrong — how to fix}
 * (the form compilers use, so editors and CI problem matchers jump to the place), in the words of
 * the language it is printed in.
 *
 * @param file the file, relative to the site root where possible
 * @param line 1-based line, or 0 when the whole file or folder is meant ({@code path: error: …})
 * @param column 1-based column in characters (Unicode code points), 1 when only the line is known
 * @param severity whether the problem stops the build
 * @param message what is wrong, in the publisher's terms
 * @param fix how to fix it; {@link Message#NONE} when the message says it all
 */
public record Problem(Path file, int line, int column, Severity severity, Message message, Message fix) {

  /**
   * Orders problems by file, then line, column and severity, then by what they say in English, so
   * output is in the same order in every language.
   */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::severity)
          .thenComparing(p -> MessageCatalogue.of(Language.EN).format(p.message()));

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
    if (column < 1) {
      throw new IllegalArgumentException("column must be >= 1, was " + column);
    }
  }

  /** An error at the start of {@code line}. */
  public static Problem at(Path file, int line, Message message, Message fix) {
    return new Problem(file, line, 1, Severity.ERROR, message, fix);
  }

  /** An error at {@code line} and {@code column}. */
  public static Problem at(Path file, int line, int column, Message message, Message fix) {
    return new Problem(file, line, column, Severity.ERROR, message, fix);
  }

  /** A warning at {@code line} and {@code column}: printed, but the build goes on. */
  public static Problem warning(Path file, int line, int column, Message message, Message fix) {
    return new Problem(file, line, column, Severity.WARNING, message, fix);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The file with {@code /} separators on every system. */
  public String path() {
    return file.toString().replace('\\', '/');
  }

  /** The place as printed: {@code path:line:col}, or {@code path} when the whole file is meant. */
  public String where() {
    return line == 0 ? path() : path() + ":" + line + ":" + column;
  }

  /** What is wrong and how to fix it, without the place, in {@code words}' language. */
  public String text(MessageCatalogue words) {
    String fixText = words.format(fix);
    return words.format(message) + (fixText.isEmpty() ? "" : " — " + fixText);
  }

  /** The problem as printed: {@code path:line:col: 错误: …}, in {@code words}' language. */
  public String line(MessageCatalogue words) {
    return where() + ": " + severity.label(words) + ": " + text(words);
  }

  /** What is wrong and how to fix it, in English. */
  public String text() {
    return text(MessageCatalogue.of(Language.EN));
  }

  /** The problem as printed in English. */
  @Override
  public String toString() {
    return line(MessageCatalogue.of(Language.EN));
  }
}
