package gongkai;

import gongkai.cache.BuildCache;
import gongkai.cache.Fingerprint;
import gongkai.check.CheckedSite;
import gongkai.markdown.RenderedBody;
import gongkai.output.OutputDirectory;
import gongkai.output.OutputFile;
import gongkai.output.OutputStage;
import gongkai.output.SyncResult;
import gongkai.site.Edition;
import gongkai.site.ReportPage;
import gongkai.site.Section;
import gongkai.site.Site;
import gongkai.theme.PageJob;
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
   * Checks, then builds: the same checks as {@code gongkai check} ({@link Pipeline#check}), whose
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
        new Fingerprint().addGongkai().add(options.toString()).add("today " + today(options.siteRoot()))
            .addFolder(options.siteRoot().resolve("content")).addFolder(options.siteRoot().resolve("themes")).hex();
    BuildCache cache = BuildCache.load(cacheFile);
    // A build that warned is done again, so its warnings are printed until they are fixed.
    if (cache.sameInputs(inputs) && cache.counts().warnings() == 0 && cache.describes(output.dir())) {
      BuildCache.Counts c = cache.counts();
      // Inputs a successful build without warnings already turned into this output.
      return new BuildResult(c.reports(), c.pages(), 0, cache.fileCount() - 1, 0, since(start), c.qrCodes(), List.of());
    }

    progress.update(BuildProgress.Stage.CHECKING, 0, 0);
    Pipeline pipeline = Pipeline.once(options.siteRoot());
    CheckedSite checked = pipeline.check(options);
    SiteOutputs outputs = pipeline.outputs(checked, options.includeDrafts());
    String themeKey = new Fingerprint().addGongkai().addFolder(options.siteRoot().resolve("themes")).hex();

    List<KeyedJob> jobs = new ArrayList<>();
    for (SiteOutput.EditionPages edition : outputs.editions()) {
      String siteKey = siteKey(themeKey, edition.site());
      boolean indexed = edition.site().edition() == Edition.STANDARD;
      for (PageJob job : edition.jobs()) {
        jobs.add(new KeyedJob(job, siteKey, indexed));
      }
    }
    SiteOutputs.Counts counts = outputs.counts();
    Map<String, String> pageKeys = new ConcurrentHashMap<>();
    SyncResult sync;
    try (OutputStage stage = output.begin()) {
      renderPages(byReport(jobs), cache, stage, pageKeys, outputs, progress);
      for (SiteOutput entry : outputs.entries()) { // the pages are staged
        if (entry instanceof SiteOutput.File file) {
          stage.put(new OutputFile(file.path(), file.bytes().get()));
        } else if (entry instanceof SiteOutput.Group group) {
          group.make().forEach(stage::put);
        }
      }
      progress.update(BuildProgress.Stage.WRITING, 0, 0);
      sync = stage.commit();
    }
    BuildCache.save(cacheFile, inputs,
        new BuildCache.Counts(counts.reports(), counts.pages(), counts.qrCodes(), checked.warnings().size()), output.dir(), pageKeys);
    return new BuildResult(counts.reports(), counts.pages(), sync.written(), sync.unchanged(), sync.removed(),
        since(start), counts.qrCodes(), checked.warnings());
  }

  /**
   * A page to render, the key of everything its edition shares ({@link #siteKey}), and whether its
   * report goes into the search index as it is rendered (the standard edition's pages).
   */
  private record KeyedJob(PageJob job, String siteKey, boolean indexed) {}

  /**
   * The pages in an order that renders a report's pages in both editions one after the other: they
   * show the same body, which a big site cannot keep in memory for long (RenderedBody). Other pages
   * follow in their order.
   */
  private static List<KeyedJob> byReport(List<KeyedJob> jobs) {
    Map<RenderedBody, List<KeyedJob>> byBody = new java.util.IdentityHashMap<>();
    List<List<KeyedJob>> groups = new ArrayList<>();
    List<KeyedJob> others = new ArrayList<>();
    for (KeyedJob keyed : jobs) {
      if (keyed.job().report() == null) {
        others.add(keyed);
        continue;
      }
      byBody.computeIfAbsent(keyed.job().report().body(), body -> {
        List<KeyedJob> group = new ArrayList<>(2);
        groups.add(group);
        return group;
      }).add(keyed);
    }
    List<KeyedJob> ordered = new ArrayList<>(jobs.size());
    groups.forEach(ordered::addAll);
    ordered.addAll(others);
    return ordered;
  }

  /**
   * Renders the pages on all cores and stages each as soon as it is done. A report page whose key
   * (its own model, including body and neighbours, and everything it shares with every page) matches
   * the published one is kept without rendering. The output does not depend on the order the threads
   * finish in: every page is its own file.
   */
  private static void renderPages(
      List<KeyedJob> jobs, BuildCache cache, OutputStage stage, Map<String, String> pageKeys, SiteOutputs outputs,
      BuildProgress progress) {
    BuildProgress.Stage name = BuildProgress.Stage.RENDERING;
    AtomicInteger done = new AtomicInteger();
    progress.update(name, 0, jobs.size());
    jobs.parallelStream().forEach(keyed -> {
      PageJob job = keyed.job();
      if (keyed.indexed() && job.report() != null) {
        // Indexed beside its page, kept or not, while the body is still in memory (RenderedBody).
        outputs.index(job.report());
      }
      if (job.report() != null) {
        String key = pageKey(keyed.siteKey(), job.report());
        pageKeys.put(job.path(), key);
        BuildCache.Entry published = cache.entry(job.path());
        if (published != null && published.key().equals(key) && stage.isPublished(job.path(), published.size(), published.modified())) {
          stage.keep(job.path());
          progress.update(name, done.incrementAndGet(), jobs.size());
          return;
        }
      }
      stage.put(new OutputFile(job.path(), job.bytes()));
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
   * A report page's key: the site key, the page without its body, and its body's key (hashed once,
   * when it was rendered: the body is most of the page's model, and may have been let go).
   */
  private static String pageKey(String siteKey, ReportPage report) {
    ReportPage withoutBody = new ReportPage(report.path(), report.url(), report.absoluteUrl(), report.canonicalUrl(),
        report.meta(), NO_BODY, report.attachments(), report.section(), report.previous(), report.next());
    return new Fingerprint().add(siteKey).add(withoutBody.toString()).add(report.body().key()).hex();
  }

  private static final RenderedBody NO_BODY = RenderedBody.of("", List.of());

  /**
   * The build's today in the site's zone ({@link gongkai.site.BuildDate}): a report's 有效性 changes
   * on its {@code expires} day with no file changed, so a build is skipped as unchanged only on the
   * same day. The zone is read from site.yaml's text; when it cannot be, the default zone's day is
   * used, and the full check that follows reads site.yaml properly.
   */
  private static String today(Path siteRoot) {
    java.time.ZoneId zone = gongkai.content.SiteConfig.DEFAULT_TIME_ZONE;
    try {
      String config = java.nio.file.Files.readString(siteRoot.resolve("content/site.yaml"));
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^time_zone:\\s*[\"']?([A-Za-z_/+\\-0-9]+)").matcher(config);
      if (m.find()) {
        zone = java.time.ZoneId.of(m.group(1));
      }
    } catch (java.io.IOException | RuntimeException e) {
      // the default zone; the check reports a broken site.yaml
    }
    return gongkai.site.BuildDate.today(zone).toString();
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
