package gongkai.cli;

import gongkai.problem.GithubAnnotation;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import gongkai.problem.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints problems one per line in the run's language, as text ({@code path:line:col: 错误: …}) or as
 * GitHub annotations (the command's syntax kept, its text translated).
 */
enum ProblemPrinter {
  TEXT,
  GITHUB;

  /** {@code text} or {@code github}, as {@code --format} takes it; null for anything else. */
  static ProblemPrinter named(String name) {
    for (ProblemPrinter printer : values()) {
      if (printer.name().toLowerCase(Locale.ROOT).equals(name)) {
        return printer;
      }
    }
    return null;
  }

  void print(PrintWriter out, List<Problem> problems, MessageCatalogue words) {
    for (Problem problem : problems) {
      out.println(this == GITHUB ? GithubAnnotation.of(problem, words) : problem.line(words));
    }
  }

  /** "1 error", "2 errors, 1 warning", "1 warning"; in Chinese "2 个错误，1 个警告". */
  static Message counts(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    Message e = Message.count("cli.count.error", errors, grouped(errors));
    Message w = Message.count("cli.count.warning", warnings, grouped(warnings));
    return errors == 0 ? w : warnings == 0 ? e : Message.of("cli.count.both", e, w);
  }

  /**
   * A count as the summaries write it, grouped in thousands ({@code 10,000}), passed to
   * {@link Message#count} as {@code {1}}.
   */
  static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
