package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    int code = run("--help");

    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .startsWith("Usage: gongkai [-hV] [COMMAND]")
        .contains("  build  Builds the site into the output folder (public/ by default).")
        .anyMatch(line -> line.startsWith("  init   Writes a new site into FOLDER"));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void helpOfBuildListsItsOptions() {
    int code = run("help", "build");

    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .startsWith("Usage: gongkai build [--drafts] [--base-url=URL] [--out=DIR] [--source=DIR]")
        .contains("      --drafts         Also builds reports marked 'draft: true'.");
  }

  @Test
  void versionIsPrinted() {
    int code = run("--version");

    assertThat(code).isZero();
    assertThat(out.toString().lines()).containsExactly("gongkai " + System.getProperty("gongkai.version"));
    assertThat(System.getProperty("gongkai.version")).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Command(name = "crash")
  static final class Crash implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("two outputs for index.html");
    }
  }

  @Test
  void bugExitsThreeWithTheExceptionAndItsStackTrace() {
    CommandLine cli = new CommandLine(new Main()).addSubcommand(new Crash());

    int code = Main.run(cli, new PrintWriter(out), new PrintWriter(err), "crash");

    assertThat(code).isEqualTo(Main.INTERNAL_ERROR).isEqualTo(3);
    assertThat(err.toString().lines())
        .first()
        .isEqualTo("gongkai: internal error: java.lang.IllegalStateException: two outputs for index.html");
    assertThat(err.toString()).contains("at gongkai.cli.MainTest$Crash.call(");
    assertThat(out.toString()).isEmpty();
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', value = {
    "--nope          | Unknown option: '--nope'",
    "build --nope    | Unknown option: '--nope'",
    "build --source  | Missing required parameter for option '--source' (DIR)",
    "frobnicate      | Unmatched argument at index 0: 'frobnicate'",
    "build a b       | Unmatched arguments from index 1: 'a', 'b'",
    "''              | Missing required subcommand",
  })
  void usageErrorExitsTwoWithTheMessage(String args, String message) {
    int code = run(args.isEmpty() ? new String[0] : args.split(" "));

    assertThat(code).isEqualTo(Main.USAGE).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly("gongkai: " + message, "Try 'gongkai --help'.");
    assertThat(out.toString()).isEmpty();
  }
}
