package gongkai.serve;

import gongkai.BuildOptions;
import gongkai.BuildResult;
import gongkai.Pipeline;
import gongkai.SiteOutput;
import gongkai.SiteOutputs;
import gongkai.cache.FileMemo;
import gongkai.check.CheckedSite;
import gongkai.problem.BuildFailedException;
import gongkai.site.Edition;
import gongkai.theme.PageJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The preview's builder: keeps the site in memory and, after a change, does again only what the
 * change affects. Each file's text, parsed report and rendered body are kept between builds
 * ({@link FileMemo}, through the {@link Pipeline} a build runs, so the preview runs the very checks a build runs,
 * the checks across reports on the whole site each time); the site model is assembled again (it is
 * cheap, and a report's neighbours, lists and catalogue all depend on the others); and no page is
 * rendered until a browser asks for it ({@link MemorySite}). It serves the build's own list of
 * outputs ({@link SiteOutputs}), so what it serves is byte for byte what {@code gongkai build} writes
 * for the same input.
 *
 * <p>A change to {@code themes/} drops the pipeline's compiled templates and assets; a change
 * to any file under {@code content/} other than Markdown and {@code site.yaml} (an image, an
 * attachment, a new folder) drops everything kept, since bodies and attachments read those files.
 */
public final class InMemoryRebuild implements PreviewBuilder {
  private final Path siteRoot;
  private final boolean drafts;
  private final String origin;
  private final FileMemo memo = new FileMemo();
  private final Pipeline pipeline;
  private boolean themesChanged = true;

  /**
   * @param origin where the preview is served, {@code http://127.0.0.1:1313}: with the base path it
   *     becomes the build's base URL, so links, canonical addresses and QR codes point at the preview
   */
  public InMemoryRebuild(Path siteRoot, boolean drafts, String origin) {
    this.siteRoot = siteRoot.toAbsolutePath().normalize();
    this.drafts = drafts;
    this.origin = origin;
    this.pipeline = Pipeline.keeping(this.siteRoot, memo);
  }

  @Override
  public PreviewBuild build(Set<Path> changed) {
    long start = System.nanoTime();
    String basePath = BasePath.of(siteRoot); // read every time: site.yaml may be what changed
    forget(changed);
    try {
      return assemble(basePath, changed, start);
    } catch (BuildFailedException e) {
      return PreviewBuild.failed(basePath, e.problems());
    }
  }

  /** Drops what the changed files may have made stale. */
  private void forget(Set<Path> changed) {
    Path content = siteRoot.resolve("content");
    Path themes = siteRoot.resolve("themes");
    if (changed.isEmpty()) { // the first build, or the watcher lost track
      memo.clear();
      themesChanged = true;
      return;
    }
    Set<Path> contentChanges = new java.util.HashSet<>();
    for (Path path : changed) {
      if (path.startsWith(themes)) {
        themesChanged = true;
      } else if (path.startsWith(content)) {
        contentChanges.add(path);
        String name = path.getFileName().toString();
        if (!name.endsWith(".md") && !path.equals(content.resolve("site.yaml"))) {
          memo.clear(); // an image or attachment beside a report, or a folder: bodies and reports read those
        }
      }
    }
    if (!contentChanges.isEmpty()) {
      memo.changed(contentChanges);
    }
  }

  private PreviewBuild assemble(String basePath, Set<Path> changed, long start) {
    if (themesChanged) {
      pipeline.themesChanged();
    }
    CheckedSite checked = pipeline.check(new BuildOptions(siteRoot, siteRoot.resolve("public"), drafts, origin + basePath));
    SiteOutputs outputs = pipeline.outputs(checked, drafts);
    MemorySite site = MemorySite.of(outputs);

    // Rendering fails for a template mistake: try the pages an edit shows before serving the build,
    // so the mistake is reported as a build's is and the last good build stays served.
    Set<String> changedReports = new java.util.HashSet<>();
    for (gongkai.content.Report report : checked.content().reports()) {
      if (changed.contains(report.source().path())) {
        changedReports.add(gongkai.site.UrlScheme.reportPath(report.source().folders(), report.meta().slug()));
      }
    }
    List<PageJob> probes = new ArrayList<>();
    // After a theme change the care templates too; otherwise the care model waits for a care page.
    for (SiteOutput.EditionPages edition : themesChanged ? outputs.editions() : List.of(outputs.pages(Edition.STANDARD))) {
      boolean[] firstReport = {false};
      for (PageJob job : edition.jobs()) {
        if (isProbe(job, edition.site().edition() == Edition.STANDARD ? changedReports : Set.of(), firstReport)) {
          probes.add(job);
        }
      }
    }
    probes.parallelStream().forEach(PageJob::bytes);
    themesChanged = false;
    // The care edition's model is assembled now on another thread (or when a care page is asked for
    // first), not before the reload is sent: a model of every report is most of a rebuild's time,
    // and the tab reloads a page of one edition. Its pages are counted once it is there.
    site.prepare(Edition.CARE.prefix());
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    Supplier<BuildResult> counted = new MemorySite.Once<>(() -> {
      SiteOutputs.Counts counts = outputs.counts();
      return new BuildResult(counts.reports(), counts.pages(), 0, 0, 0, elapsed, counts.qrCodes(), checked.warnings());
    });
    return new PreviewBuild(basePath, counted, List.of(), site, true);
  }

  /**
   * Whether to render a page before serving the build: the pages of the changed reports, and after a
   * theme change the first page of every list, every single page and the first report (each
   * template at least once).
   */
  private boolean isProbe(PageJob job, Set<String> changedReports, boolean[] firstReport) {
    if (job.report() != null) {
      boolean first = themesChanged && !firstReport[0];
      firstReport[0] = true;
      return first || changedReports.contains(job.report().path());
    }
    return themesChanged && !job.path().contains("/page/");
  }
}
