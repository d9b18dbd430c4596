package gongkai.serve;

import java.nio.file.Path;
import java.util.Set;

/**
 * Brings the preview's output up to date. The preview only says which files changed; an
 * implementation may rebuild everything ({@link DiskRebuild}) or only what those files affect.
 */
public interface PreviewBuilder {
  /**
   * @param changed the files under {@code content/} and {@code themes/} that changed since the last
   *     build (empty for the first build, or when the watcher lost track and everything may have)
   * @return what happened; never throws for content problems
   */
  PreviewBuild build(Set<Path> changed);
}
