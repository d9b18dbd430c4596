package gongkai.cli;

import gongkai.problem.Language;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai init [FOLDER]}: writes a new site repository a bureau owns ({@link SiteTemplate}),
 * into a new or empty folder only, so it never overwrites anything; then names each （…） prompt
 * the editor fills in before the site is published.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Writes a new site into FOLDER (default: current folder), which must be new or empty: "
        + "content/site.yaml with prompts to fill in, the five sections of a 政府信息公开 column, .gitignore and a CI recipe.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER", description = "The new site's folder (default: current folder).")
  Path folder = Path.of(".");

  /** The editors gongkai is for read Chinese; there is no site yet whose language could say otherwise. */
  Language language = Language.DEFAULT;

  @Override
  public Integer call() throws IOException {
    MessageCatalogue words = MessageCatalogue.of(language);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // The folder as typed; the current folder by its full path, since "." says nothing.
    String named = (folder.normalize().toString().isEmpty() ? folder.toAbsolutePath().normalize() : folder).toString().replace('\\', '/');
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      err.println(line(words, Message.of("cli.init.not-a-folder", named), Message.of("cli.init.not-empty.fix")));
      return Main.PROBLEMS;
    }
    if (!isEmpty(folder)) {
      err.println(line(words, Message.of("cli.init.not-empty", named), Message.of("cli.init.not-empty.fix")));
      return Main.PROBLEMS;
    }
    String version = GongkaiVersion.current();
    // The site's time zone (site.yaml says Asia/Shanghai): the day as the bureau counts it.
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    for (SiteTemplate.File file : SiteTemplate.FILES) {
      Path target = folder.resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, SiteTemplate.text(file, version, today), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      if (file.executable() && target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    out.println(words.format(Message.of("cli.init.written", named, SiteTemplate.FILES.size())));
    // The files with （…） prompts: site.yaml's settings, then the starter pages' （请填写…。）.
    List<String> prompted = List.of("content/site.yaml", "content/gkzn/zhinan.md", "content/ysqgk/shenqing.md");
    out.println(words.format(Message.of("cli.init.fill-in", String.join("、", prompted))));
    for (String path : prompted) {
      List<String> lines = Files.readAllLines(folder.resolve(path), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i);
        if (!text.stripLeading().startsWith("#") && text.contains("（") && (path.endsWith(".yaml") || text.contains("（请填写"))) {
          out.println("  " + path + ":" + (i + 1) + ": " + text.strip());
        }
      }
    }
    // The commands to run next, from the folder the editor is in.
    String source = folder.normalize().toString().isEmpty() ? "" : " --source " + shown(folder);
    out.println(words.format(Message.of("cli.init.next", source)));
    return 0;
  }

  /** Nothing in it but perhaps {@code .git}: a repository just cloned from an empty project is fine. */
  private static boolean isEmpty(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.allMatch(entry -> entry.getFileName().toString().equals(".git"));
    }
  }

  /** The folder as a command's argument, quoted when the shell would split it. */
  private static String shown(Path folder) {
    String text = folder.toString().replace('\\', '/');
    return text.chars().anyMatch(Character::isWhitespace) ? "\"" + text + "\"" : text;
  }

  /** {@code gongkai init: what is wrong — how to fix}, the way problems are told. */
  private static String line(MessageCatalogue words, Message message, Message fix) {
    return "gongkai init: " + words.format(message) + " — " + words.format(fix);
  }
}
