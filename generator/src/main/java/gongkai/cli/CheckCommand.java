package gongkai.cli;

import gongkai.BuildOptions;
import gongkai.check.CheckedSite;
import gongkai.Pipeline;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import gongkai.problem.Problem;
import gongkai.inspection.Inspection;
import gongkai.inspection.InspectionPrinter;
import gongkai.inspection.InspectionReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
      throw new UsageError(spec.commandLine(), Message.of("cli.check.as-of-without-inspection"));
    }
    ProblemPrinter printer = ProblemPrinter.named(format);
    if (printer == null) {
      throw new UsageError(spec.commandLine(), Message.of("cli.check.format", format));
    }
    Path root = source.toAbsolutePath().normalize();
    PrintWriter out = spec.commandLine().getOut();
    MessageCatalogue words = Main.words(spec, root);
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
    printer.print(out, problems, words);
    boolean errors = problems.stream().anyMatch(Problem::isError);
    if (problems.isEmpty()) {
      out.println(words.format(Message.of("cli.check.clean", BuildCommand.reports(reports))));
    } else {
      out.println(words.format(errors
          ? Message.of("cli.check.failed", ProblemPrinter.counts(problems))
          : Message.of("cli.check.passed", ProblemPrinter.counts(problems))));
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
      throw new UsageError(spec.commandLine(), Message.of("cli.check.inspection-format", format));
    }
    LocalDate day = null;
    if (asOf != null) {
      try {
        day = LocalDate.parse(asOf.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new UsageError(spec.commandLine(), Message.of("cli.check.as-of", asOf));
      }
    }
    Path root = source.toAbsolutePath().normalize();
    PrintWriter out = spec.commandLine().getOut();
    MessageCatalogue words = Main.words(spec, root);
    CheckedSite checked;
    try {
      checked = Pipeline.once(root).check(new BuildOptions(root, root.resolve("public"), drafts, null));
    } catch (BuildFailedException e) {
      ProblemPrinter.TEXT.print(out, e.problems(), words);
      out.println(words.format(Message.of("cli.check.failed-before-inspection", ProblemPrinter.counts(e.problems()))));
      return Main.PROBLEMS;
    }
    if (printer != InspectionPrinter.JSON) {
      (printer == InspectionPrinter.GITHUB ? ProblemPrinter.GITHUB : ProblemPrinter.TEXT).print(out, checked.warnings(), words);
    }
    java.time.ZoneId zone = checked.content().config().timeZone();
    // The one place a day is read from the clock, and only when none was given: builds never are.
    LocalDate inspected = day != null ? day : LocalDate.now(zone);
    InspectionReport report = Inspection.run(checked, inspected);
    printer.print(out, report, words, day != null, zone.getId());
    return report.failed() ? Main.PROBLEMS : 0;
  }
}
