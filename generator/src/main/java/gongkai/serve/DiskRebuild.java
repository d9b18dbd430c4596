package gongkai.serve;

import gongkai.Build;
import gongkai.BuildOptions;
import gongkai.output.OutputDirectory;
import gongkai.output.OutputLock;
import gongkai.problem.BuildFailedException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Rebuilds the whole site on every change with {@link Build#run}. Correct for any change; the
 * preview's latency is then the full build time.
 */
public final class DiskRebuild implements PreviewBuilder {
  private final Path siteRoot;
  private final Path outputDir;
  private final boolean drafts;
  private final String origin;

  /**
   * @param origin where the preview is served, {@code http://127.0.0.1:1313}: with the base path it
   *     becomes the build's base URL, so links, canonical addresses and QR codes point at the preview
   */
  public DiskRebuild(Path siteRoot, Path outputDir, boolean drafts, String origin) {
    this.siteRoot = siteRoot;
    this.outputDir = outputDir;
    this.drafts = drafts;
    this.origin = origin;
  }

  @Override
  public PreviewBuild build(Set<Path> changed) {
    String basePath = BasePath.of(siteRoot); // read every time: site.yaml may be what changed
    // The output folder may be a build's too (an editor running gongkai build into it): the same
    // lock as a build's keeps the two from deleting each other's files.
    try (OutputLock lock = OutputLock.acquire(new OutputDirectory(outputDir), OutputLock.DEFAULT_WAIT)) {
      return PreviewBuild.built(basePath, Build.run(new BuildOptions(siteRoot, outputDir, drafts, origin + basePath)),
          new DiskFiles(outputDir));
    } catch (BuildFailedException e) {
      return PreviewBuild.failed(basePath, e.problems());
    }
  }
}
