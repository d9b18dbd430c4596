package gongkai.serve;

import gongkai.BuildResult;
import gongkai.problem.Problem;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One preview build: either a result and the site to serve, or the problems that stopped it (the
 * preview then keeps serving the last good build).
 *
 * @param basePath the path the site was built under, from {@code base_url}: {@code /jtj/} or {@code /}
 * @param counted what the build did, counted on first use (an in-memory build counts the care
 *     edition's pages only when its model is assembled, which waits until the reload is sent), or
 *     null when it failed
 * @param problems why it failed, as the terminal prints them; empty when it succeeded
 * @param files the site to serve, or null when it failed
 * @param changed whether the served site may differ from the last one, so open pages are out of date
 */
public record PreviewBuild(
    String basePath, Supplier<BuildResult> counted, List<Problem> problems, SiteFiles files, boolean changed) {
  public PreviewBuild {
    Objects.requireNonNull(basePath, "basePath");
    problems = List.copyOf(problems);
    if ((counted == null) == problems.isEmpty() || (counted == null) != (files == null)) {
      throw new IllegalArgumentException("a build either has a result and files, or problems");
    }
  }

  /** A build written to disk: the open pages are out of date when it wrote or removed a file. */
  public static PreviewBuild built(String basePath, BuildResult result, SiteFiles files) {
    return new PreviewBuild(basePath, () -> result, List.of(), files, result.written() > 0 || result.removed() > 0);
  }

  /** What the build did, or null when it failed. */
  public BuildResult result() {
    return counted == null ? null : counted.get();
  }

  public static PreviewBuild failed(String basePath, List<Problem> problems) {
    return new PreviewBuild(basePath, null, problems, null, false);
  }

  public boolean succeeded() {
    return counted != null;
  }

  /** Whether the output changed, so an open page is out of date. */
  public boolean changedOutput() {
    return changed;
  }
}
