package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.content.ParsedContent;
import gongkai.content.SourceFiles;
import gongkai.content.ContentParser;
import gongkai.content.ReportFolder;
import gongkai.content.SourceFile;
import gongkai.problem.BuildFailedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private String html(String markdown) {
    return renderer.render(markdown).html();
  }

  @Test
  void paragraphIsRendered() {
    assertThat(html("为进一步做好政务公开工作，现将有关事项通知如下。\n")).isEqualTo("<p>为进一步做好政务公开工作，现将有关事项通知如下。</p>\n");
  }

  @Test
  void gfmTableHasAHeadAndAlignmentAsAClass() {
    assertThat(html("| 项目 | 数量 |\n|---|---:|\n| 申请 | 12 |\n"))
        .isEqualTo(
            """
            <div class="table-scroll" role="region" tabindex="0" aria-label="表格">
            <table>
            <thead>
            <tr><th>项目</th><th class="align-right">数量</th></tr>
            </thead>
            <tbody>
            <tr><td>申请</td><td class="align-right">12</td></tr>
            </tbody>
            </table>
            </div>
            """);
  }

  @Test
  void footnoteGivesAReferenceAndAList() {
    assertThat(html("依申请公开[^1]。\n\n[^1]: 含转办件。\n"))
        .isEqualTo(
            """
            <p>依申请公开<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup>。</p>
            <div class="footnotes">
            <hr />
            <ol>
            <li id="fn-1">
            <p>含转办件。</p>
            <a href="#fnref-1" class="footnote-backref">&#8617;</a>
            </li>
            </ol>
            </div>
            """);
  }

  @Test
  void strikethroughIsDel() {
    assertThat(html("本文件~~自发布之日起~~施行。\n")).isEqualTo("<p>本文件<del>自发布之日起</del>施行。</p>\n");
  }

  @Test
  void bareHttpsAddressBecomesALink() {
    assertThat(html("详见 https://www.gov.cn/zhengce/ 。\n"))
        .isEqualTo("<p>详见 <a href=\"https://www.gov.cn/zhengce/\" class=\"url\">https://www.gov.cn/zhengce/</a> 。</p>\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "详见https://x.cn/a。详见        | 详见<a href=\"https://x.cn/a\" class=\"url\">https://x.cn/a</a>。详见",
        "网址：https://x.cn/a，请查阅     | 网址：<a href=\"https://x.cn/a\" class=\"url\">https://x.cn/a</a>，请查阅",
        "（https://x.cn/a?b=1）           | （<a href=\"https://x.cn/a?b=1\" class=\"url\">https://x.cn/a?b=1</a>）",
        "“https://x.cn/a”、《通知》      | “<a href=\"https://x.cn/a\" class=\"url\">https://x.cn/a</a>”、《通知》",
        "见https://x.cn/a……             | 见<a href=\"https://x.cn/a\" class=\"url\">https://x.cn/a</a>……",
        "登录www.x.cn/a。                 | 登录<a href=\"http://www.x.cn/a\" class=\"url\">www.x.cn/a</a>。",
        "来信请寄gk@x.gov.cn。            | 来信请寄<a href=\"mailto:gk@x.gov.cn\">gk@x.gov.cn</a>。",
        "https://a.cn/x。另见https://b.cn/y；完 | <a href=\"https://a.cn/x\" class=\"url\">https://a.cn/x</a>。另见<a href=\"https://b.cn/y\" class=\"url\">https://b.cn/y</a>；完",
      })
  void bareAddressEndsWhereChineseTextResumes(String markdown, String html) {
    assertThat(html(markdown + "\n")).isEqualTo("<p>" + html + "</p>\n");
  }

  @Test
  void angleBracketAddressKeepsItsChineseCharacters() {
    assertThat(html("<https://www.example.gov.cn/交通/>。\n"))
        .isEqualTo("<p><a href=\"https://www.example.gov.cn/交通/\" class=\"url\">https://www.example.gov.cn/交通/</a>。</p>\n");
  }

  @Test
  void angleBracketAddressEndsAtTheBracketInChineseText() {
    assertThat(html("详见<https://www.gov.cn/zhengce>。\n"))
        .isEqualTo("<p>详见<a href=\"https://www.gov.cn/zhengce\" class=\"url\">https://www.gov.cn/zhengce</a>。</p>\n");
  }

  @Test
  void headingsGetIdsAndAreListedInOrder() {
    RenderedBody body = renderer.render("## 一、总体要求\n\n正文。\n\n### （一）指导思想\n\n## 二、主要任务\n");

    assertThat(body.html())
        .isEqualTo(
            """
            <h2 id="一-总体要求">一、总体要求</h2>
            <p>正文。</p>
            <h3 id="一-指导思想">（一）指导思想</h3>
            <h2 id="二-主要任务">二、主要任务</h2>
            """);
    assertThat(body.headings())
        .containsExactly(new Heading(2, "一-总体要求", "一、总体要求"), new Heading(3, "一-指导思想", "（一）指导思想"), new Heading(2, "二-主要任务", "二、主要任务"));
    assertThat(body.toc()).hasSize(2);
    assertThat(body.toc().get(0).children()).extracting(TocEntry::heading).containsExactly(new Heading(3, "一-指导思想", "（一）指导思想"));
  }

  @Test
  void headingTextIsPlainTextWithoutMarkup() {
    RenderedBody body = renderer.render("## **重点**工作 `2024`\n");

    assertThat(body.headings()).containsExactly(new Heading(2, "重点工作-2024", "重点工作 2024"));
    assertThat(body.html()).isEqualTo("<h2 id=\"重点工作-2024\"><strong>重点</strong>工作 <code>2024</code></h2>\n");
  }

  @Test
  void setextAndNestedHeadingsAreFound() {
    RenderedBody body = renderer.render("总则\n===\n\n> ## 引用的标题\n\n- ### 列表里的标题\n");

    assertThat(body.headings())
        .containsExactly(new Heading(1, "总则", "总则"), new Heading(2, "引用的标题", "引用的标题"), new Heading(3, "列表里的标题", "列表里的标题"));
  }

  @Test
  void repeatedAndReservedHeadingsGetDistinctIds() {
    RenderedBody body = renderer.render("## 概述\n\n## 概述\n\n## Main\n");

    assertThat(body.headings()).extracting(Heading::id).containsExactly("概述", "概述-2", "main-2");
    assertThat(body.html()).contains("<h2 id=\"概述-2\">概述</h2>").contains("<h2 id=\"main-2\">Main</h2>");
  }

  @Test
  void headingNamedLikeAFootnoteDoesNotTakeItsId() {
    assertThat(html("## fn-1\n\n脚注[^1]\n\n[^1]: 说明\n")).startsWith("<h2 id=\"h-fn-1\">fn-1</h2>\n").contains("<li id=\"fn-1\">");
  }

  // A report must not carry script (HtmlSanitizer): raw HTML is kept, cleaned.
  @Test
  void rawScriptBlockIsRemovedWithItsContent() {
    assertThat(html("<script>alert(1)</script>\n\n正文。\n")).isEqualTo("\n<p>正文。</p>\n");
  }

  @Test
  void inlineHtmlKeepsItsElementAndLosesItsEventHandler() {
    assertThat(html("段落 <b onclick=\"x()\">粗</b>\n")).isEqualTo("<p>段落 <b>粗</b></p>\n");
  }

  @Test
  void rawHtmlTableWithSubscriptAndAbbreviationIsKept() {
    String table = "<table><caption>表1</caption><tr><th scope=\"col\" style=\"color:red\">CO<sub>2</sub></th></tr>"
        + "<tr><td colspan=\"2\"><abbr title=\"政府信息公开\">政务公开</abbr></td></tr></table>";
    assertThat(html(table + "\n"))
        .isEqualTo("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"表1\">"
            + "<table><caption>表1</caption><tbody><tr><th scope=\"col\">CO<sub>2</sub></th></tr>"
            + "<tr><td colspan=\"2\"><abbr title=\"政府信息公开\">政务公开</abbr></td></tr></tbody></table></div>\n");
  }

  @Test
  void rawHtmlLinkWithScriptAddressLosesItsAddress() {
    assertThat(html("<a href=\"jav&#x09;ascript:alert(1)\">点我</a> <a href=\"附件/表.pdf\">表</a>\n"))
        .isEqualTo("<p><a>点我</a> <a href=\"附件/表.pdf\">表</a></p>\n");
  }

  @Test
  void rawHtmlCannotBorrowTheThemesClasses() {
    assertThat(html("<span class=\"visually-hidden\">隐藏</span>\n")).isEqualTo("<p><span>隐藏</span></p>\n");
  }

  @Test
  void bodyWithoutRawHtmlKeepsTheRenderersBytes() {
    assertThat(html("脚注[^1]\n\n---\n\n[^1]: 说明\n")).contains("<hr />").contains("&#8617;");
  }

  @Test
  void trustedHtmlIsKeptAsWritten() {
    assertThat(new MarkdownRenderer(true).render("<div style=\"color:red\" onclick=\"x()\">文</div>\n").html())
        .isEqualTo("<div style=\"color:red\" onclick=\"x()\">文</div>\n");
  }

  @Test
  void removedRawHtmlIsToldAtItsLineInTheReport() {
    SourceFile site = source("site.yaml", "title: 示例\nbase_url: https://www.example.gov.cn/\n");
    SourceFile report = source(
        "gkml/a.md",
        "---\ntitle: 甲\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n---\n正文。\n\n"
            + "<script>alert(1)</script>\n\n图 <img src=x onerror=alert(1)> 与 <b>粗</b>\n");
    ParsedContent content = ContentParser.parse(new SourceFiles(site, List.of(report), List.of()), null);

    RenderedBody body = renderer.renderAll(content, new ReportFolder(Path.of("content")), (r, p) -> p).get("gkml/a.md");

    assertThat(body.removedHtml()).extracting(Object::toString).containsExactly(
        "content/gkml/a.md:8:1: warning: raw HTML <script> removed — remove it from the report; a site whose editors are trusted may set markdown: {trusted_html: true} in site.yaml",
        "content/gkml/a.md:10:1: warning: raw HTML onerror attribute removed — remove it from the report; a site whose editors are trusted may set markdown: {trusted_html: true} in site.yaml");
  }

  @Test
  void scriptLinkIsDroppedKeepingItsText() {
    assertThat(html("[点我](javascript:alert(1))\n")).isEqualTo("<p>点我</p>\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[点我](jav&#x61;script:alert(1))              | <a>点我</a>",
        "[点我](&#106;avascript:alert(1))              | <a>点我</a>",
        "[点我]( JAVASCRIPT:alert(1))                  | <a>点我</a>",
        "[点我](java&#9;script:alert(1))               | <a>点我</a>",
        "[点我](vbscript:msgbox(1))                    | <a>点我</a>",
        "[点我](data:text/html;base64,PHNjcmlwdD4=)    | <a>点我</a>",
        "[点我][ref]\\n\\n[ref]: JAVASCRIPT:alert(1)     | <a>点我</a>",
        "<VBSCRIPT:msgbox(1)>                          | <a>VBSCRIPT:msgbox(1)</a>",
      })
  void obfuscatedScriptLinkLosesItsAddressButKeepsItsText(String markdown, String link) {
    assertThat(html(markdown.replace("\\n", "\n") + "\n")).isEqualTo("<p>" + link + "</p>\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"![图](data:image/png;base64,iVBORw0KGgo=)", "![图](JAVASCRIPT:alert(1))", "![图](jav&#x61;script:alert(1))"})
  void imageWithAScriptOrDataAddressLosesItsSource(String markdown) {
    assertThat(html(markdown + "\n")).doesNotContain("src=").doesNotContainIgnoringCase("script:").doesNotContain("data:");
  }

  @Test
  void webMailAndPhoneLinksAndRelativeAddressesAreKept() {
    assertThat(html("[甲](https://www.gov.cn/) [乙](MAILTO:gk@example.gov.cn) [丙](tel:010-12345678) [丁](#一-概述) [戊](附件/表.pdf) ![图](img/a.png)\n"))
        .isEqualTo(
            "<p><a href=\"https://www.gov.cn/\">甲</a> <a href=\"MAILTO:gk@example.gov.cn\">乙</a>"
                + " <a href=\"tel:010-12345678\">丙</a> <a href=\"#一-概述\">丁</a>"
                + " <a href=\"附件/表.pdf\">戊</a> <img src=\"img/a.png\" alt=\"图\" /></p>\n");
  }

  @Test
  void sameHeadingInTwoDocumentsGetsTheSameId() {
    RenderedBody first = renderer.render("## 概述\n");
    RenderedBody second = renderer.render("## 概述\n");

    assertThat(first.headings()).containsExactly(new Heading(2, "概述", "概述"));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void renderingTwiceGivesTheSameHtml() {
    String markdown = "## 一、概述\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n注[^1]\n\n[^1]: 说明\n";

    assertThat(renderer.render(markdown)).isEqualTo(renderer.render(markdown));
  }

  @Test
  void oneRendererServesManyThreads() throws InterruptedException, ExecutionException {
    List<String> documents = IntStream.range(0, 64).mapToObj(i -> "## 标题" + i + "\n\n## 概述\n\n## 概述\n\n正文" + i + "[^1]\n\n[^1]: 注" + i + "\n").toList();
    List<RenderedBody> expected = documents.stream().map(new MarkdownRenderer()::render).toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<RenderedBody>> futures = documents.stream().map(d -> pool.submit(() -> renderer.render(d))).toList();
      for (int i = 0; i < documents.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void renderAllKeysBodiesByPathBelowContent() {
    SourceFile site = source("site.yaml", "title: 示例\nbase_url: https://www.example.gov.cn/\n");
    SourceFile report = source("gkml/a.md", "---\ntitle: 甲\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n---\n## 概述\n");
    SourceFile section = source("gkml/_index.md", "---\ntitle: 目录\n---\n栏目介绍。\n");
    ParsedContent content = ContentParser.parse(new SourceFiles(site, List.of(report), List.of(section)), null);

    Map<String, RenderedBody> bodies = renderer.renderAll(content, new ReportFolder(Path.of("content")), (r, p) -> p);

    assertThat(bodies).containsOnlyKeys("gkml/_index.md", "gkml/a.md");
    assertThat(bodies.get("gkml/a.md").html()).isEqualTo("<h2 id=\"概述\">概述</h2>\n");
    assertThat(bodies.get("gkml/_index.md").html()).isEqualTo("<p>栏目介绍。</p>\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"- ", "> "})
  void markersNestedTooDeeplyAreAProblemAtTheirLineNotACrash(String marker) {
    SourceFile site = source("site.yaml", "title: 示例\nbase_url: https://www.example.gov.cn/\n");
    SourceFile report = source(
        "gkml/a.md",
        "---\ntitle: 甲\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n---\n正文。\n\n" + marker.repeat(20_000) + "\n");
    ParsedContent content = ContentParser.parse(new SourceFiles(site, List.of(report), List.of()), null);

    assertThatThrownBy(() -> renderer.renderAll(content, new ReportFolder(Path.of("content")), (r, p) -> p))
        .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
            "content/gkml/a.md:8:1: error: this Markdown nests or repeats markers too deeply to be rendered (20000 of ->*+_#[]`| on one line)"
                + " — split the line, or remove the repeated '>' or '- ' markers"));
  }

  private static SourceFile source(String relativePath, String text) {
    Path display = Path.of("content").resolve(relativePath);
    return new SourceFile(display, display, relativePath, text);
  }
}
