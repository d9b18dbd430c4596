package gongkai;

import gongkai.content.Content;
import gongkai.content.ContentLoader;
import gongkai.content.ContentParser;
import gongkai.markdown.MarkdownRenderer;
import gongkai.markdown.RenderedBody;
import gongkai.output.AssetCollector;
import gongkai.output.OutputDirectory;
import gongkai.output.OutputFile;
import gongkai.output.SyncResult;
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
  private static final String THEME = "standard";

  private Build() {}

  public static BuildResult run(BuildOptions options) {
    long start = System.nanoTime();
    Content content = ContentParser.parse(new ContentLoader(options.siteRoot()).load(), options.baseUrlOverride());
    Map<String, RenderedBody> bodies = new MarkdownRenderer().renderAll(content);
    Site site = SiteAssembler.assemble(content, bodies, options.includeDrafts());
    Theme theme = new ThemeLoader(options.siteRoot()).load(THEME);
    Map<String, Object> messages = Messages.load(theme, site.config().language(), options.siteRoot());
    List<RenderedPage> pages = new PageRenderer(theme, messages, options.siteRoot()).renderAll(site);

    List<OutputFile> files = new ArrayList<>(AssetCollector.collect(theme));
    pages.forEach(page -> files.add(OutputFile.text(page.path(), page.html())));
    SyncResult sync = new OutputDirectory(options.outputDir()).sync(files);
    return new BuildResult(
        site.reports().size(), pages.size(), sync.written(), sync.unchanged(), sync.removed(),
        Duration.ofNanos(System.nanoTime() - start));
  }
}
