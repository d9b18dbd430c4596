package gongkai.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems a stage finds, so publishers see all of them at once instead of one per
 * build. Thread-safe: stages may report from parallel work.
 */
public final class Problems {
  private final List<Problem> found = new ArrayList<>();

  public synchronized void add(Problem problem) {
    found.add(problem);
  }

  public synchronized int size() {
    return found.size();
  }

  public synchronized boolean isEmpty() {
    return found.isEmpty();
  }

  /** A sorted, immutable snapshot. */
  public synchronized List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(found);
    copy.sort(Problem.ORDER);
    return List.copyOf(copy);
  }

  /** Ends the stage: throws if anything was found. */
  public void throwIfAny() {
    if (!isEmpty()) {
      throw new BuildFailedException(sorted());
    }
  }
}
