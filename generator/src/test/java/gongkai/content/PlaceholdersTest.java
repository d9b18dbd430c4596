package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.problem.Language;
import gongkai.problem.MessageCatalogue;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private static final Path FILE = Path.of("content/gkml/a.md");

  @Test
  void promptLeftInABodyIsAnErrorAtItsLineAndColumn() {
    Problems problems = new Problems();

    Placeholders.check(FILE, "本局开展了工作。\n\n## 一、（第一部分标题）\n\n（请填写总体情况。）\n", 7, problems);

    assertThat(problems.sorted()).extracting(Problem::where).containsExactly("content/gkml/a.md:9:6", "content/gkml/a.md:11:1");
    assertThat(problems.sorted().get(0).line(MessageCatalogue.of(Language.ZH_CN)))
        .isEqualTo("content/gkml/a.md:9:6: 错误: “（第一部分标题）”是 gongkai new 或 gongkai init 模板里的提示文字，还留在文中 — 换成本文自己的内容，或者删去");
  }

  @Test
  void promptsInCodeBlocksAndOrdinaryParenthesesAreLeftAlone() {
    Problems problems = new Problems();

    Placeholders.check(FILE, "```\n（正文。）\n```\n\n（一）将法治建设纳入全局工作议事日程（2024年）。\n", 7, problems);

    assertThat(problems.isEmpty()).isTrue();
  }
}
