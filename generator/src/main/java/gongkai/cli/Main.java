package gongkai.cli;

import gongkai.SiteLanguage;
import gongkai.problem.Language;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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

  static final String LANG = "--lang";

  // Inherited: every command takes it, before or after the command's name (gongkai --lang en check).
  @Option(names = LANG, paramLabel = "LANG", scope = ScopeType.INHERIT, converter = LanguageConverter.class,
      description = "zh-CN or en: the language problems and messages are told in (default: the site's language:).")
  Language lang;

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
    // picocli's own words are English only: a usage error is told in the run's language from what
    // the exception names (the option, the value), with the help command of the command it is about.
    cli.setParameterExceptionHandler(
        (e, a) -> {
          MessageCatalogue words = UsageArgs.words(a);
          err.println("gongkai: " + words.format(UsageMessage.of(e)));
          err.println(words.format(Message.of("cli.usage.help", e.getCommandLine().getCommandSpec().qualifiedName() + " --help")));
          return USAGE;
        });
    // ParsedContent mistakes never get here (BuildCommand prints them as problems); what does is a bug,
    // and the stack trace is what a bug report needs (ARCHITECTURE.md: stack traces are for bugs).
    cli.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          MessageCatalogue words = UsageArgs.words(parseResult.originalArgs().toArray(String[]::new));
          err.println("gongkai: " + words.format(Message.of("cli.internal-error", e)));
          e.printStackTrace(err);
          return INTERNAL_ERROR;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The words of a command's run: {@code --lang} when given, else the language of the site at
   * {@code siteRoot}.
   */
  static MessageCatalogue words(CommandSpec spec, Path siteRoot) {
    return SiteLanguage.words(siteRoot, override(spec));
  }

  /** The language {@code --lang} gave the command, or null. */
  static Language override(CommandSpec spec) {
    OptionSpec option = spec.findOption(LANG);
    return option == null ? null : option.getValue();
  }

  /** {@code --lang}'s value: {@code zh-CN} or {@code en} (a few spellings of each). */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.named(value).orElseThrow(() -> new CommandLine.TypeConversionException(value));
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"gongkai " + GongkaiVersion.current()};
    }
  }
}
