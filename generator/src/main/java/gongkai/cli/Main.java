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
    subcommands = {BuildCommand.class, CheckCommand.class, InitCommand.class, NewCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** ParsedContent problems: the publisher has something to fix. */
  public static final int PROBLEMS = 1;
  // Exit 2 for usage errors, so CI scripts can tell a mistyped command from bad content.
  public static final int USAGE = 2;
  // Exit 3 for a bug in gongkai, so it is not mistaken for a mistyped command (2) or bad content (1).
  public static final int INTERNAL_ERROR = 3;

  public static void main(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs the command line and returns its exit code: 0 ok, 1 content problems, 2 usage, 3 internal error. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(new CommandLine(new Main()), out, err, args);
  }

  /** Runs {@code cli} with gongkai's messages and exit codes; tests pass one with extra commands. */
  static int run(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL_ERROR);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("gongkai: " + e.getMessage());
          err.println("Try 'gongkai --help'.");
          return USAGE;
        });
    // ParsedContent mistakes never get here (BuildCommand prints them as problems); what does is a bug,
    // and the stack trace is what a bug report needs (ARCHITECTURE.md: stack traces are for bugs).
    cli.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          err.println("gongkai: internal error: " + e);
          e.printStackTrace(err);
          return INTERNAL_ERROR;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"gongkai " + GongkaiVersion.current()};
    }
  }
}
