package gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import gongkai.content.ParsedContent;
import gongkai.content.ContentLoader;
import gongkai.content.ContentParser;
import gongkai.content.ReportFolder;
import gongkai.markdown.MarkdownRenderer;
import gongkai.site.Edition;
import gongkai.site.ReportPage;
import gongkai.site.Site;
import gongkai.site.SiteAssembler;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
  private static String jsoup(String html) {
    return Jsoup.parseBodyFragment(html).text();
  }

  /** Read without jsoup, and to the same text. */
  private static void assertReadFast(String html) {
    assertThat(HtmlToText.fast(html)).as("fast text of %s", html).isNotNull().isEqualTo(jsoup(html));
  }

  @Test
  void everySampleReportBodyIsReadWithoutJsoupToJsoupsText() {
    ParsedContent content = ContentParser.parse(new ContentLoader(TestSites.projectRoot()).load(), null);
    Site sample = SiteAssembler.assemble(content, new MarkdownRenderer()
        .renderAll(content, new ReportFolder(TestSites.projectRoot().resolve("content")), SiteAssembler.fileAddress(content)),
        false, Edition.STANDARD);
    assertThat(sample.reports()).isNotEmpty();
    for (ReportPage report : sample.reports()) {
      assertReadFast(report.body().html());
    }
  }

  @Test
  void markdownOfEveryKindIsReadWithoutJsoupToJsoupsText() {
    String markdown = """
        # 标题 *强调* **加粗**

        第一段&amp;实体 &lt;b&gt; "引号" 'single'  连续   空格\u00A0不换行\u3000全角空格
        行末两空格换行\s\s
        下一行\\
        再下一行 `代码 a < b` [链接](https://example.gov.cn/?a=1&b=2 "标 题") ~~删除~~ H~2~O

        > 引用
        > 第二行
        >
        > - 引用中的列表

        1. 第一
           - 嵌套一
             - 更深
           - 嵌套二
        2. 第二

           有段落的项

        | 项目 | 数量 |
        |:-----|-----:|
        | 公交 | 1,024 |
        | **合计** | `2` |

        ```java
        int a = 1;   // 保留    空白
          缩进
        ```

            缩进代码块

        ---

        ![图片](a.png) 2024年&copy;版权 &#20013;&#x6587; &#128512;
        """;
    String html = new MarkdownRenderer().render(markdown).html();
    assertThat(html).contains("<table>", "<pre>", "<blockquote>", "<br />", "<ol>", "<hr />", "&amp;");
    assertReadFast(html);
  }

  @Test
  void trickyWellFormedMarkupIsReadWithoutJsoupToJsoupsText() {
    for (String html : List.of(
        "", "  ", "<p></p>", "文字", " <p> 前后空白 </p> ",
        "<p>一</p><p>二</p>text<p>三</p><em>四</em>",
        "<p>a<br>b<br />c<br/></p><br>",
        "<ul>\n<li>一<ul><li>二<ol><li>三</li></ol></li></ul></li>\n<li><p>段</p>尾</li>\n</ul>后",
        "<table>\n<thead>\n<tr><th>项目</th><th align=\"right\">数量</th></tr>\n</thead>\n<tbody>\n<tr><td>甲</td><td>1</td></tr>\n</tbody>\n</table>表后",
        "<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>",
        "<pre><code>  保留\n\n  空白\t制表  </code></pre>后",
        "<pre>直接\n  文本</pre><div><pre><code>深</code></pre></div>",
        "<div><div><div><div><div><pre><code>六层  内</code></pre></div></div></div></div></div>",
        "<p>&amp;&lt;&gt;&quot;&nbsp;&nbsp;x&#20013;&#x6587;&#X41;&#128512;&#x200B;零宽&#173;软</p>",
        "<p>\u200B\u00AD a \u00A0 \t b</p>",
        "<h2 id=\"x\">标题<del>删</del><ins>增</ins>尾</h2><hr><p>后</p><hr />",
        "<p><a href=\"a>b\" title='单引号'>链接</a> <img src=\"a.png\" alt=\"图\"> <span class=x>不</span></p>",
        "<blockquote>\n<p>引用</p>\n</blockquote>\n<p>后</p>",
        "<p>𠀀路</p><p>\uD83D\uDE00</p>",
        "<ul><li>a</li> <li>b</li></ul>", "<em>a</em><p>b</p><strong>c</strong>"
    )) {
      if (html.contains("<span class=x>")) {
        assertThat(HtmlToText.fast(html)).as("an unquoted attribute value is left to jsoup").isNull();
        assertThat(HtmlToText.of(html)).isEqualTo(jsoup(html));
      } else {
        assertReadFast(html);
      }
    }
  }

  @Test
  void markupTheTreeBuilderWouldChangeIsLeftToJsoup() {
    for (String html : List.of(
        "<p>段<ul><li>列表关闭段落</li></ul></p>", "<p>未关闭", "<em>错<strong>位</em></strong>",
        "<table>表内文字<tr><td>a</td></tr></table>", "<table><tr><td>无 tbody</td></tr></table>",
        "<a href=\"1\">a<a href=\"2\">b</a></a>", "<!-- 注释 -->文字", "<script>var a = '<p>';</script>b",
        "<pre>\n首行换行</pre>", "a\r\nb", "&copy;&amp", "&#0;&#128;&#xD800;&#xFFFF;", "<P>大写</P>", "<p/>自闭合",
        "<li>无列表</li>", "<td>无表</td>", "<custom>未知</custom>", "a < b", "<h1>一<h2>二</h2></h1>",
        "<textarea>  原样  </textarea>", "<br></br>", "</p>"
    )) {
      assertThat(HtmlToText.fast(html)).as("fast text of %s", html).isNull();
      assertThat(HtmlToText.of(html)).as(html).isEqualTo(jsoup(html));
    }
  }

  /**
   * Random markup from the tags, entities and characters that matter, well-formed or not: wherever
   * it is read without jsoup, the text is jsoup's.
   */
  @Test
  void randomMarkupReadWithoutJsoupAlwaysGivesJsoupsText() {
    String[] tags = {"p", "h2", "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th", "pre", "code", "em", "strong",
        "a", "del", "span", "blockquote", "div", "br", "hr", "img", "sup"};
    String[] texts = {"文字", " ", "\n", "\t", "  \n ", "a", "2024", "&amp;", "&lt;", "&nbsp;", "&#20013;", "&#x20;", "\u00A0",
        "\u200B", "\u00AD", "，", "\u3000", "&bogus;", "<", "\r", "<!-- c -->"};
    Random random = new Random(18004);
    int fast = 0;
    int total = 20_000;
    for (int n = 0; n < total; n++) {
      StringBuilder html = new StringBuilder();
      java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
      int parts = 1 + random.nextInt(14);
      for (int k = 0; k < parts; k++) {
        int choice = random.nextInt(10);
        if (choice < 4) {
          String tag = tags[random.nextInt(tags.length)];
          html.append('<').append(tag).append(random.nextInt(8) == 0 ? " class=\"c\"" : "").append(random.nextInt(10) == 0 ? " />" : ">");
          if (!tag.equals("br") && !tag.equals("hr") && !tag.equals("img")) {
            open.push(tag);
          }
        } else if (choice < 7 && !open.isEmpty()) {
          // Mostly the right end tag, sometimes another.
          String tag = random.nextInt(12) == 0 ? tags[random.nextInt(tags.length)] : open.pop();
          html.append("</").append(tag).append('>');
        } else {
          html.append(texts[random.nextInt(texts.length)]);
        }
      }
      while (!open.isEmpty() && random.nextInt(6) != 0) {
        html.append("</").append(open.pop()).append('>');
      }
      String text = HtmlToText.fast(html.toString());
      if (text != null) {
        fast++;
        assertThat(text).as("fast text of %s", html).isEqualTo(jsoup(html.toString()));
      }
    }
    assertThat(fast).as("random markup read without jsoup").isGreaterThan(total / 10);
  }
}
