package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

    /** Wraps {@code body} in a page that is valid on its own; the body starts on line 5. */
    private static String page(String body) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><title>政府信息公开</title></head>
                <body>
                """ + body + """
                </body>
                </html>
                """;
    }

    @Test
    void validPageWithMainTableSvgAndChineseTextHasNoErrors() {
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>2024年政府信息公开工作年度报告</title>
                </head>
                <body>
                <main>
                <h1>2024年政府信息公开工作年度报告</h1>
                <p>本报告依据《中华人民共和国政府信息公开条例》编制。</p>
                <table>
                <caption>主动公开政府信息情况</caption>
                <thead><tr><th scope="col">信息内容</th><th scope="col">本年新制作数量</th></tr></thead>
                <tbody>
                <tr><th scope="row">规章</th><td>3</td></tr>
                <tr><th scope="row">规范性文件</th><td>12</td></tr>
                </tbody>
                </table>
                <svg width="24" height="24" viewBox="0 0 24 24" role="img" aria-label="二维码">
                <title>二维码</title>
                <rect x="2" y="2" width="20" height="20" fill="none" stroke="currentColor"/>
                </svg>
                </main>
                </body>
                </html>
                """;

        assertThat(HtmlChecker.errors(html)).isEmpty();
    }

    @Test
    void duplicateIdIsReportedWithTheIdAndItsPosition() {
        List<String> errors = HtmlChecker.errors(page("""
                <p id="nianbao">一</p>
                <p id="nianbao">二</p>
                """));

        assertThat(errors).singleElement().asString()
                .startsWith("6:")
                .contains("Duplicate ID “nianbao”");
    }

    @Test
    void misnestedElementsAreReported() {
        assertThat(HtmlChecker.errors(page("<p><b><i>重要</b></i></p>\n")))
                .anySatisfy(e -> assertThat(e).contains("End tag “b” violates nesting rules"));
    }

    @Test
    void unclosedElementIsReported() {
        assertThat(HtmlChecker.errors(page("<div><span>通知</div>\n")))
                .anySatisfy(e -> assertThat(e).contains("Unclosed element “span”"));
    }

    @Test
    void obsoleteAttributeIsReported() {
        assertThat(HtmlChecker.errors(page("<p align=\"center\">通知</p>\n")))
                .singleElement().asString()
                .contains("The “align” attribute on the “p” element is obsolete");
    }

    @Test
    void strayDivInsideTableIsReported() {
        List<String> errors = HtmlChecker.errors(page("""
                <table>
                <div>说明</div>
                <tr><td>1</td></tr>
                </table>
                """));

        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Start tag “div” seen in “table”"));
    }

    @Test
    void errorsComeInDocumentOrderAsLineColumnMessage() {
        List<String> errors = HtmlChecker.errors(page("""
                <p>一</p>
                <center>二</center>
                <p id="x">三</p>
                <p id="x">四</p>
                """));

        assertThat(errors).hasSize(2);
        assertThat(errors).allSatisfy(e -> assertThat(e).matches("\\d+:\\d+: .+"));
        assertThat(errors.get(0)).startsWith("6:").contains("“center”");
        assertThat(errors.get(1)).startsWith("8:").contains("Duplicate ID “x”");
    }

    @Test
    void warningsAreNotReported() {
        // Each of these is only a warning: a section without a heading and a
        // redundant script type.
        String html = page("""
                <section><p>无标题</p></section>
                <script type="text/javascript">void 0;</script>
                """);

        assertThat(HtmlChecker.errors(html)).isEmpty();
    }

    @Test
    void idsFromAnEarlierDocumentDoNotLeakIntoTheNext() {
        String html = page("<p id=\"once\">一次</p>\n");

        assertThat(HtmlChecker.errors(html)).isEmpty();
        assertThat(HtmlChecker.errors(html)).isEmpty();
    }
}
