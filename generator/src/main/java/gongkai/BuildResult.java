package gongkai;

import gongkai.problem.Problem;
import java.time.Duration;
import java.util.List;

/**
 * What a build did.
 *
 * @param reports reports published
 * @param pages HTML pages produced
 * @param written files written because they were new or changed
 * @param unchanged files left untouched because their bytes were already right
 * @param removed stale files removed
 * @param elapsed wall time
 * @param qrCodes pages that carry a QR code of their address
 * @param warnings what validation found that does not stop the build, sorted; for the caller to print
 */
public record BuildResult(
    int reports, int pages, int written, int unchanged, int removed, Duration elapsed, int qrCodes, List<Problem> warnings) {
  public BuildResult {
    warnings = List.copyOf(warnings);
  }

  public BuildResult(int reports, int pages, int written, int unchanged, int removed, Duration elapsed) {
    this(reports, pages, written, unchanged, removed, elapsed, 0, List.of());
  }
}
