package gongkai.cli;

import gongkai.BuildOptions;
import gongkai.check.CheckedSite;
import gongkai.Pipeline;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongkai check}: every check {@code build} makes, and nothing written. Problems go to
 * standard output (they are what the command produces), sorted, then one summary line. Exit 0 when
 * there are no errors (warnings alone are printed but pass), 1 with errors, 2 on a usage error.
 */
@Command(
    name = "check",
    description = "Checks content/ for everything build checks, writing nothing. Exit 0 clean (warnings allowed), 1 errors.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/ and themes/ (default: current folder).")
  Path source = Path.of(".");

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or github: GitHub Actions annotations on the changed files.")
  String format = "text";

  @Option(names = "--drafts", description = "Also checks the links of reports marked 'draft: true', as build --drafts would publish them.")
  boolean drafts;

  @Override
  public Integer call() {
    ProblemPrinter printer = ProblemPrinter.named(format);
    if (printer == null) {
      throw new ParameterException(spec.commandLine(), "--format must be text or github, not '" + format + "'");
    }
    Path root = source.toAbsolutePath().normalize();
    PrintWriter out = spec.commandLine().getOut();
    List<Problem> problems;
    int reports = 0;
    try {
      // The output folder is never written: checking makes no outputs.
      CheckedSite checked = Pipeline.once(root).check(new BuildOptions(root, root.resolve("public"), drafts, null));
      problems = checked.warnings();
      reports = checked.content().reports().size();
    } catch (BuildFailedException e) {
      problems = e.problems();
    }
    printer.print(out, problems);
    boolean errors = problems.stream().anyMatch(Problem::isError);
    if (problems.isEmpty()) {
      out.println("No problems in " + BuildCommand.count(reports, "report") + ".");
    } else {
      out.println("Check " + (errors ? "failed" : "passed") + ": " + ProblemPrinter.counts(problems) + ".");
    }
    return errors ? Main.PROBLEMS : 0;
  }
}
