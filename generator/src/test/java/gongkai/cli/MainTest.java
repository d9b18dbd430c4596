package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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
        .startsWith("Usage: gongkai [-hV] [--lang=LANG] [COMMAND]")
        .contains("  build  Builds the site into the output folder (public/ by default).")
        .anyMatch(line -> line.startsWith("  init   Writes a new site into FOLDER"));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void helpOfBuildListsItsOptions() {
    int code = run("help", "build");

    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .startsWith("Usage: gongkai build [--drafts] [--base-url=URL] [--lang=LANG] [--out=DIR]")
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

    int code = Main.run(cli, new PrintWriter(out), new PrintWriter(err), "--lang", "en", "crash");

    assertThat(code).isEqualTo(Main.INTERNAL_ERROR).isEqualTo(3);
    assertThat(err.toString().lines())
        .first()
        .isEqualTo("gongkai: internal error: java.lang.IllegalStateException: two outputs for index.html");
    assertThat(err.toString()).contains("at gongkai.cli.MainTest$Crash.call(");
    assertThat(out.toString()).isEmpty();
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', value = {
    "--nope              | Unknown option: '--nope'                                                  | gongkai --help",
    "build --nope        | Unknown option: '--nope'                                                  | gongkai build --help",
    "build --source      | Missing required parameter for option '--source' (DIR)                    | gongkai build --help",
    "frobnicate          | Unknown command: 'frobnicate' (the commands are build, check, init, new, serve, help) | gongkai --help",
    "build a b           | Unexpected arguments: 'a', 'b'                                            | gongkai build --help",
    "''                  | Missing required subcommand: use one of build, check, init, new, serve, help    | gongkai --help",
    "build --wait soon   | Invalid value for option '--wait': 'soon' is not a whole number           | gongkai build --help",
    "new                 | Missing required parameter: 'SECTION'                                     | gongkai new --help",
  })
  void usageErrorExitsTwoWithTheMessage(String args, String message, String help) {
    int code = run(english(args));

    assertThat(code).isEqualTo(Main.USAGE).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly("gongkai: " + message, "Try '" + help + "'.");
    assertThat(out.toString()).isEmpty();
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', value = {
    "--nope              | 没有这个选项：“--nope”                                          | gongkai --help",
    "build --source      | 选项 --source 后面缺少值（DIR）                                  | gongkai build --help",
    "frobnicate          | 没有“frobnicate”这个命令（可用的命令：build、check、init、new、serve、help） | gongkai --help",
    "build a b           | 多余的参数：“a”、“b”                                            | gongkai build --help",
    "''                  | 缺少要运行的命令：请用 build、check、init、new、serve、help 之一        | gongkai --help",
    "build --wait soon   | 选项 --wait 的值应是整数，“soon”不是                              | gongkai build --help",
  })
  void usageErrorsAreInChineseWithLangZhCn(String args, String message, String help) {
    List<String> all = new ArrayList<>(List.of("--lang", "zh-CN"));
    all.addAll(words(args));

    int code = run(all.toArray(String[]::new));

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString().lines()).containsExactly("gongkai: " + message, "用法请看 " + help + "。");
  }

  @Test
  void usageErrorsOfASiteWithoutLangAreInItsLanguage(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("content"));
    Files.writeString(tmp.resolve("content/site.yaml"), "title: 测试局\nlanguage: zh-CN\n");

    int code = run("build", "--source", tmp.toString(), "--nope");

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString().lines()).containsExactly("gongkai: 没有这个选项：“--nope”", "用法请看 gongkai build --help。");
  }

  @Test
  void withoutASiteUsageErrorsAreInChinese(@TempDir Path tmp) {
    int code = run("check", "--source", tmp.resolve("none").toString(), "--nope");

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("gongkai: 没有这个选项：“--nope”");
  }

  @ParameterizedTest(name = "--lang {0}")
  @ValueSource(strings = {"fr", "zh-TW", ""})
  void aLangOtherThanTheTwoIsAUsageErrorNamingThem(String lang) {
    int code = run("--lang", "en", "check", "--lang", lang);

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString().lines()).containsExactly("gongkai: --lang must be zh-CN or en, not '" + lang + "'", "Try 'gongkai check --help'.");
  }

  @Test
  void langGoesBeforeOrAfterTheCommand() {
    assertThat(run("--lang", "en", "check", "--format", "xml")).isEqualTo(Main.USAGE);
    assertThat(run("check", "--format", "xml", "--lang", "zh-CN")).isEqualTo(Main.USAGE);

    assertThat(err.toString().lines()).containsExactly(
        "gongkai: --format must be text or github, not 'xml'", "Try 'gongkai check --help'.",
        "gongkai: --format 只能是 text 或 github，不能是“xml”", "用法请看 gongkai check --help。");
  }

  private static String[] english(String args) {
    List<String> all = new ArrayList<>(List.of("--lang", "en"));
    all.addAll(words(args));
    return all.toArray(String[]::new);
  }

  private static List<String> words(String args) {
    return args.isEmpty() ? List.of() : List.of(args.split(" "));
  }
}
