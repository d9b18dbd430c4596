package gongkai.serve;

import gongkai.BuildOptions;
import gongkai.BuildResult;
import gongkai.check.CheckedSite;
import gongkai.check.SiteCheck;
import gongkai.cache.FileMemo;
import gongkai.content.FrontMatterSchema;
import gongkai.output.AssetCollector;
import gongkai.output.AtomFeedWriter;
import gongkai.output.OutputFile;
import gongkai.output.ReportFileCollector;
import gongkai.output.RobotsTxt;
import gongkai.search.SearchIndex;
import gongkai.search.SearchIndexWriter;
import gongkai.output.SitemapWriter;
import gongkai.problem.BuildFailedException;
import gongkai.site.Edition;
import gongkai.site.Site;
import gongkai.site.SiteAssembler;
import gongkai.theme.Messages;
import gongkai.theme.PageJob;
import gongkai.theme.PageRenderer;
import gongkai.theme.Theme;
import gongkai.theme.ThemeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preview's builder: keeps the site in memory and, after a change, does again only what the
 * change affects. Each file's text, parsed report and rendered body are kept between builds
 * ({@link FileMemo}, through {@link SiteCheck}, so the preview runs the very checks a build runs,
 * the checks across reports on the whole site each time); the site model is assembled again (it is
 * cheap, and a report's neighbours, lists and catalogue all depend on the others); and no page is
 * rendered until a browser asks for it ({@link MemorySite}). What it serves is byte for byte what
 * {@code gongkai build} writes for the same input.
 *
 * <p>A change to {@code themes/} drops the page renderers (compiled templates) and assets; a change
 * to any file under {@code content/} other than Markdown and {@code site.yaml} (an image, an
 * attachment, a new folder) drops everything kept, since bodies and attachments read those files.
 */
public final class IncrementalBuild implements SiteBuilder {
  private final Path siteRoot;
  private final boolean drafts;
  private final String origin;
  private final FileMemo memo = new FileMemo();
  /** Compiled templates, by edition and everything a renderer is made from. */
  private final Map<Object, Renderer> renderers = new HashMap<>();
  private List<OutputFile> assets;
  private boolean themesChanged = true;

  /**
   * @param origin where the preview is served, {@code http://127.0.0.1:1313}: with the base path it
   *     becomes the build's base URL, so links, canonical addresses and QR codes point at the preview
   */
  public IncrementalBuild(Path siteRoot, boolean drafts, String origin) {
    this.siteRoot = siteRoot.toAbsolutePath().normalize();
    this.drafts = drafts;
    this.origin = origin;
  }

  @Override
  public BuildOutcome build(Set<Path> changed) {
    long start = System.nanoTime();
    String basePath = BasePath.of(siteRoot); // read every time: site.yaml may be what changed
    forget(changed);
    try {
      return assemble(basePath, changed, start);
    } catch (BuildFailedException e) {
      return BuildOutcome.failed(basePath, e.problems());
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

  private BuildOutcome assemble(String basePath, Set<Path> changed, long start) {
    if (themesChanged) {
      renderers.clear();
      assets = null;
    }
    CheckedSite checked = SiteCheck.run(new BuildOptions(siteRoot, siteRoot.resolve("public"), drafts, origin + basePath), memo);
    ThemeLoader themeLoader = new ThemeLoader(siteRoot);
    Site standard = checked.standard(); // the model SiteCheck assembled for its link check
    Renderer standardPages = renderer(themeLoader, Edition.STANDARD, checked);
    Renderer carePages = renderer(themeLoader, Edition.CARE, checked);
    // The care edition is assembled after the reload is sent (or when a care page is asked for
    // first): a model of every report is most of a rebuild's time, and the tab reloads a page of
    // one edition.
    MemorySite.Once<List<PageJob>> careJobs = new MemorySite.Once<>(
        () -> carePages.pages(SiteAssembler.assemble(checked.content(), checked.bodies(), drafts, Edition.CARE)));

    MemorySite.Builder files = new MemorySite.Builder();
    // In the order Build stages them, so a path two outputs share ends as the build's does.
    ReportFileCollector.sources(standard).forEach((path, source) -> files.put(path, () -> read(source)));
    files.group(SearchIndexWriter.DIR, () -> SearchIndexWriter.write(SearchIndex.of(standard)));
    Set<String> changedReports = new java.util.HashSet<>();
    for (gongkai.content.Report report : checked.content().reports()) {
      if (changed.contains(report.source().path())) {
        changedReports.add(gongkai.site.UrlScheme.reportPath(report.source().folders(), report.meta().slug()));
      }
    }
    List<String> pages = new ArrayList<>();
    List<PageJob> probes = new ArrayList<>();
    int qrCodes = 0;
    boolean[] firstReport = {false};
    for (PageJob job : standardPages.pages(standard)) {
      files.put(job.path(), job::bytes);
      pages.add(job.path());
      qrCodes += job.qrCode() ? 1 : 0;
      if (isProbe(job, changedReports, firstReport)) {
        probes.add(job);
      }
    }
    files.lazyGroup(Edition.CARE.prefix(), () -> {
      Map<String, java.util.function.Supplier<byte[]>> care = new HashMap<>();
      careJobs.get().forEach(job -> care.put(job.path(), job::bytes));
      return care;
    });
    if (themesChanged) { // the care templates, too
      boolean[] firstCareReport = {false};
      careJobs.get().stream().filter(job -> isProbe(job, Set.of(), firstCareReport)).forEach(probes::add);
    }
    List<Theme> used = List.of(standardPages.theme(), carePages.theme());
    if (assets == null) {
      assets = AssetCollector.collect(used, siteRoot);
    }
    assets.forEach(files::put);
    files.group(SitemapWriter.FILE, () -> {
      List<String> all = new ArrayList<>(pages);
      careJobs.get().forEach(job -> all.add(job.path()));
      return List.of(SitemapWriter.writePaths(standard, all));
    });
    files.put(RobotsTxt.write(standard));
    AtomFeedWriter.write(standard).forEach(files::put);
    files.put(OutputFile.text(FrontMatterSchema.PATH, FrontMatterSchema.json()));
    // Rendering fails for a template mistake: try the pages an edit shows before serving the build,
    // so the mistake is reported as a build's is and the last good build stays served.
    probes.parallelStream().forEach(PageJob::bytes);
    themesChanged = false;
    MemorySite site = files.build();
    site.prepare(Edition.CARE.prefix());
    // Both editions have the same pages at the same paths (ARCHITECTURE.md), so the care edition
    // need not be assembled to count them.
    BuildResult result = new BuildResult(standard.reports().size(), 2 * pages.size(), 0, 0, 0,
        Duration.ofNanos(System.nanoTime() - start), 2 * qrCodes, checked.warnings());
    return new BuildOutcome(basePath, result, List.of(), site, true);
  }

  /** The edition's renderer: kept while the theme, its UI strings and the QR setting are the same (compiled templates). */
  private Renderer renderer(ThemeLoader themes, Edition edition, CheckedSite checked) {
    gongkai.content.SiteConfig config = checked.content().config();
    Theme theme = themes.load(edition.theme());
    Map<String, Object> messages = Messages.load(theme, config.language(), siteRoot, config.languageLine());
    return renderers.computeIfAbsent(List.of(edition, theme, messages, config.qrErrorCorrection()),
        key -> new Renderer(theme, new PageRenderer(theme, messages, siteRoot, config.qrErrorCorrection())));
  }

  private record Renderer(Theme theme, PageRenderer renderer) {
    List<PageJob> pages(Site site) {
      return renderer.pages(site);
    }
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

  private static byte[] read(Path source) {
    try {
      return Files.readAllBytes(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
