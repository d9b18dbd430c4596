package gongkai;

/**
 * Told how far a build is, for a progress line on a terminal. Called from several threads at once.
 */
public interface BuildProgress {
  BuildProgress NONE = (stage, done, total) -> {};

  /**
   * @param stage what the build is doing, e.g. "Rendering pages"
   * @param done how many of {@code total} items are finished
   */
  void update(String stage, int done, int total);
}
