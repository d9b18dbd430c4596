package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LikelyAutolinksTest {
  private static final List<String> PIECES = List.of(
      "政府信息公开", "https://www.example.gov.cn/jtj/", "http://a.b/c?d=1&e=2", "www.gov.cn", "WWW.GOV.CN",
      "xxgk@example.gov.cn", "mailto:x@y.cn", "ftp://files.example.cn/a.pdf", "http://", "&colon;//", "http&#58;//a.cn",
      "\\:", "：", "（一）", "2024年", "。", " ", "\n", "\n\n", "**粗**", "`代码`", "| 项目 | 数量 |\n| --- | ---: |\n| 申请 | 12 |\n",
      "[链接](https://a.cn)", "<https://b.cn>", "w", "ww", "@", ":", "&amp;", "&", "电话：0532-12345678", "a:b", "wiki");

  @Test
  void textIsLinkedExactlyAsFlexmarksAutolinksLinkIt() {
    Parser plain = parser(AutolinkExtension.create());
    Parser likely = parser(LikelyAutolinks.create());
    HtmlRenderer renderer = HtmlRenderer.builder(options(AutolinkExtension.create())).build();
    Random random = new Random(20241126);
    List<String> documents = new ArrayList<>(PIECES);
    for (int i = 0; i < 3000; i++) {
      StringBuilder document = new StringBuilder();
      for (int j = random.nextInt(12); j >= 0; j--) {
        document.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      documents.add(document.toString());
    }
    int linked = 0;
    for (String document : documents) {
      String expected = renderer.render(plain.parse(document));
      assertThat(renderer.render(likely.parse(document))).as(document).isEqualTo(expected);
      linked += expected.contains("<a href") ? 1 : 0;
    }
    assertThat(linked).as("documents with a link").isGreaterThan(1000);
  }

  @Test
  void textWithoutALinksFirstCharacterIsNotAskedAbout() {
    assertThat(LikelyAutolinks.mayHoldLink(com.vladsch.flexmark.util.sequence.BasedSequence.of("政府信息公开，电话 0532"))).isFalse();
    assertThat(LikelyAutolinks.mayHoldLink(com.vladsch.flexmark.util.sequence.BasedSequence.of("见 www.gov.cn"))).isTrue();
    assertThat(LikelyAutolinks.mayHoldLink(com.vladsch.flexmark.util.sequence.BasedSequence.of("http&#58;//a.cn"))).isTrue();
  }

  private static Parser parser(com.vladsch.flexmark.util.misc.Extension autolinks) {
    return Parser.builder(options(autolinks)).build();
  }

  private static MutableDataSet options(com.vladsch.flexmark.util.misc.Extension autolinks) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolinks));
    return options;
  }
}
