package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.content.ParsedContent;
import gongkai.content.SourceFiles;
import gongkai.content.ContentParser;
import gongkai.content.Report;
import gongkai.content.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyCheckTest {
  private static Report report(String body) {
    String text = "---\ntitle: 标题\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n---\n" + body;
    SourceFile config = new SourceFile(Path.of("/s/content/site.yaml"), Path.of("content/site.yaml"), "site.yaml",
        "title: t\nbase_url: https://example.org/\norganization: o\n");
    SourceFile file = new SourceFile(Path.of("/s/content/gkml/a.md"), Path.of("content/gkml/a.md"), "gkml/a.md", text);
    ParsedContent content = ContentParser.parse(new SourceFiles(config, List.of(file), List.of()), null);
    return content.reports().get(0);
  }

  @Test
  void linkColumnCountsChineseCharactersAsOneEach() {
    BodyCheck.Result result = BodyCheck.check(report("\n详见[另一份报告](../b/)。\n"));

    assertThat(result.links()).containsExactly(new BodyCheck.BodyLink("../b/", 7, 11));
  }

  @Test
  void referenceDefinitionsAreLinksAtTheirOwnLine() {
    BodyCheck.Result result = BodyCheck.check(report("\n见[通知][1]。\n\n[1]: ../tz/\n"));

    assertThat(result.links()).containsExactly(new BodyCheck.BodyLink("../tz/", 9, 6));
  }

  @Test
  void imageWithoutAltInATableCellIsAWarningAtItsPlace() {
    BodyCheck.Result result = BodyCheck.check(report("\n| 图 |\n|---|\n| ![](a.png) |\n"));

    assertThat(result.warnings()).extracting(Object::toString)
        .containsExactly("content/gkml/a.md:9:3: warning: image has no alt text — describe what it shows between the brackets,"
            + " e.g. ![2024年客运量统计图](…), for readers who cannot see it");
  }

  @Test
  void headingsThatGoDownOneLevelAtATimeOrBackUpAreFine() {
    BodyCheck.Result result = BodyCheck.check(report("\n## 一\n\n### (一)\n\n#### 1\n\n## 二\n"));

    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void onlyTheFirstSkipInARunIsReported() {
    BodyCheck.Result result = BodyCheck.check(report("\n## 一\n\n#### 1\n\n##### (1)\n"));

    assertThat(result.warnings()).extracting(Object::toString)
        .containsExactly("content/gkml/a.md:9:1: warning: heading level skips from ## to #### — write it as ###,"
            + " so screen readers show the outline in order");
  }

  @Test
  void aBuildChecksTheRenderersOwnParseWithTheSameResult() {
    Report report = report("""
        #### 跳级标题

        ![](https://example.org/chart.png) 见 [上一篇](../b/#一-概况) 与 www.example.gov.cn，<https://example.org/a>。

        | 甲 | 乙 |
        |---|---|
        | 1 | 2 |
        [说明](../c/)

        正文[^1]。[参考][ref]

        [^1]: 注释 [注释链接](../d/)

        [ref]: ../e/ "标题"
        """);
    ParsedContent content = new ParsedContent(null, List.of(report), List.of());
    java.util.Map<String, BodyCheck.Result> checks = new java.util.HashMap<>();

    new MarkdownRenderer().renderAll(content, new gongkai.content.ReportFolder(Path.of("/s/content")), (r, p) -> p, checks);

    BodyCheck.Result own = BodyCheck.check(report);
    assertThat(own.links()).hasSize(5);
    assertThat(own.warnings()).hasSize(2);
    assertThat(checks.get("gkml/a.md")).isEqualTo(own);
  }
}
