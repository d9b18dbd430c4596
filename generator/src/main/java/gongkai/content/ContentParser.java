package gongkai.content;

import gongkai.cache.FileMemo;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses every file read by {@link ContentLoader}, then fails once with all the problems found. */
public final class ContentParser {
  private ContentParser() {}

  /**
   * @param baseUrlOverride replaces {@code base_url} when not null
   * @throws BuildFailedException listing every problem in every file
   */
  public static ParsedContent parse(SourceFiles files, String baseUrlOverride) {
    Problems problems = new Problems();
    ParsedContent content = parse(files, baseUrlOverride, problems);
    problems.throwIfAny();
    return content;
  }

  /**
   * Parses what can be parsed and adds every problem to {@code problems}, so later checks can run on
   * the files that are fine and report their problems in the same run.
   *
   * @return the section pages and reports without problems
   * @throws BuildFailedException when {@code site.yaml} itself cannot be used
   */
  public static ParsedContent parse(SourceFiles files, String baseUrlOverride, Problems problems) {
    return parse(files, baseUrlOverride, problems, FileMemo.NONE);
  }

  /**
   * As {@link #parse(SourceFiles, String, Problems)}, reusing from {@code memo} each report parsed
   * before from the same file under the same settings and section kind (the preview).
   */
  public static ParsedContent parse(SourceFiles files, String baseUrlOverride, Problems problems, FileMemo memo) {
    SiteConfig config = memo.same("config", SiteConfigLoader.load(files.siteConfig(), baseUrlOverride));
    java.util.Set<String> present = new java.util.HashSet<>();
    files.reports().forEach(f -> present.add(f.folders().isEmpty() ? "" : f.folders().get(0)));
    files.sectionPages().forEach(f -> present.add(f.folders().isEmpty() ? "" : f.folders().get(0)));
    SiteConfigLoader.sectionWarnings(files.siteConfig(), config, present, problems);
    List<SectionPage> sections = new ArrayList<>();
    for (SourceFile file : files.sectionPages()) {
      SectionPage page = sectionPage(file, problems);
      if (page != null) {
        sections.add(page);
      }
    }
    Map<String, Boolean> disclosure = new HashMap<>();
    sections.forEach(s -> disclosure.put(s.name(), s.disclosure()));

    FrontMatterParser frontMatter = new FrontMatterParser(config);
    AttachmentChecker attachments = new AttachmentChecker(new ReportFolder(files.siteConfig().path().getParent(), config.trustedHtml()));
    // Each report on its own, on all cores, with its own problems; both are kept in file order.
    List<Parsed> parsed = files.reports().parallelStream()
        .map(file -> memo.get("report", file.relativePath(),
            java.util.Arrays.asList(file, config, file.folders().isEmpty() ? null : disclosure.get(file.folders().get(0))), () -> {
              Problems own = new Problems();
              return new Parsed(report(file, disclosure, frontMatter, attachments, own), own);
            }))
        .toList();
    List<Report> reports = new ArrayList<>();
    for (Parsed one : parsed) {
      one.problems().sorted().forEach(problems::add);
      if (one.report() != null) {
        reports.add(one.report());
      }
    }
    return new ParsedContent(config, reports, sections);
  }

  private record Parsed(Report report, Problems problems) {}

  /** One report, or null when it has a problem (added to {@code problems}). */
  private static Report report(
      SourceFile file, Map<String, Boolean> disclosure, FrontMatterParser frontMatter, AttachmentChecker attachments,
      Problems problems) {
    if (file.folders().isEmpty()) {
      problems.add(Problem.at(file.displayPath(), 0, Message.of("content.report.no-section"), Message.of("content.report.no-section.fix")));
      return null;
    }
    try {
      FrontMatterSplitter.Split split = FrontMatterSplitter.split(file);
      YamlMapping yaml = YamlMapping.parse(split.yaml(), file.displayPath(), split.yamlFirstLine());
      boolean indexRequired = disclosure.getOrDefault(file.folders().get(0), true);
      FrontMatter meta = frontMatter.parse(file, yaml, indexRequired, problems);
      Placeholders.check(file.displayPath(), split.body(), split.bodyFirstLine(), problems);
      ControlCharacters.check(file.displayPath(), split.body(), split.bodyFirstLine(), problems);
      if (meta == null) {
        return null;
      }
      // A parsed meta means every item of 'attachments' was read, so item i is on line i.
      List<AttachmentFile> found = attachments.check(file, meta.attachments(), yaml, problems);
      return Report.inFile(file, meta, split.body().length(), split.bodyFirstLine(), found);
    } catch (BuildFailedException e) {
      e.problems().forEach(problems::add);
      return null;
    }
  }

  private static SectionPage sectionPage(SourceFile file, Problems problems) {
    if (file.folders().size() != 1) {
      problems.add(Problem.at(file.displayPath(), 0, Message.of("content.section.index-place"), Message.of("content.section.index-place.fix")));
      return null;
    }
    try {
      FrontMatterSplitter.Split split = FrontMatterSplitter.split(file);
      YamlMapping yaml = YamlMapping.parse(split.yaml(), file.displayPath(), split.yamlFirstLine());
      FieldReader fields = new FieldReader(yaml, problems);
      ControlCharacters.check(file.displayPath(), split.body(), split.bodyFirstLine(), problems);
      String title = fields.requiredText("title", Message.of("content.section.title.fix"));
      boolean disclosure = fields.flag("disclosure", true);
      String kindText = fields.text("kind");
      SectionKind kind = kindText == null ? SectionKind.OTHER : SectionKind.named(kindText.strip());
      if (kind == null) {
        fields.problem("kind", Message.of("content.section.kind", kindText), Message.of("content.section.kind.fix", SectionKind.labels()));
        kind = SectionKind.OTHER;
      }
      int kindLine = kindText == null ? 0 : yaml.line("kind");
      return title == null ? null : new SectionPage(file, file.folders().get(0), title, split.body(), disclosure, kind, kindLine);
    } catch (BuildFailedException e) {
      e.problems().forEach(problems::add);
      return null;
    }
  }
}
