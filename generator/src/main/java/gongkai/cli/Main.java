package gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongkai} command. */
@Command(
    name = "gongkai",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds a government information disclosure (政府信息公开) site from Markdown reports.",
    subcommands = {BuildCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Content problems: the publisher has something to fix. */
  public static final int PROBLEMS = 1;
  // Exit 2 for usage errors, so CI scripts can tell a mistyped command from bad content.
  public static final int USAGE = 2;

  public static void main(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs the command line and returns its exit code: 0 ok, 1 content problems, 2 usage. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("gongkai: " + e.getMessage());
          err.println("Try 'gongkai --help'.");
          return USAGE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"gongkai " + (version == null ? "(development build)" : version)};
    }
  }
}
