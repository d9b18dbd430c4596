package gongkai;

import gongkai.check.CheckedSite;
import gongkai.content.FrontMatterSchema;
import gongkai.output.AtomFeedWriter;
import gongkai.output.OutputFile;
import gongkai.output.ReportFileCollector;
import gongkai.output.RobotsTxt;
import gongkai.output.SitemapWriter;
import gongkai.search.SearchIndexBuilder;
import gongkai.search.SearchIndexWriter;
import gongkai.site.Edition;
import gongkai.site.ReportPage;
import gongkai.site.Site;
import gongkai.site.SiteAssembler;
import gongkai.theme.PageJob;
import gongkai.theme.PageRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything a site is made of, in one list: the files reports carry, the pages of both editions,
 * the search index, the theme assets, the sitemap, robots.txt, the feeds and the front-matter
 * schema. {@link Build} makes every entry and stages it; the preview ({@code serve.InMemoryRebuild})
 * holds the same entries and makes each when a browser asks. A new kind of output is one more
 * entry in {@link #of}, and both serve it byte for byte alike.
 *
 * <p>Two entries may not claim one path: the build and the preview both fail with
 * {@link OutputFile#twoOutputsFor}, which the check stage keeps publishers from reaching.
 */
public final class SiteOutputs {
  private final List<SiteOutput> entries;
  private final List<SiteOutput.Pages> editions;
  private final SearchIndexBuilder search;
  private final int reports;

  private SiteOutputs(List<SiteOutput> entries, SearchIndexBuilder search, int reports) {
    this.entries = List.copyOf(entries);
    this.editions = entries.stream()
        .filter(SiteOutput.Pages.class::isInstance).map(SiteOutput.Pages.class::cast).toList();
    this.search = search;
    this.reports = reports;
  }

  /**
   * The outputs of a checked site.
   *
   * @param renderers each edition's page renderer, made from {@link CheckedSite#theme}
   * @param assets the themes' assets (the preview keeps them while the themes are unchanged)
   * @param contentDir the site's {@code content/}, which every file a report carries must still be in when it is read
   */
  static SiteOutputs of(CheckedSite checked, boolean drafts, Map<Edition, PageRenderer> renderers, Supplier<List<OutputFile>> assets,
      Path contentDir) {
    Site standard = checked.standard(); // the model the check stage assembled for its link check
    SearchIndexBuilder search = new SearchIndexBuilder(standard);
    List<SiteOutput> entries = new ArrayList<>();
    // Both editions link to the same copies of the files reports carry.
    ReportFileCollector.sources(standard).forEach((path, source) ->
        entries.add(new SiteOutput.File(path, () -> ReportFileCollector.read(source, contentDir))));
    for (Edition edition : Edition.values()) {
      PageRenderer renderer = renderers.get(edition);
      Supplier<Site> site = edition == Edition.STANDARD
          ? () -> standard
          : () -> SiteAssembler.assemble(checked.content(), checked.bodies(), drafts, edition);
      entries.add(new SiteOutput.Pages(edition.prefix(), once(() -> {
        Site model = site.get();
        return new SiteOutput.EditionPages(model, renderer.pages(model));
      })));
    }
    entries.add(new SiteOutput.Group(SearchIndexWriter.DIR, () -> SearchIndexWriter.write(search.complete(standard.reports()))));
    for (OutputFile asset : assets.get()) {
      entries.add(file(asset));
    }
    SiteOutputs[] outputs = new SiteOutputs[1];
    entries.add(new SiteOutput.File(SitemapWriter.FILE, () -> SitemapWriter.writePaths(standard, outputs[0].pagePaths()).bytes()));
    entries.add(file(RobotsTxt.write(standard)));
    AtomFeedWriter.write(standard).forEach(feed -> entries.add(file(feed)));
    // For editors (docs/writing-reports.md): the 索引号 in the site's own scheme (site.yaml's index_scheme).
    entries.add(file(OutputFile.text(FrontMatterSchema.PATH, FrontMatterSchema.json(checked.content().config().indexScheme()))));
    outputs[0] = new SiteOutputs(entries, search, standard.reports().size());
    return outputs[0];
  }

  /**
   * The names directly under the output folder that the site's own outputs take whatever the
   * content (the 关怀版, the 信息公开目录, search, assets, the machine-readable files): a section
   * folder of one of these names would put its pages where these are. Made from the paths the
   * entries of {@link #of} use, which {@code SiteOutputsTest} checks against a built site.
   */
  public static final java.util.Set<String> RESERVED_NAMES = topNames(List.of(
      Edition.CARE.prefix(), Site.CATALOGUE_PATH, SearchIndexWriter.DIR, gongkai.output.AssetCollector.DIR,
      SitemapWriter.FILE, RobotsTxt.FILE, Site.feedPath(null), FrontMatterSchema.PATH), PageRenderer.SITE_PAGES);

  /**
   * The names directly under a section's folder that its own outputs take: its list page, the
   * list's later pages and its feed. A folder of one of these names below a section would put
   * reports where these are.
   */
  public static final java.util.Set<String> RESERVED_IN_SECTION =
      topNames(List.of("index.html", Site.LATER_PAGES_FOLDER, Site.feedPath(null)), List.of());

  @SafeVarargs
  private static java.util.Set<String> topNames(List<String>... paths) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (List<String> list : paths) {
      list.forEach(path -> names.add(path.contains("/") ? path.substring(0, path.indexOf('/')) : path));
    }
    return java.util.Collections.unmodifiableSet(names);
  }

  /** The entries, in their order. */
  public List<SiteOutput> entries() {
    return entries;
  }

  /** Each edition's pages, making them (the care edition's model is assembled on first use). */
  public List<SiteOutput.EditionPages> editions() {
    return editions.stream().map(pages -> pages.pages().get()).toList();
  }

  /** One edition's pages, making them. */
  public SiteOutput.EditionPages pages(Edition edition) {
    return editions.get(edition.ordinal()).pages().get();
  }

  /** The path of every page of both editions, in their order. */
  public List<String> pagePaths() {
    List<String> paths = new ArrayList<>();
    editions().forEach(edition -> edition.jobs().forEach(job -> paths.add(job.path())));
    return paths;
  }

  /**
   * Adds {@code report} to the search index now, while its body is in memory: a build calls this as
   * it renders each standard page (a big site cannot keep every body). Reports not added are added
   * when the index is made.
   */
  public void index(ReportPage report) {
    search.addIfMissing(report);
  }

  /** What the outputs hold: reports, pages of both editions and QR codes, counted. */
  public Counts counts() {
    int pages = 0;
    int qrCodes = 0;
    for (SiteOutput.EditionPages edition : editions()) {
      for (PageJob job : edition.jobs()) {
        pages++;
        qrCodes += job.qrCode() ? 1 : 0;
      }
    }
    return new Counts(reports, pages, qrCodes);
  }

  /**
   * @param reports the reports in the site (drafts only with {@code --drafts})
   * @param pages the pages of both editions
   * @param qrCodes the pages that carry a QR code
   */
  public record Counts(int reports, int pages, int qrCodes) {}

  private static SiteOutput.File file(OutputFile file) {
    byte[] bytes = file.bytes();
    return new SiteOutput.File(file.path(), () -> bytes);
  }

  /** A value made on first use and kept; thread-safe. */
  private static <T> Supplier<T> once(Supplier<T> make) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = make.get();
        }
        return value;
      }
    };
  }
}
