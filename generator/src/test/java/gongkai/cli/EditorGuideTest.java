package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/编辑指南.md keeps in step with the English user docs (README.md and the docs/ pages with
 * English names): every gongkai command they name, and every option they name on that command's
 * line, is named in the guide too; every command line the guide shows parses against cli.Main;
 * and docs/editor-guide.md, its English twin, has the same sections and the same command lines.
 */
class EditorGuideTest {
  private static final Path ROOT = TestSites.projectRoot();
  private static final Path GUIDE = ROOT.resolve("docs/编辑指南.md");
  private static final Path ENGLISH_GUIDE = ROOT.resolve("docs/editor-guide.md");
  /** {@code gongkai build --out DIR}, {@code ./gongkai check}: up to the end of the code span, a comment or the line. */
  private static final Pattern CALL = Pattern.compile("(?:\\./|bin/)?gongkai[ \\t]+([a-z]+)([^`\\n#]*)");
  private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** README.md and docs/*.md in English, told apart by their ASCII names (the Chinese pages have Chinese names). */
  static List<Path> englishDocs() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(f -> f.getFileName().toString().matches("[A-Za-z0-9._-]+\\.md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** Each command those docs name, with the options they name on its line. */
  static Map<String, Set<String>> commandsAndOptions(List<Path> docs) {
    Map<String, CommandLine> commands = new CommandLine(new Main()).getSubcommands();
    Map<String, Set<String>> named = new TreeMap<>();
    for (Path doc : docs) {
      Matcher call = CALL.matcher(read(doc));
      while (call.find()) {
        CommandLine command = commands.get(call.group(1));
        if (command == null || call.group(1).equals("help")) {
          continue; // prose: "gongkai writes …"
        }
        Set<String> options = named.computeIfAbsent(call.group(1), c -> new TreeSet<>());
        Matcher option = OPTION.matcher(call.group(2));
        while (option.find()) {
          if (command.getCommandSpec().findOption(option.group()) != null) {
            options.add(option.group());
          }
        }
      }
    }
    return named;
  }

  @Test
  void theEnglishDocsNameCommandsAndOptionsForThisTestToCompare() throws IOException {
    Map<String, Set<String>> named = commandsAndOptions(englishDocs());

    assertThat(named).containsKeys("build", "check", "new", "serve");
    assertThat(named.get("build")).contains("--base-url", "--source");
  }

  @Test
  void theGuideNamesEveryCommandAndOptionTheEnglishDocsName() throws IOException {
    String guide = read(GUIDE);
    List<String> missing = new ArrayList<>();
    commandsAndOptions(englishDocs()).forEach((command, options) -> {
      if (!guide.contains("gongkai " + command)) {
        missing.add("gongkai " + command);
      }
      for (String option : options) {
        if (!guide.contains("`" + option) && !guide.contains(" " + option + " ")) {
          missing.add("gongkai " + command + " " + option);
        }
      }
    });
    assertThat(missing).as("named in the English docs but not in docs/编辑指南.md").isEmpty();
  }

  @Test
  void everyCommandLineInTheGuideParses() {
    List<String> wrong = new ArrayList<>();
    int lines = 0;
    boolean inCode = false;
    for (String line : read(GUIDE).lines().toList()) {
      if (line.strip().startsWith("```")) {
        inCode = !inCode;
        continue;
      }
      String text = line.strip();
      if (inCode && text.startsWith("gongkai ")) {
        lines++;
        List<String> args = new ArrayList<>();
        Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(text.substring("gongkai ".length()));
        while (token.find()) {
          args.add(token.group(1) != null ? token.group(1) : token.group(2));
        }
        try {
          CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
          if (!parsed.hasSubcommand() && !parsed.isVersionHelpRequested() && !parsed.isUsageHelpRequested()) {
            wrong.add(text + " → no command");
          }
        } catch (CommandLine.ParameterException e) {
          wrong.add(text + " → " + e.getMessage());
        }
      }
    }
    assertThat(lines).isGreaterThanOrEqualTo(6);
    assertThat(wrong).isEmpty();
  }

  /** The lines of a guide's code blocks that run gongkai, in order. */
  static List<String> commandLines(Path guide) {
    List<String> commands = new ArrayList<>();
    boolean inCode = false;
    for (String line : read(guide).lines().toList()) {
      if (line.strip().startsWith("```")) {
        inCode = !inCode;
      } else if (inCode && line.strip().startsWith("gongkai ")) {
        commands.add(line.strip());
      }
    }
    return commands;
  }

  /** Each {@code ##} section by its number, 一、 in Chinese and 1. in English; unnumbered ones as "-". */
  static List<String> sections(Path guide) {
    List<String> numbers = new ArrayList<>();
    String chinese = "一二三四五六七八九十";
    boolean inCode = false;
    for (String line : read(guide).lines().toList()) {
      if (line.startsWith("```")) {
        inCode = !inCode;
      } else if (!inCode && line.startsWith("## ")) {
        Matcher arabic = Pattern.compile("^## (\\d+)\\. ").matcher(line);
        Matcher han = Pattern.compile("^## ([一二三四五六七八九十]+)、").matcher(line);
        if (arabic.find()) {
          numbers.add(arabic.group(1));
        } else if (han.find()) {
          String n = han.group(1);
          numbers.add(String.valueOf(n.equals("十") ? 10 : chinese.indexOf(n.charAt(n.length() - 1)) + 1 + (n.length() > 1 ? 10 : 0)));
        } else {
          numbers.add("-");
        }
      }
    }
    return numbers;
  }

  @Test
  void theEnglishGuideHasTheSameSectionsAsTheChinese() {
    assertThat(sections(GUIDE)).hasSizeGreaterThanOrEqualTo(10).isEqualTo(sections(ENGLISH_GUIDE));
  }

  @Test
  void theEnglishGuideShowsTheSameCommandLinesAsTheChinese() {
    assertThat(commandLines(GUIDE)).isNotEmpty().isEqualTo(commandLines(ENGLISH_GUIDE));
  }

  @Test
  void theEnglishGuideNamesTheSameCommandsAndOptionsAsTheChinese() {
    assertThat(commandsAndOptions(List.of(ENGLISH_GUIDE))).isEqualTo(commandsAndOptions(List.of(GUIDE)));
  }
}
