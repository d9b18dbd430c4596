package gongkai.cli;

import gongkai.Build;
import gongkai.BuildOptions;
import gongkai.BuildProgress;
import gongkai.BuildResult;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import gongkai.output.OutputDirectory;
import gongkai.output.OutputLock;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai build}: content/ → public/. */
@Command(name = "build", description = "Builds the site into the output folder (public/ by default).")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/ and themes/ (default: current folder).")
  Path source = Path.of(".");

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: <source>/public).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", description = "Overrides base_url from content/site.yaml.")
  String baseUrl;

  @Option(names = "--drafts", description = "Also builds reports marked 'draft: true'.")
  boolean drafts;

  @Option(names = "--wait", paramLabel = "SECONDS",
      description = "How long to wait for another build into the same output folder before giving up (default: 30).")
  int waitSeconds = (int) OutputLock.DEFAULT_WAIT.toSeconds();

  @Override
  public Integer call() {
    Path root = source.toAbsolutePath().normalize();
    Path output = out == null ? root.resolve("public") : out.toAbsolutePath().normalize();
    var err = spec.commandLine().getErr();
    MessageCatalogue words = Main.words(spec, root);
    try {
      BuildProgress progress = TerminalProgress.forConsole(err, words, display(root, output));
      BuildResult result;
      OutputDirectory folder = new OutputDirectory(output);
      try (OutputLock lock = OutputLock.acquire(folder, Duration.ofSeconds(Math.max(0, waitSeconds)))) {
        result = Build.run(new BuildOptions(root, output, drafts, baseUrl), progress);
      } catch (UncheckedIOException e) {
        BuildFailedException problem = folder.writeFailure(e.getCause());
        throw problem == null ? e : problem;
      } finally {
        if (progress instanceof TerminalProgress terminal) {
          terminal.clear();
        }
      }
      ProblemPrinter.TEXT.print(err, result.warnings(), words);
      spec.commandLine().getOut().println(words.format(summary(result, root, output)));
      return 0;
    } catch (BuildFailedException e) {
      ProblemPrinter.TEXT.print(err, e.problems(), words);
      err.println(words.format(Message.of("cli.build.failed", ProblemPrinter.counts(e.problems()), display(root, output))));
      return Main.PROBLEMS;
    }
  }

  /** One line, also in CI: {@code Built 10,000 reports (20,014 pages, 20,012 QR codes) into public/ in 3.1 s: …}. */
  private static Message summary(BuildResult r, Path root, Path output) {
    return Message.of("cli.build.built", reports(r.reports()),
        Message.count("cli.count.page", r.pages(), ProblemPrinter.grouped(r.pages())),
        Message.count("cli.count.qr-code", r.qrCodes(), ProblemPrinter.grouped(r.qrCodes())),
        display(root, output), String.format(Locale.ROOT, "%.1f", r.elapsed().toNanos() / 1e9),
        ProblemPrinter.grouped(r.written()), ProblemPrinter.grouped(r.unchanged()), ProblemPrinter.grouped(r.removed()));
  }

  /** "1 report", "0 reports", "10,000 reports"; "1 条信息". */
  static Message reports(int n) {
    return Message.count("cli.count.report", n, ProblemPrinter.grouped(n));
  }

  private static String display(Path root, Path output) {
    return output.startsWith(root) ? root.relativize(output) + "/" : output + "/";
  }
}
