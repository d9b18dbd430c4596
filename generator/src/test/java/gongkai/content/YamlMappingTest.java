package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.BuildFailedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YamlMappingTest {
  private static final Path A_MD = Path.of("content", "gkml", "a.md");
  private static final String SYNTAX_FIX =
      " — check the indentation, and put values containing ': ' or starting with '[', '{', '*' or '#' in quotes";

  private static YamlMapping parse(String yaml) {
    return YamlMapping.parse(yaml, A_MD, 2);
  }

  private static void assertProblems(String yaml, String... expected) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOfSatisfying(
            BuildFailedException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(expected));
  }

  @Test
  void keyLinesAreFileLinesOffsetByTheOpeningFence() {
    YamlMapping yaml = parse("title: 标题\nkeywords:\n  - 交通\n  - 规划\n\n# 备注\ndate: 2024-01-02\n");

    assertThat(yaml.line("title")).isEqualTo(2);
    assertThat(yaml.line("keywords")).isEqualTo(3);
    assertThat(yaml.line("date")).isEqualTo(8);
    assertThat(yaml.line("absent")).isZero();
  }

  @Test
  void listItemLinesAreTheLinesEachItemStartsOn() {
    YamlMapping yaml = parse("attachments:\n  - file: a.pdf\n    title: 甲\n\n  - b.pdf\nkeywords: [交通, 规划]\n");

    assertThat(yaml.itemLine("attachments", 0)).isEqualTo(3);
    assertThat(yaml.itemLine("attachments", 1)).isEqualTo(6);
    assertThat(yaml.itemLine("keywords", 1)).isEqualTo(7);
    // Past the end, or not a list: the key's own line.
    assertThat(yaml.itemLine("attachments", 2)).isEqualTo(2);
    assertThat(yaml.itemLine("absent", 0)).isZero();
  }

  @Test
  void firstLineOneCountsFromTheFileStart() {
    YamlMapping yaml = YamlMapping.parse("title: 示例\nbase_url: https://www.example.gov.cn/\n", Path.of("content", "site.yaml"), 1);

    assertThat(yaml.line("title")).isEqualTo(1);
    assertThat(yaml.line("base_url")).isEqualTo(2);
  }

  @Test
  void valuesKeepFileOrder() {
    YamlMapping yaml = parse("zeta: 1\nalpha: 2\nmiddle: 3\n");

    assertThat(yaml.values().keySet()).containsExactly("zeta", "alpha", "middle");
  }

  @Test
  void emptyKeyIsPresentButReadsAsAbsent() {
    YamlMapping yaml = parse("summary:\ntitle: 标题\n");

    assertThat(yaml.values()).containsKey("summary");
    assertThat(yaml.values().get("summary").isNull()).isTrue();
    assertThat(yaml.get("summary")).isNull();
    assertThat(yaml.line("summary")).isEqualTo(2);
    assertThat(yaml.get("title").asText()).isEqualTo("标题");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "# 只有注释\n"})
  void emptyYamlIsAnEmptyMapping(String yaml) {
    assertThat(parse(yaml).values()).isEmpty();
  }

  @Test
  void flowMappingIsAcceptedWithEveryKeyOnItsLine() {
    YamlMapping yaml = parse("{title: 标题, date: 2024-01-02}");

    assertThat(yaml.values().keySet()).containsExactly("title", "date");
    assertThat(yaml.line("date")).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2024-01-02        | STRING  | 2024-01-02",
        "'2024-01-02'      | STRING  | 2024-01-02",
        "2024              | NUMBER  | 2024",
        "true              | BOOLEAN | true",
        // YAML 1.1, which Jackson follows: yes/no and on/off are booleans, a leading 0 is octal,
        // 0x a hexadecimal number; as text each reads back as written (title: 0x1F is "0x1F").
        "yes               | BOOLEAN | yes",
        "off               | BOOLEAN | off",
        "010               | NUMBER  | 010",
        "0x1F              | NUMBER  | 0x1F",
        "1.50              | NUMBER  | 1.50",
        "'010'             | STRING  | 010",
        "12:30             | STRING  | 12:30",
        "东交发〔2024〕3号  | STRING  | 东交发〔2024〕3号",
      })
  void scalarsKeepTheirYamlTypes(String value, String type, String text) {
    JsonNode node = parse("key: " + value).get("key");

    assertThat(node.getNodeType().name()).isEqualTo(type);
    assertThat(node.asText()).isEqualTo(text);
  }

  @Test
  void duplicateKeyIsAProblemAtTheSecondKey() {
    assertProblems(
        "title: 标题\ndate: 2024-01-02\ntitle: 另一个标题\n",
        "content/gkml/a.md:4:1: error: key 'title' appears twice (first on line 2) — keep one of them");
  }

  @Test
  void syntaxErrorIsReportedAtItsFileLine() {
    assertProblems(
        "title: 标题\ndate: 2024-01-02\nsummary: 目标: 全面完成\n",
        "content/gkml/a.md:4:12: error: YAML syntax error: mapping values are not allowed here" + SYNTAX_FIX);
  }

  @Test
  void unclosedFlowSequenceIsReportedWithItsContext() {
    assertProblems(
        "title: 标题\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-01\nsummary: [未闭合",
        "content/gkml/a.md:5:14: error: YAML syntax error: while parsing a flow sequence: expected ',' or ']', but got <stream end>" + SYNTAX_FIX);
  }

  // SnakeYAML's problem mark is the line of the tab; Jackson's location is the end of the line before.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "title: 标题\\ndate: 2024-01-02\\n\\tsummary: 摘要\\n | 4",
        "title: 标题\\nkeywords:\\n\\t- 交通\\n\\t- 规划\\n   | 4",
        "\\ttitle: 标题\\n                              | 2",
      })
  void tabIndentationIsReportedAtTheLineWithTheTab(String yaml, int line) {
    assertProblems(
        yaml.replace("\\n", "\n").replace("\\t", "\t"),
        "content/gkml/a.md:" + line + ":1: error: YAML syntax error: while scanning for the next token:"
            + " found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)" + SYNTAX_FIX);
  }

  @Test
  void unclosedFlowSequenceIsReportedWhereTheParserGaveUp() {
    assertProblems(
        "title: 标题\nsummary: [甲,\n  乙\ndate: 2024-01-02\n",
        "content/gkml/a.md:5:5: error: YAML syntax error: while parsing a flow sequence: expected ',' or ']', but got :" + SYNTAX_FIX);
  }

  @Test
  void errorAtTheEndOfTheTextIsReportedOnItsLastLine() {
    assertProblems("title: '未闭合\ndate: 2024-01-02\n", "content/gkml/a.md:3:1: error: YAML syntax error: while scanning a quoted scalar: found unexpected end of stream" + SYNTAX_FIX);
  }

  @Test
  void syntaxErrorInSiteYamlCountsFromLineOne() {
    assertThatThrownBy(() -> YamlMapping.parse("title: 示例\n  base_url: https://x/\n", Path.of("content", "site.yaml"), 1))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems())
                .extracting(Object::toString)
                .containsExactly("content/site.yaml:2:11: error: YAML syntax error: mapping values are not allowed here" + SYNTAX_FIX));
  }

  @ParameterizedTest
  @ValueSource(strings = {"- title: 标题\n- date: 2024-01-02\n", "关于春运的通知\n", "[a, b]"})
  void frontMatterThatIsNotAMappingIsAProblem(String yaml) {
    assertProblems(
        yaml,
        "content/gkml/a.md:2:1: error: front matter is not a list of 'key: value' lines — write one 'key: value' per line, e.g. 'title: 关于…的通知'");
  }

  @Test
  void valuesCannotBeChanged() {
    YamlMapping yaml = parse("title: 标题\n");

    assertThatThrownBy(() -> yaml.values().put("x", null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> yaml.lines().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }
}
