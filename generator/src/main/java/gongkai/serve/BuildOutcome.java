package gongkai.serve;

import gongkai.BuildResult;
import gongkai.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * One preview build: either a result, or the problems that stopped it (the output then still holds
 * the last good build, since a failed build writes nothing).
 *
 * @param basePath the path the site was built under, from {@code base_url}: {@code /jtj/} or {@code /}
 * @param result what the build did, or null when it failed
 * @param problems why it failed, as the terminal prints them; empty when it succeeded
 */
public record BuildOutcome(String basePath, BuildResult result, List<Problem> problems) {
  public BuildOutcome {
    Objects.requireNonNull(basePath, "basePath");
    problems = List.copyOf(problems);
    if ((result == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a build either has a result or problems");
    }
  }

  public static BuildOutcome built(String basePath, BuildResult result) {
    return new BuildOutcome(basePath, result, List.of());
  }

  public static BuildOutcome failed(String basePath, List<Problem> problems) {
    return new BuildOutcome(basePath, null, problems);
  }

  public boolean succeeded() {
    return result != null;
  }

  /** Whether the output changed, so an open page is out of date. */
  public boolean changedOutput() {
    return result != null && (result.written() > 0 || result.removed() > 0);
  }
}
