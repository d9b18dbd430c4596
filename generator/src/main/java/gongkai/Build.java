package gongkai;

import gongkai.content.Content;
import gongkai.content.FrontMatterSchema;
import gongkai.markdown.RenderedBody;
import gongkai.output.AssetCollector;
import gongkai.output.AtomFeedWriter;
import gongkai.output.OutputDirectory;
import gongkai.output.OutputFile;
import gongkai.output.OutputStage;
import gongkai.output.ReportFileCollector;
import gongkai.output.RobotsTxt;
import gongkai.output.SearchIndex;
import gongkai.output.SearchIndexWriter;
import gongkai.output.SitemapWriter;
import gongkai.output.SyncResult;
import gongkai.site.Edition;
import gongkai.site.ReportPage;
import gongkai.site.Section;
import gongkai.site.Site;
import gongkai.site.SiteAssembler;
import gongkai.theme.Messages;
import gongkai.theme.PageJob;
import gongkai.theme.PageRenderer;
import gongkai.theme.Theme;
import gongkai.theme.ThemeLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline: content → markdown → site → theme → output, one line per stage. Every stage either
 * returns its value or throws {@link gongkai.problem.BuildFailedException} with all its problems.
 * Pages are rendered in parallel and staged beside the output as they are done; the output folder
 * changes only when everything has succeeded ({@link OutputDirectory}).
 *
 * <p>A {@link BuildCache} beside the output makes rebuilds cheap: when no file under {@code content/}
 * or {@code themes/} changed (nor gongkai, nor the options) and the output is as the last build left
 * it, nothing is done; otherwise report pages whose inputs did not change are not rendered again.
 */
public final class Build {
  private Build() {}

  public static BuildResult run(BuildOptions options) {
    return run(options, BuildProgress.NONE);
  }

  /**
   * Validates, then builds: the same checks as {@code gongkai check} ({@link Validation}), whose
   * warnings the result carries for the caller to print.
   *
   * @throws gongkai.problem.BuildFailedException with every error and warning, when there is an error
   */
  public static BuildResult run(BuildOptions options, BuildProgress progress) {
    long start = System.nanoTime();
    OutputDirectory output = new OutputDirectory(options.outputDir());
    Path cacheFile = output.sibling(".cache");
    output.recover();
    String inputs =
        new Fingerprint().addGongkai().add(options.toString())
            .addFolder(options.siteRoot().resolve("content")).addFolder(options.siteRoot().resolve("themes")).hex();
    BuildCache cache = BuildCache.load(cacheFile);
    // A build that warned is done again, so its warnings are printed until they are fixed.
    if (cache.sameInputs(inputs) && cache.counts().warnings() == 0 && cache.describes(output.dir())) {
      BuildCache.Counts c = cache.counts();
      // Inputs a successful build without warnings already turned into this output.
      return new BuildResult(c.reports(), c.pages(), 0, cache.fileCount() - 1, 0, since(start), c.qrCodes(), List.of());
    }

    progress.update("Checking content", 0, 0);
    Validated checked = Validation.run(options);
    Content content = checked.content();
    Map<String, RenderedBody> bodies = checked.bodies();
    ThemeLoader themes = new ThemeLoader(options.siteRoot());
    String themeKey = new Fingerprint().addGongkai().addFolder(options.siteRoot().resolve("themes")).hex();

    List<Theme> used = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    Map<String, String> pageKeys = new ConcurrentHashMap<>();
    Map<BodyIdentity, String> bodyKeys = new ConcurrentHashMap<>();
    int reports = 0;
    int qrCodes = 0;
    SyncResult sync;
    try (OutputStage stage = output.begin()) {
      Site standard = null;
      for (Edition edition : Edition.values()) {
        Site site = SiteAssembler.assemble(content, bodies, options.includeDrafts(), edition);
        if (edition == Edition.STANDARD) {
          standard = site;
          ReportFileCollector.collect(site).forEach(stage::put); // shared by both editions
          SearchIndexWriter.write(SearchIndex.of(site)).forEach(stage::put); // likewise
        }
        Theme theme = themes.load(edition.theme());
        Map<String, Object> messages = Messages.load(theme, site.config().language(), options.siteRoot(), site.config().languageLine());
        PageRenderer renderer = new PageRenderer(theme, messages, options.siteRoot(), content.config().qrErrorCorrection());
        List<PageJob> jobs = renderer.pages(site);
        for (PageJob job : jobs) {
          pages.add(job.path());
          qrCodes += job.qrCode() ? 1 : 0;
        }
        renderPages(jobs, siteKey(themeKey, site), cache, stage, pageKeys, progress, edition, bodyKeys);
        used.add(theme);
        reports = site.reports().size();
      }
      AssetCollector.collect(used, options.siteRoot()).forEach(stage::put);
      stage.put(SitemapWriter.writePaths(standard, pages));
      stage.put(RobotsTxt.write(standard));
      AtomFeedWriter.write(standard).forEach(stage::put);
      stage.put(OutputFile.text(FrontMatterSchema.PATH, FrontMatterSchema.json())); // for editors (README)
      progress.update("Writing " + output.dir().getFileName() + "/", 0, 0);
      sync = stage.commit();
    }
    BuildCache.save(cacheFile, inputs, new BuildCache.Counts(reports, pages.size(), qrCodes, checked.warnings().size()), output.dir(), pageKeys);
    return new BuildResult(
        reports, pages.size(), sync.written(), sync.unchanged(), sync.removed(), since(start), qrCodes, checked.warnings());
  }

