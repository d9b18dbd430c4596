package gongkai.check;

import gongkai.content.ContentParser;
import gongkai.content.ParsedContent;
import gongkai.content.SourceFile;
import gongkai.content.SourceFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentCheckTest {
  private static final SourceFile CONFIG =
      new SourceFile(Path.of("/s/content/site.yaml"), Path.of("content/site.yaml"), "site.yaml",
          "title: t\nbase_url: https://example.org/\norganization: o\n");

  private static List<String> check(String... frontMatters) {
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < frontMatters.length; i++) {
      String name = "gkml/" + (char) ('a' + i) + ".md";
      files.add(new SourceFile(Path.of("/s/content/" + name), Path.of("content/" + name), name, "---\n" + frontMatters[i] + "---\n\n正文。\n"));
    }
    ParsedContent content = ContentParser.parse(new SourceFiles(CONFIG, files, List.of()), null);
    return CrossReportCheck.check(content).stream().map(Object::toString).toList();
  }

  @Test
  void cleanReportsHaveNoProblems() {
    assertThat(check("title: a\nindex_no: 113715020044301982/2024-00001\ndate: 2024-03-01\ndoc_no: 东交发〔2024〕3号\n")).isEmpty();
  }

  @Test
  void indexNumberYearMayBeTheWrittenDatesYear() {
    assertThat(check("title: a\nindex_no: 113715020044301982/2023-00001\ndate: 2024-01-03\nwritten: 2023-12-29\n")).isEmpty();
  }

  @Test
  void sameIndexNumberTwiceNamesBothFilesAndLines() {
    assertThat(check(
            "title: a\nindex_no: 113715020044301982/2024-00001\ndate: 2024-03-01\n",
            "title: b\ndate: 2024-03-02\nindex_no: '113715020044301982/2024-00001'\n"))
        .containsExactly(
            "content/gkml/b.md:4:12: error: 索引号 113715020044301982/2024-00001 is also the 索引号 of content/gkml/a.md:3"
                + " — every report needs its own 索引号: give one of them the next free serial");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[2024]", "(2024)", "（2024）", "［2024］", "【2024】", "[ 2024 ]"})
  void docNoYearInOtherBracketsIsAWarningWithTheCorrectedText(String year) {
    List<String> problems = check("title: a\nindex_no: 113715020044301982/2024-00001\ndate: 2024-03-01\ndoc_no: '东交发" + year + "3号'\n");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .startsWith("content/gkml/a.md:5:13: warning: 文号 '东交发" + year + "3号' puts the year in ")
        .endsWith(" — write doc_no: 东交发〔2024〕3号");
  }
}
