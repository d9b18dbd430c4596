package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.problem.BuildFailedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterSplitterTest {
  private static final Path A_MD = Path.of("content", "gkml", "a.md");

  private static SourceFile file(String text) {
    return new SourceFile(A_MD, A_MD, "gkml/a.md", text);
  }

  private static FrontMatterSplitter.Split split(String text) {
    return FrontMatterSplitter.split(file(text));
  }

  @Test
  void yamlAndBodyAreSeparatedWithTheirFileLines() {
    FrontMatterSplitter.Split split = split("---\ntitle: 标题\ndate: 2024-01-02\n---\n正文第一段。\n\n第二段。\n");

    assertThat(split).isEqualTo(new FrontMatterSplitter.Split("title: 标题\ndate: 2024-01-02", 2, "正文第一段。\n\n第二段。\n", 5));
  }

  @Test
  void emptyFrontMatterGivesEmptyYaml() {
    assertThat(split("---\n---\n正文")).isEqualTo(new FrontMatterSplitter.Split("", 2, "正文", 3));
  }

  @Test
  void fileEndingAtTheClosingFenceHasAnEmptyBody() {
    assertThat(split("---\ntitle: 标题\n---")).isEqualTo(new FrontMatterSplitter.Split("title: 标题", 2, "", 4));
  }

  @Test
  void laterFencesStayInTheBodyAsThematicBreaks() {
    FrontMatterSplitter.Split split = split("---\ntitle: 标题\n---\n上文\n\n---\n\n下文\n");

    assertThat(split.yaml()).isEqualTo("title: 标题");
    assertThat(split.body()).isEqualTo("上文\n\n---\n\n下文\n");
    assertThat(split.bodyFirstLine()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--- ", "---\t", "---   "})
  void fenceMayHaveTrailingWhitespace(String fence) {
    assertThat(split(fence + "\ntitle: 标题\n" + fence + "\n正文")).isEqualTo(new FrontMatterSplitter.Split("title: 标题", 2, "正文", 4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "title: 标题\n---\n正文", "正文", " ---\ntitle: 标题\n---\n", "----\ntitle: 标题\n----\n", "+++\ntitle = \"标题\"\n+++\n", "\n---\ntitle: 标题\n---\n"})
  void fileNotOpeningWithTheFenceHasMissingFrontMatterAtLineOne(String text) {
    assertThatThrownBy(() -> split(text))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems())
                .extracting(Object::toString)
                .containsExactly(
                    "content/gkml/a.md:1:1: error: front matter is missing — start the file with a line '---', the keys (title, index_no, date …), then another '---'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"---", "---\n", "---\ntitle: 标题\ndate: 2024-01-02\n\n正文", "---\ntitle: 标题\n----\n正文"})
  void unclosedFrontMatterIsAProblemAtLineOne(String text) {
    assertThatThrownBy(() -> split(text))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems())
                .extracting(Object::toString)
                .containsExactly("content/gkml/a.md:1:1: error: front matter is not closed — add a line '---' after the last front-matter key"));
  }

  // The splitter sees text after TextDecoder, so a byte-order mark or Windows line ends change nothing.
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void decodedFileSplitsTheSameWhateverItsLineEndsAndByteOrderMark(String newline) {
    String text = String.join(newline, "---", "title: 标题", "---", "正文", "");
    for (String prefix : new String[] {"", "\uFEFF"}) {
      String decoded = TextDecoder.decode((prefix + text).getBytes(StandardCharsets.UTF_8), A_MD);

      assertThat(split(decoded)).isEqualTo(new FrontMatterSplitter.Split("title: 标题", 2, "正文\n", 4));
    }
  }
}