  /**
   * Renders the pages on all cores and stages each as soon as it is done. A report page whose key
   * (its own model, including body and neighbours, and everything it shares with every page) matches
   * the published one is kept without rendering. The output does not depend on the order the threads
   * finish in: every page is its own file.
   */
  private static void renderPages(
      List<PageJob> jobs, String siteKey, BuildCache cache, OutputStage stage, Map<String, String> pageKeys,
      BuildProgress progress, Edition edition, Map<BodyIdentity, String> bodyKeys) {
    String name = "Rendering pages" + (edition == Edition.STANDARD ? "" : " (" + edition.name().toLowerCase(java.util.Locale.ROOT) + ")");
    AtomicInteger done = new AtomicInteger();
    progress.update(name, 0, jobs.size());
    jobs.parallelStream().forEach(job -> {
      if (job.report() != null) {
        String key = pageKey(siteKey, job.report(), bodyKeys);
        pageKeys.put(job.path(), key);
        BuildCache.Entry published = cache.entry(job.path());
        if (published != null && published.key().equals(key) && stage.isPublished(job.path(), published.size(), published.modified())) {
          stage.keep(job.path());
          progress.update(name, done.incrementAndGet(), jobs.size());
          return;
        }
      }
      stage.put(OutputFile.text(job.path(), job.render()));
      progress.update(name, done.incrementAndGet(), jobs.size());
    });
  }

  /**
   * What every report page of an edition shares: the theme and gongkai itself, the site's settings,
   * its sections, and the metadata of every report (titles, dates and paths appear in lists and
   * neighbours, and a theme may show any of them on any page).
   */
  private static String siteKey(String themeKey, Site site) {
    Fingerprint key = new Fingerprint().add(themeKey).add(site.edition().name()).add(site.config().toString());
    for (Section section : site.sections()) {
      key.add(section.name()).add(section.title()).add(section.introHtml()).add(section.url());
    }
    for (ReportPage report : site.reports()) {
      key.add(report.path()).add(report.meta().toString());
    }
    return key.hex();
  }

  /**
   * A report page's key: the site key, the page without its body, and its body's key. Both editions
   * show the same rendered body (one object), so its text, most of the page's model, is hashed once
   * per report instead of once per page.
   */
  private static String pageKey(String siteKey, ReportPage report, Map<BodyIdentity, String> bodyKeys) {
    String body = bodyKeys.computeIfAbsent(new BodyIdentity(report.body()), b -> new Fingerprint().add(b.body().toString()).hex());
    ReportPage withoutBody = new ReportPage(report.path(), report.url(), report.absoluteUrl(), report.canonicalUrl(),
        report.meta(), NO_BODY, report.attachments(), report.section(), report.previous(), report.next());
    return new Fingerprint().add(siteKey).add(withoutBody.toString()).add(body).hex();
  }

  private static final RenderedBody NO_BODY = RenderedBody.of("", List.of());

  /** A rendered body by identity: comparing bodies by value would read their whole text again. */
  private record BodyIdentity(RenderedBody body) {
    @Override
    public boolean equals(Object other) {
      return other instanceof BodyIdentity that && that.body == body;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(body);
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
