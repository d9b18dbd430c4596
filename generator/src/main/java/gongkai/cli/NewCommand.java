package gongkai.cli;

import gongkai.content.SourceFiles;
import gongkai.content.ContentLoader;
import gongkai.content.IndexNumber;
import gongkai.content.ReportIndexNumbers;
import gongkai.content.SectionKinds;
import gongkai.content.SiteConfig;
import gongkai.content.SiteConfigLoader;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import gongkai.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai new <section> "<title>"}: writes {@code content/<section>/<year>/<name>.md} with
 * today's date in the site's zone, the site's 发布机构 and the next free 索引号, and never overwrites.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Creates a report in content/<section>/<year>/ with today's date and the next free 索引号, and prints its path.")
final class NewCommand implements Callable<Integer> {
  // DESIGN.md, content contract: a slug is a-z, 0-9 and '-'.
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SECTION", description = "Section folder under content/, e.g. gkml.")
  String section;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TITLE",
      description = "The report's title (标题); with --annual-report, default <organization><year>年政府信息公开工作年度报告.")
  String title;

  @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/ (default: current folder).")
  Path source = Path.of(".");

  @Option(names = "--slug", paramLabel = "SLUG", description = "File name and URL segment, a-z, 0-9 and '-' (default: <yyyymmdd>-<serial>).")
  String slug;

  @Option(names = "--annual-report", paramLabel = "YEAR",
      description = "Writes the 政府信息公开工作年度报告 of YEAR: the format's six parts and its figures at zero (docs/年度报告.md).")
  Integer annualYear;

  private final Clock clock;

  NewCommand() {
    this(Clock.systemUTC());
  }

  /** @param clock today's date and time; the site's zone is applied to it */
  NewCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path root = source.toAbsolutePath().normalize();
    MessageCatalogue words = Main.words(spec, root);
    Message usage = usageProblem();
    if (usage != null) {
      err.println("gongkai new: " + words.format(usage));
      err.println(words.format(Message.of("cli.usage.help", "gongkai new --help")));
      return Main.USAGE;
    }
    try {
      SourceFiles files = new ContentLoader(root).load();
      SiteConfig config = SiteConfigLoader.load(files.siteConfig(), null);
      TreeSet<String> sections = sections(root.resolve("content"), config);
      if (!sections.contains(section)) {
        err.println("gongkai new: " + words.format(sections.isEmpty()
            ? Message.of("cli.new.unknown-section.none", section)
            : Message.of("cli.new.unknown-section", section, List.copyOf(sections))));
        return Main.PROBLEMS;
      }
      ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.timeZone())).truncatedTo(ChronoUnit.SECONDS);
      // Reports outside disclosure sections (news, for example) have no 索引号 (README, "Writing a report").
      IndexNumber indexNo =
          SectionKinds.isDisclosure(files, section)
              ? NextIndexNumber.pick(config.indexCode(), ReportIndexNumbers.read(files, config.indexScheme()), now.getYear(),
                  now.getMonthValue(), files.siteConfig().displayPath(), config.indexScheme())
              : null;
      // Titles are Chinese and a URL segment must be a-z0-9 (or percent-encoded Chinese, which is
      // unreadable in a link), so the default name is the day and serial (or time): unique and in order.
      String fullTitle = title != null ? title.strip() : config.organization() + annualYear + "年政府信息公开工作年度报告";
      String name = slug != null ? slug : annualYear != null ? annualYear + "-niandu-baogao" : DAY.format(now) + "-" + (indexNo != null ? indexNo.serial() : TIME.format(now));
      Path relative = Path.of("content", section, String.valueOf(now.getYear()), name + ".md");
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      try {
        Files.writeString(file, ReportSkeleton.text(fullTitle, indexNo, config.organization(), now, annualYear),
            StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        err.println(Problem.at(relative, 0, Message.of("cli.new.exists"),
            slug != null ? Message.of("cli.new.exists.other-slug") : Message.of("cli.new.exists.slug")).line(words));
        return Main.PROBLEMS;
      }
      spec.commandLine().getOut().println(relative.toString().replace('\\', '/'));
      return 0;
    } catch (BuildFailedException e) {
      e.problems().forEach(p -> err.println(p.line(words)));
      return Main.PROBLEMS;
    }
  }

  /** What is wrong with the arguments themselves, or null. */
  private Message usageProblem() {
    if (annualYear != null && (annualYear < 2000 || annualYear > 2999)) {
      return Message.of("cli.new.not-a-year", annualYear);
    }
    if (title == null && annualYear == null) {
      return Message.of("cli.new.title-missing");
    }
    if (title == null) {
      return slugProblem();
    }
    if (title.isBlank()) {
      return Message.of("cli.new.title-empty");
    }
    if (title.chars().anyMatch(Character::isISOControl)) {
      return Message.of("cli.new.title-lines");
    }
    return slugProblem();
  }

  private Message slugProblem() {
    if (slug != null && !SLUG.matcher(slug).matches()) {
      return Message.of("cli.new.slug", slug);
    }
    if (!section.matches("[^/\\\\.][^/\\\\]*")) {
      return Message.of("cli.new.section-name", section);
    }
    return null;
  }

  /** The sections site.yaml lists and the folders under content/ (hidden ones left out). */
  private static TreeSet<String> sections(Path content, SiteConfig config) throws IOException {
    TreeSet<String> sections = new TreeSet<>(config.sections());
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(content, Files::isDirectory)) {
      for (Path dir : dirs) {
        String name = dir.getFileName().toString();
        if (!name.startsWith(".")) {
          sections.add(name);
        }
      }
    }
    return sections;
  }
}
