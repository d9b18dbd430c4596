package gongkai.cli;

import gongkai.BuildOptions;
import gongkai.check.CheckedSite;
import gongkai.Pipeline;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import gongkai.inspection.Inspection;
import gongkai.inspection.InspectionPrinter;
import gongkai.inspection.InspectionReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

  @Option(names = "--inspection", description = "Also checks the site against the quarterly inspection's veto items "
      + "(国办秘函〔2019〕19号); exit 1 only when one is met. --format json prints the inspection as JSON.")
  boolean inspection;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day of the inspection (default: today in the site's time zone).")
  String asOf;

  @Override
  public Integer call() {
    if (inspection) {
      return inspect();
    }
    if (asOf != null) {
      throw new ParameterException(spec.commandLine(), "--as-of is the day of an inspection: use it with --inspection");
    }
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

  /**
   * The inspection: the site must pass the check first (its problems are printed as {@code check}
   * prints them), then every veto risk as of the day, and one summary line. Exit 1 only when the
   * content has errors or a veto item is met, so a scheduled CI job fails exactly then.
   */
  private int inspect() {
    InspectionPrinter printer = InspectionPrinter.named(format);
    if (printer == null) {
      throw new ParameterException(spec.commandLine(), "--format must be text, github or json, not '" + format + "'");
    }
    LocalDate day = null;
    if (asOf != null) {
      try {
        day = LocalDate.parse(asOf.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--as-of must be a date as YYYY-MM-DD, not '" + asOf + "'");
      }
    }
    Path root = source.toAbsolutePath().normalize();
    PrintWriter out = spec.commandLine().getOut();
    CheckedSite checked;
    try {
      checked = Pipeline.once(root).check(new BuildOptions(root, root.resolve("public"), drafts, null));
    } catch (BuildFailedException e) {
      ProblemPrinter.TEXT.print(out, e.problems());
      out.println("Check failed: " + ProblemPrinter.counts(e.problems()) + "; fix them before the inspection.");
      return Main.PROBLEMS;
    }
    if (printer != InspectionPrinter.JSON) {
      (printer == InspectionPrinter.GITHUB ? ProblemPrinter.GITHUB : ProblemPrinter.TEXT).print(out, checked.warnings());
    }
    java.time.ZoneId zone = checked.content().config().timeZone();
    // The one place a day is read from the clock, and only when none was given: builds never are.
    LocalDate inspected = day != null ? day : LocalDate.now(zone);
    InspectionReport report = Inspection.run(checked, inspected);
    boolean chinese = checked.content().config().language().toLowerCase(Locale.ROOT).startsWith("zh");
    printer.print(out, report, chinese, day != null, zone.getId());
    return report.failed() ? Main.PROBLEMS : 0;
  }
}
