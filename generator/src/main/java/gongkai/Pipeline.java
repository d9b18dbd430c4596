package gongkai;

import gongkai.cache.FileMemo;
import gongkai.check.CheckedSite;
import gongkai.check.SiteCheck;
import gongkai.output.AssetCollector;
import gongkai.output.OutputFile;
import gongkai.site.Edition;
import gongkai.theme.EditionTheme;
import gongkai.theme.PageRenderer;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline, wired once: read → check ({@link SiteCheck}) → assemble both editions → the site's
 * outputs ({@link SiteOutputs}). {@code gongkai build}, {@code check} and {@code serve} all go
 * through it. A build makes a new one each run; the preview keeps one, and with it what the files
 * and themes it read made (parsed reports, rendered bodies, compiled templates, assets) until they
 * change.
 */
public final class Pipeline {
  private final Path siteRoot;
  private final FileMemo memo;
  /** Compiled templates, by everything a renderer is made from. */
  private final Map<Object, PageRenderer> renderers = new HashMap<>();
  private List<OutputFile> assets;
  private List<EditionTheme> assetThemes;

  private Pipeline(Path siteRoot, FileMemo memo) {
    this.siteRoot = siteRoot;
    this.memo = memo;
  }

  /** For one build: nothing kept. */
  public static Pipeline once(Path siteRoot) {
    return new Pipeline(siteRoot, FileMemo.NONE);
  }

  /** For the preview: what each file made is kept between runs in {@code memo}, which the preview tells of changes. */
  public static Pipeline keeping(Path siteRoot, FileMemo memo) {
    return new Pipeline(siteRoot, memo);
  }

  /**
   * Reads and checks the site.
   *
   * @throws gongkai.problem.BuildFailedException with every error and warning when there is an error
   */
  public CheckedSite check(BuildOptions options) {
    return SiteCheck.run(options.siteRoot(), options.baseUrlOverride(), options.includeDrafts(), memo,
        new gongkai.check.ReservedFolderCheck.Reserved(SiteOutputs.RESERVED_NAMES, SiteOutputs.RESERVED_IN_SECTION));
  }

  /** The site's outputs, none made yet. */
  public synchronized SiteOutputs outputs(CheckedSite checked, boolean drafts) {
    Map<Edition, PageRenderer> editions = new EnumMap<>(Edition.class);
    for (Edition edition : Edition.values()) {
      EditionTheme theme = checked.theme(edition);
      editions.put(edition, renderers.computeIfAbsent(List.of(theme, checked.content().config().qrErrorCorrection()),
          key -> new PageRenderer(theme.theme(), theme.messages(), siteRoot, checked.content().config().qrErrorCorrection())));
    }
    if (assets == null || !checked.themes().equals(assetThemes)) {
      assets = AssetCollector.collect(checked.themes().stream().map(EditionTheme::theme).toList(), siteRoot);
      assetThemes = checked.themes();
    }
    List<OutputFile> themeAssets = assets;
    return SiteOutputs.of(checked, drafts, editions, () -> themeAssets, siteRoot.resolve("content"));
  }

  /**
   * Forgets compiled templates and assets: a file below {@code themes/} changed, which the themes'
   * settings and strings need not show.
   */
  public synchronized void themesChanged() {
    renderers.clear();
    assets = null;
  }
}
