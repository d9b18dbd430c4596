package gongkai.check;

import gongkai.Build;
import gongkai.content.ParsedContent;
import gongkai.content.ContentLoader;
import gongkai.content.ContentParser;
import gongkai.cache.FileMemo;
import gongkai.content.Report;
import gongkai.content.ReportFolder;
import gongkai.markdown.BodyCheck;
import gongkai.markdown.MarkdownRenderer;
import gongkai.markdown.RenderedBody;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Problems;
import gongkai.site.Edition;
import gongkai.site.Site;
import gongkai.site.SiteAssembler;
import gongkai.theme.EditionTheme;
import gongkai.theme.ThemeLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a build checks, and nothing it writes: the first stages of the pipeline (content →
 * markdown → site model) plus the checks that need several of them (duplicate 索引号, links between
 * pages). {@code gongkai check} is this alone; {@link Build} runs it first.
 *
 * <p>Every problem is reported at once, with one exception: links between pages are checked only
 * when every report could be read, so fixing the first problems may reveal broken links.
 */
public final class SiteCheck {
  private SiteCheck() {}

  /**
   * Checks the site, keeping each file's text, parsed report and rendered body in {@code memo}
   * between runs, so that a run after one file changed reads, parses and renders that file only
   * (the preview; a build passes {@link FileMemo#NONE}). The checks across reports run on the whole
   * site every time.
   *
   * @param siteRoot the folder holding {@code content/} and {@code themes/}
   * @param baseUrlOverride replaces site.yaml's {@code base_url} (the preview's address), or null
   * @param includeDrafts whether drafts are part of the site
   * @param reserved the folder names the site's outputs take ({@link ReservedFolderCheck})
   * @return the checked content and the warnings
   * @throws BuildFailedException with every error and warning when there is at least one error
   */
  public static CheckedSite run(Path siteRoot, String baseUrlOverride, boolean includeDrafts, FileMemo memo,
      ReservedFolderCheck.Reserved reserved) {
    long start = System.nanoTime();
    Problems problems = new Problems();
    // A file that cannot be read (not UTF-8) is reported and left out; the others are checked.
    ParsedContent content = ContentParser.parse(new ContentLoader(siteRoot, memo).load(problems), baseUrlOverride, problems, memo);
    // Reports with problems are left out of content; what follows runs on the others, so a
    // publisher sees their problems in the same run.
    boolean complete = !problems.hasErrors();
    CrossReportCheck.check(content).forEach(problems::add);
    ReservedFolderCheck.check(content, reserved).forEach(problems::add);
    RelationCheck.check(content).forEach(problems::add);
    AnnualReportCheck.check(content).forEach(problems::add);

    // The UI language is a publisher's setting (site.yaml), checked against the themes there are.
    // The themes and strings loaded here are the ones the pages are rendered with.
    ThemeLoader themeLoader = new ThemeLoader(siteRoot);
    List<EditionTheme> themes = new java.util.ArrayList<>();
    for (Edition edition : Edition.values()) {
      EditionTheme theme = collect(problems, () -> EditionTheme.load(themeLoader, edition, content.config().language(),
          siteRoot, content.config().languageLine()));
      if (theme != null) {
        themes.add(theme);
      }
    }

    // Each body is parsed once: the renderer runs BodyCheck on its own parse.
    Map<String, BodyCheck.Result> checks = new HashMap<>();
    Map<String, RenderedBody> bodies =
        collect(problems, () -> new MarkdownRenderer(content.config().trustedHtml())
            .renderAll(content, new ReportFolder(siteRoot.resolve("content"), content.config().trustedHtml()), SiteAssembler.fileAddress(content), checks, memo));
    Map<String, List<BodyCheck.BodyLink>> links = new HashMap<>();
    for (Report report : content.reports()) {
      BodyCheck.Result result = checks.getOrDefault(report.source().relativePath(), BodyCheck.NOTHING);
      result.warnings().forEach(problems::add);
      links.put(report.source().relativePath(), result.links());
    }
    if (bodies != null) {
      // What the sanitiser removed from raw HTML: the page is safe without it, so a warning.
      bodies.values().forEach(body -> body.removedHtml().forEach(problems::add));
    }
    // Links and addresses are checked against the whole site: with a report missing, a link to it
    // would be reported as broken when it is not.
    Site site = null;
    if (bodies != null && complete) {
      // Kept in the memo for the preview: a save that changed no report's model reuses it.
      site = collect(problems, () -> memo.get("site", "", java.util.Arrays.asList(content, bodies, includeDrafts, gongkai.site.BuildDate.today(content.config().timeZone())),
          () -> SiteAssembler.assemble(content, bodies, includeDrafts, Edition.STANDARD)));
      if (site != null) {
        LinkCheck.check(content, links, site).forEach(problems::add);
      }
    }
    problems.throwIfAny();
    // Without an error every report was read and rendered, so the model was assembled.
    return new CheckedSite(content, bodies, site, themes, problems.sorted(), start);
  }

  /** Runs a stage, keeping its problems instead of stopping; null when it failed. */
  private static <T> T collect(Problems problems, java.util.function.Supplier<T> stage) {
    try {
      return stage.get();
    } catch (BuildFailedException e) {
      e.problems().forEach(problems::add);
      return null;
    }
  }
}
