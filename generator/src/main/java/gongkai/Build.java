package gongkai;

import gongkai.content.Content;
import gongkai.content.FrontMatterSchema;
import gongkai.markdown.RenderedBody;
import gongkai.output.AssetCollector;
import gongkai.output.AtomFeedWriter;
import gongkai.output.OutputDirectory;
import gongkai.output.OutputFile;
import gongkai.output.ReportFileCollector;
import gongkai.output.RobotsTxt;
import gongkai.output.SearchIndex;
import gongkai.output.SearchIndexWriter;
import gongkai.output.SitemapWriter;
import gongkai.output.SyncResult;
import gongkai.site.Edition;
import gongkai.site.Site;
import gongkai.site.SiteAssembler;
import gongkai.theme.Messages;
import gongkai.theme.PageRenderer;
import gongkai.theme.RenderedPage;
import gongkai.theme.Theme;
import gongkai.theme.ThemeLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pipeline: content → markdown → site → theme → output, one line per stage. Every stage either
 * returns its value or throws {@link gongkai.problem.BuildFailedException} with all its problems;
 * nothing is written before the last stage.
 */
public final class Build {
  private Build() {}

  public static BuildResult run(BuildOptions options) {
    return run(options, Validation.run(options));
  }

  /** Builds content that {@link Validation} has checked (its warnings are the caller's to print). */
  public static BuildResult run(BuildOptions options, Validated checked) {
    long start = checked.startedNanos();
    Content content = checked.content();
    Map<String, RenderedBody> bodies = checked.bodies();
    ThemeLoader themes = new ThemeLoader(options.siteRoot());

    List<Theme> used = new ArrayList<>();
    List<RenderedPage> pages = new ArrayList<>();
    List<OutputFile> attachments = new ArrayList<>();
    List<OutputFile> searchIndex = List.of();
    int reports = 0;
    Site standard = null;
    for (Edition edition : Edition.values()) {
      Site site = SiteAssembler.assemble(content, bodies, options.includeDrafts(), edition);
      if (edition == Edition.STANDARD) {
        attachments.addAll(ReportFileCollector.collect(site)); // shared by both editions
        standard = site;
        searchIndex = SearchIndexWriter.write(SearchIndex.of(site)); // likewise
      }
      Theme theme = themes.load(edition.theme());
      Map<String, Object> messages = Messages.load(theme, site.config().language(), options.siteRoot(), site.config().languageLine());
      pages.addAll(new PageRenderer(theme, messages, options.siteRoot(), content.config().qrErrorCorrection()).renderAll(site));
      used.add(theme);
      reports = site.reports().size();
    }

    List<OutputFile> files = new ArrayList<>(AssetCollector.collect(used, options.siteRoot()));
    files.addAll(attachments);
    files.addAll(searchIndex);
    pages.forEach(page -> files.add(OutputFile.text(page.path(), page.html())));
    files.add(SitemapWriter.write(standard, pages));
    files.add(RobotsTxt.write(standard));
    files.addAll(AtomFeedWriter.write(standard));
    files.add(OutputFile.text(FrontMatterSchema.PATH, FrontMatterSchema.json())); // for editors (README)
    SyncResult sync = new OutputDirectory(options.outputDir()).sync(files);
    return new BuildResult(
        reports, pages.size(), sync.written(), sync.unchanged(), sync.removed(),
        Duration.ofNanos(System.nanoTime() - start));
  }
}
