package gongkai.cli;

import gongkai.problem.GithubAnnotation;
import gongkai.problem.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints problems one per line, as text ({@code path:line:col: error: …}) or as GitHub annotations. */
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

  void print(PrintWriter out, List<Problem> problems) {
    for (Problem problem : problems) {
      out.println(this == GITHUB ? GithubAnnotation.of(problem) : problem.toString());
    }
  }

  /** "1 error", "2 errors, 1 warning", "1 warning". */
  static String counts(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    String e = BuildCommand.count((int) errors, "error");
    String w = BuildCommand.count((int) warnings, "warning");
    return errors == 0 ? w : warnings == 0 ? e : e + ", " + w;
  }
}
