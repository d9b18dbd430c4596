package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.problem.Message;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TableScrollTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private Element body(String markdown) {
    return Jsoup.parseBodyFragment(renderer.render(markdown).html()).body();
  }

  @Test
  void markdownTableScrollsInABoxNamedByTheHeadingBeforeIt() {
    Element box = body("## 二、主动公开情况\n\n说明。\n\n| 项目 | 数量 |\n|---|---:|\n| 申请 | 12 |\n").selectFirst("div.table-scroll");
    assertThat(box).isNotNull();
    assertThat(box.attr("role")).isEqualTo("region");
    assertThat(box.attr("tabindex")).isEqualTo("0");
    assertThat(box.attr("aria-label")).isEqualTo("二、主动公开情况");
    assertThat(box.child(0).normalName()).isEqualTo("table");
  }

  @Test
  void tableWithoutHeadingIsStillNamed() {
    assertThat(body("| 项目 |\n|---|\n| 申请 |\n").selectFirst("div.table-scroll").attr("aria-label")).isEqualTo("表格");
  }

  @Test
  void rawHtmlTableIsBoxedAndNamedByItsCaptionAndKeepsMergedCells() {
    Element body = body("## 标题\n\n<table><caption>表1 收到申请情况</caption><tr><th colspan=\"2\" rowspan=\"2\">项目</th></tr></table>\n");
    Element box = body.selectFirst("div.table-scroll");
    assertThat(box.attr("aria-label")).isEqualTo("表1 收到申请情况");
    assertThat(box.attr("tabindex")).isEqualTo("0");
    assertThat(body.selectFirst("th").attr("colspan")).isEqualTo("2");
    assertThat(body.selectFirst("th").attr("rowspan")).isEqualTo("2");
  }

  @Test
  void markdownTableInABodyWithRawHtmlKeepsItsOneNamedBox() {
    Element body = body("## 情况\n\n<sub>注</sub>\n\n| 项目 |\n|---|\n| 申请 |\n");
    assertThat(body.select("div.table-scroll")).hasSize(1);
    assertThat(body.selectFirst("div.table-scroll").attr("aria-label")).isEqualTo("情况");
    assertThat(body.selectFirst("div.table-scroll").attr("role")).isEqualTo("region");
  }

  @Test
  void reportCannotFakeABoxAttributes() {
    Element body = body("<div class=\"table-scroll\" onclick=\"x()\" role=\"button\"><p>文字</p></div>\n");
    assertThat(body.selectFirst("div").hasAttr("onclick")).isFalse();
    assertThat(body.selectFirst("div").hasAttr("role")).isFalse();
  }

  @Test
  void wordAlignmentBecomesAClass() {
    Element body = body("<table><tr align=\"center\"><td class=\"xl65\" width=\"120\">合计</td>"
        + "<td align=\"right\" valign=\"top\">12</td></tr></table>\n");
    Element[] cells = body.select("td").toArray(new Element[0]);
    assertThat(cells[0].className()).isEqualTo("align-center");
    assertThat(cells[0].hasAttr("width")).isFalse();
    assertThat(cells[1].classNames()).containsExactlyInAnyOrder("align-right", "valign-top");
    assertThat(cells[1].hasAttr("align")).isFalse();
  }

  @Test
  void mappedAlignmentIsNotReportedAsRemoved() {
    assertThat(HtmlSanitizer.removals("<table><tr><td align=\"center\" width=\"9\">合计</td></tr></table>"))
        .containsExactly(Message.of("markdown.raw-html.attribute", "width"));
  }
}
