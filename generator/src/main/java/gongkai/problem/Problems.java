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

  public synchronized boolean hasErrors() {
    return found.stream().anyMatch(Problem::isError);
  }

  /** Ends the stage: throws, with the warnings too, if any error was found. */
  public void throwIfAny() {
    if (hasErrors()) {
      throw new BuildFailedException(sorted());
    }
  }
}
