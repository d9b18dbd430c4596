package gongkai;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build and where.
 *
 * @param siteRoot the folder holding {@code content/} and {@code themes/}
 * @param outputDir where the site goes, usually {@code <siteRoot>/public}
 * @param includeDrafts whether reports marked {@code draft: true} are built
 * @param baseUrlOverride replaces {@code base_url} from {@code site.yaml}, or null
 */
public record BuildOptions(Path siteRoot, Path outputDir, boolean includeDrafts, String baseUrlOverride) {
  public BuildOptions {
    Objects.requireNonNull(siteRoot, "siteRoot");
    Objects.requireNonNull(outputDir, "outputDir");
  }

  /** The defaults: {@code public/} beside {@code content/}, no drafts, {@code base_url} from site.yaml. */
  public static BuildOptions of(Path siteRoot) {
    return new BuildOptions(siteRoot, siteRoot.resolve("public"), false, null);
  }
}
