package gongkai.problem;

import java.util.List;

/** Thrown once per stage, after collecting every problem the stage found. */
public final class BuildFailedException extends RuntimeException {
  private final List<Problem> problems;

  public BuildFailedException(List<Problem> problems) {
    super(problems.size() + " problem(s): " + problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a failed build has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public BuildFailedException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
