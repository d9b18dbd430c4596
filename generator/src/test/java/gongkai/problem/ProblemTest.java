package gongkai.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
  private static final Path A = Path.of("content", "gkml", "a.md");

  @Test
  void printsLikeACompilerDiagnostic() {
    assertThat(Problem.at(A, 3, 11, words("索引号 is taken"), words("use the next serial")))
        .hasToString("content/gkml/a.md:3:11: error: 索引号 is taken — use the next serial");
  }

  @Test
  void theOldFactoryIsAnErrorAtColumnOne() {
    Problem problem = Problem.at(A, 3, words("bad"), words("fix"));

    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    assertThat(problem.column()).isEqualTo(1);
    assertThat(problem).hasToString("content/gkml/a.md:3:1: error: bad — fix");
  }

  @Test
  void warningSaysWarningAndAnEmptyFixIsLeftOut() {
    assertThat(Problem.warning(A, 2, 5, words("image has no alt text"), words(""))).hasToString("content/gkml/a.md:2:5: warning: image has no alt text");
  }

  @Test
  void wholeFileProblemHasNoLineOrColumn() {
    assertThat(Problem.at(A, 0, words("taken"), words("rename"))).hasToString("content/gkml/a.md: error: taken — rename");
  }

  @Test
  void columnBelowOneIsABug() {
    assertThatThrownBy(() -> Problem.at(A, 1, 0, words("x"), words(""))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problemsSortByFileLineThenColumn() {
    Problem late = Problem.at(A, 2, 9, words("b"), words(""));
    Problem early = Problem.warning(A, 2, 3, words("z"), words(""));
    Problem first = Problem.at(A, 1, 40, words("y"), words(""));
    Problems problems = new Problems();
    List.of(late, early, first).forEach(problems::add);

    assertThat(problems.sorted()).containsExactly(first, early, late);
  }

  @Test
  void warningsAloneDoNotFailAStage() {
    Problems problems = new Problems();
    problems.add(Problem.warning(A, 1, 1, words("w"), words("")));

    problems.throwIfAny();

    problems.add(Problem.at(A, 1, words("e"), words("")));
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  private static Message words(String text) {
    return Message.literal(text);
  }
}
