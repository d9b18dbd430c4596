package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class GongwenBlocksTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private Element body(String markdown) {
    return Jsoup.parseBodyFragment(renderer.render(markdown).html()).body();
  }

  @Test
  void signatureBlockRendersItsParagraphsInOneSignatureBox() {
    Element body = body("正文。\n\n::: 落款\n东城区交通运输局\n\n2024年3月1日\n:::\n\n后文。\n");
    Element signature = body.selectFirst("div.gongwen-signature");
    assertThat(signature).isNotNull();
    assertThat(signature.select("p")).hasSize(2);
    assertThat(signature.select("p").get(1).text()).isEqualTo("2024年3月1日");
    assertThat(body.children().last().text()).isEqualTo("后文。");
  }

  @Test
  void attachmentNoteHasItsLabelAndNumberedList() {
    Element notes = body("::: 附件\n1. 东城区2024年政务公开工作要点\n2. 联系人名单\n:::\n").selectFirst("div.gongwen-attachments");
    assertThat(notes.selectFirst("span.gongwen-label").text()).isEqualTo("附件：");
    assertThat(notes.select("ol > li")).hasSize(2);
  }

  @Test
  void addresseeAndCopyLinesHaveTheirClasses() {
    Element body = body("::: 主送\n各街道办事处：\n:::\n\n::: 抄送\n抄送：区政府办公室。\n:::\n");
    assertThat(body.selectFirst("div.gongwen-addressee").text()).isEqualTo("各街道办事处：");
    assertThat(body.selectFirst("div.gongwen-copy").text()).isEqualTo("抄送：区政府办公室。");
  }

  @Test
  void partsSurviveTheCleaner() {
    Element body = body("<sub>注</sub>\n\n::: 落款\n东城区交通运输局\n:::\n\n::: 附件\n1. 名单\n:::\n");
    assertThat(body.selectFirst("div.gongwen-signature")).isNotNull();
    assertThat(body.selectFirst("span.gongwen-label")).isNotNull();
  }

  @Test
  void unknownPartNameStaysAParagraph() {
    Element body = body("::: 印章\n文字\n:::\n");
    assertThat(body.select("div")).isEmpty();
    assertThat(body.text()).contains("::: 印章");
  }

  @Test
  void unclosedPartRunsToTheEndOfTheBody() {
    Element body = body("::: 落款\n东城区交通运输局\n");
    assertThat(body.selectFirst("div.gongwen-signature").text()).isEqualTo("东城区交通运输局");
  }
}
