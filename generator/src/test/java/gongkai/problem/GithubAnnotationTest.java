package gongkai.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GithubAnnotationTest {
  @Test
  void errorNamesFileLineAndColumn() {
    Problem problem = Problem.at(Path.of("content", "gkml", "a.md"), 4, 7, words("'2024-13-01' is not a date"), words("write YYYY-MM-DD"));

    assertThat(GithubAnnotation.of(problem))
        .isEqualTo("::error file=content/gkml/a.md,line=4,col=7::'2024-13-01' is not a date — write YYYY-MM-DD");
  }

  @Test
  void warningIsAWarningAnnotation() {
    Problem problem = Problem.warning(Path.of("content/gkml/a.md"), 2, 1, words("image has no alt text"), words(""));

    assertThat(GithubAnnotation.of(problem)).isEqualTo("::warning file=content/gkml/a.md,line=2,col=1::image has no alt text");
  }

  @Test
  void wholeFileProblemHasNoLine() {
    Problem problem = Problem.at(Path.of("content/gkml/b.md"), 0, words("its address is taken"), words("rename it"));

    assertThat(GithubAnnotation.of(problem)).isEqualTo("::error file=content/gkml/b.md::its address is taken — rename it");
  }

  // The runner's rules (actions/toolkit command.ts): data escapes % CR LF; properties also : and ,.
  @Test
  void percentAndLineBreaksAreEscapedInTheMessageAndColonAndCommaInTheFile() {
    Problem problem = Problem.at(Path.of("content/a,b:c.md"), 1, 1, words("100% done\r\nnext"), words(""));

    assertThat(GithubAnnotation.of(problem))
        .isEqualTo("::error file=content/a%2Cb%3Ac.md,line=1,col=1::100%25 done%0D%0Anext");
  }

  private static Message words(String text) {
    return Message.literal(text);
  }
}
