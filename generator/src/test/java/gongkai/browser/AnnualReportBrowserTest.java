package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample's 政府信息公开工作年度报告 page in a browser: axe-core finds nothing, its three tables
 * stay legible on a 320 px phone (measured: no cell narrower than three characters, the page never
 * scrolls sideways, each table scrolls in its own box), and it prints on A4 with every figure.
 */
class AnnualReportBrowserTest extends BrowserTestBase {
  static final String PAGE = "ndbg/2026/2025-niandu-baogao/";

  /** The narrowest cell of the annual tables, in characters of its own font size, and the boxes' overflow. */
  static final String MEASURE = """
      let narrowest = 1e9, where = '';
      for (const cell of document.querySelectorAll('.annual-table th, .annual-table td')) {
        const size = parseFloat(getComputedStyle(cell).fontSize);
        const chars = cell.getBoundingClientRect().width / size;
        if (chars < narrowest) { narrowest = chars; where = cell.textContent.trim(); }
      }
      const boxes = [...document.querySelectorAll('.annual-scroll')].map(b => ({
        overflowX: getComputedStyle(b).overflowX, right: b.getBoundingClientRect().right}));
      return {narrowest: narrowest, where: where, boxes: boxes,
              scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth};
      """;

  @ParameterizedTest(name = "/jtj/{0}{1} at {2} px")
  @CsvSource({"'', 320", "'', 1280", "care/, 320", "care/, 1280"})
  void annualReportPageHasNoAxeViolations(String edition, int width) {
    open(edition + PAGE, width);
    Results results = new AxeBuilder().withTags(AccessibilityBrowserTest.WCAG_A_AA).analyze(browser.driver());
    assertThat(results.isErrored()).isFalse();
    assertThat(results.getViolations()).as(() -> results.getViolations().toString()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  @ParameterizedTest(name = "/jtj/{0} at 320 px")
  @ValueSource(strings = {"", "care/"})
  void tablesStayLegibleAt320Px(String edition) {
    open(edition + PAGE, 320);
    Map<String, Object> m = (Map<String, Object>) browser.js(MEASURE);
    double narrowest = number(m.get("narrowest"));
    assertThat(narrowest).as("narrowest cell (%s), in characters", m.get("where")).isGreaterThanOrEqualTo(2.9);
    assertThat((Long) m.get("scrollWidth")).as("page width at 320 px").isLessThanOrEqualTo((Long) m.get("clientWidth"));
    List<Map<String, Object>> boxes = (List<Map<String, Object>>) m.get("boxes");
    assertThat(boxes).hasSize(3);
    for (Map<String, Object> box : boxes) {
      assertThat(box.get("overflowX")).isEqualTo("auto");
      assertThat(number(box.get("right"))).isLessThanOrEqualTo(320.5);
    }
    System.out.printf("annual tables at 320 px (%s): narrowest cell %.1f characters (%s)%n",
        edition.isEmpty() ? "standard" : "care", narrowest, m.get("where"));
  }

  @ParameterizedTest(name = "/jtj/{0} printed")
  @ValueSource(strings = {"", "care/"})
  void printsOnA4WithEveryTableWhole(String edition) {
    open(edition + PAGE, 1280);
    PrintedPdf pdf = new PrintedPdf(browser.printToPdf());
    pdf.saveTo(PrintBrowserTest.DIR.resolve("annual-report" + (edition.isEmpty() ? "" : "-care") + ".pdf"));
    String text = pdf.flatText(); // as PDF text comes out: full-width brackets as ASCII ones
    for (String label : List.of("第二十条第(八)项", "本年收费金额", "申请人情况", "(七)总计", "尚未审结总计", "210141001200000",
        "四、结转下年度继续办理", "未经复议直接起诉", "复议后起诉", "1268")) {
      assertThat(text).as("printed text").contains(label);
    }
    // A4 portrait: 595 × 842 pt.
    assertThat(pdf.mediaBoxes()).allSatisfy(box -> {
      assertThat(box.getWidth()).isBetween(594f, 596f);
      assertThat(box.getHeight()).isBetween(841f, 843f);
    });
  }
}
