package gongkai;

/**
 * Told how far a build is, for a progress line on a terminal. Called from several threads at once.
 * The stage is named, not worded: the terminal says it in the run's language.
 */
public interface BuildProgress {
  BuildProgress NONE = (stage, done, total) -> {};

  /** What a build is doing. */
  enum Stage {
    /** Reading and checking content/. */
    CHECKING,
    /** Rendering the pages, {@code done} of {@code total}. */
    RENDERING,
    /** Switching the new output folder in. */
    WRITING
  }

  /**
   * @param stage what the build is doing
   * @param done how many of {@code total} items are finished
   */
  void update(Stage stage, int done, int total);
}
