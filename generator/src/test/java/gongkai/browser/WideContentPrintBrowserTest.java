package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a screen can scroll, paper must wrap (DESIGN.md, Print): the print-stress fixture's report
 * has a 12-column, 30-row table of Chinese text and a 231-character address without a space.
 * Printed by Chromium to A4, nothing may be cut off at the margin or between pages.
 */
class WideContentPrintBrowserTest {
  static final String REPORT = "gkml/2024/zhongdian-xiangmu/";
  /** 231 characters, 120 of them a download token with no break opportunity in it. */
  static final String LONG_URL = "https://www.example.gov.cn/jtj/gkml/2024/zhongdian-xiangmu/attachments/xiangmu-jihua-biao.pdf"
      + "?download=1&token=5feceb66ffc86f38d952786c6d696c79c2dbc239dd4e91b46729d73a27fb57e96b86b273ff34fce19d6b804eff"
      + "5a3f5747ada4eaa22f1d49c01e52dd";
  /** The printable width of A4 between the stylesheet's 15 mm margins, in CSS px (96 per inch). */
  static final int PRINTABLE_WIDTH_PX = (int) Math.floor((210 - 2 * 15) / 25.4 * 96);

  static Browser browser;
  static SiteUnderTest site;
  static PrintedPdf pdf;
  /** The table's cell texts, row by row, the header row first. */
  static List<List<String>> table;

  @BeforeAll
  static void printTheReport() {
    browser = Browser.start(1280, 900); // first, so a missing browser skips before the build
    site = SiteUnderTest.buildFixture("print-stress");
    browser.open(site.url(REPORT));
    @SuppressWarnings("unchecked")
    List<List<String>> rows = (List<List<String>>) browser.js(
        "return [...document.querySelectorAll('.report-body tr')].map(tr => [...tr.cells].map(c => c.textContent))");
    table = rows;
    pdf = new PrintedPdf(browser.printToPdf())
        .saveTo(TestSites.projectRoot().resolve("generator/target/print/wide-table-content.pdf"));
  }

  @AfterAll
  static void stop() {
    try {
      if (site != null) {
        site.close();
      }
    } finally {
      if (browser != null) {
        browser.close();
      }
    }
  }

  @Test
  void fixtureTableIsWideAndLongerThanAPage() {
    assertThat(table).hasSize(31);
    assertThat(table.get(0)).hasSizeGreaterThanOrEqualTo(10);
    assertThat(pdf.pageCount()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void everyRowIsPrintedWholeOnOnePage() {
    List<String> pages = pdf.pageTexts();
    for (List<String> row : table.subList(1, table.size())) {
      // Every cell in full, wrapped within its column, and all on the same sheet: rows never split.
      assertThat(pages).as("a page with the whole row %s", row)
          .anyMatch(page -> row.stream().allMatch(cell -> PrintedPdf.printedInPieces(page, cell)));
    }
  }

  @Test
  void tableHeaderRepeatsOnEveryPageTheTableReaches() {
    List<String> header = table.get(0);
    List<String> pages = pdf.pageTexts();
    String firstRowName = table.get(1).get(1);
    String lastRowName = table.get(table.size() - 1).get(1);
    int first = pageWith(pages, firstRowName);
    int last = pageWith(pages, lastRowName);

    assertThat(last).as("the table spans pages").isGreaterThan(first);
    for (int page = first; page <= last; page++) {
      String text = pages.get(page);
      assertThat(header).as("header cells on page %d", page + 1).allMatch(cell -> PrintedPdf.printedInPieces(text, cell));
    }
  }

  @Test
  void longAddressIsWrappedNotClippedAndLinksShowWhereTheyGo() {
    String text = pdf.flatText();

    // Once as the bare address (not repeated after itself), once after the link 项目计划表附件; an
    // in-page link (#...) gets no address.
    assertThat(text).contains(PrintedPdf.flat("不被截断：" + LONG_URL), "项目计划表附件(" + LONG_URL + ")");
    assertThat(text.split(java.util.regex.Pattern.quote(LONG_URL), -1)).hasSize(3);
    assertThat(text).contains("返回项目计划表查看").doesNotContain("(#");
  }

  @Test
  void printedTextStaysWithinTheMargins() {
    PrintedPdf.TextBounds text = pdf.textBounds();

    assertThat(text.left).as("%s", text).isGreaterThanOrEqualTo(PrintBrowserTest.MIN_MARGIN_PT);
    assertThat(text.right).as("%s", text).isLessThanOrEqualTo(595.3 - PrintBrowserTest.MIN_MARGIN_PT);
  }

  @Test
  void nothingInTheReportOverflowsItsBoxInPrintLayout() {
    // Laid out for print at the sheet's printable width: a box whose content is wider than the box
    // would be cut off on paper, where nothing scrolls.
    browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", PRINTABLE_WIDTH_PX, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    browser.emulatePrintMedia(true);
    try {
      @SuppressWarnings("unchecked")
      List<String> overflowing = (List<String>) browser.js(BrowserTestBase.DESCRIBE + """
          const body = document.querySelector('.report-body').getBoundingClientRect();
          return [...document.querySelectorAll('.report-body, .report-body *')]
              .filter(el => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0
                  || el.getBoundingClientRect().right > body.right + 1)
              .map(el => describe(el) + ' ' + el.scrollWidth + ' > ' + el.clientWidth);
          """);

      assertThat(overflowing).isEmpty();
    } finally {
      browser.emulatePrintMedia(false);
    }
  }

  private static int pageWith(List<String> pages, String cell) {
    for (int i = 0; i < pages.size(); i++) {
      if (PrintedPdf.printedInPieces(pages.get(i), cell)) {
        return i;
      }
    }
    throw new AssertionError(cell + " is printed on no page");
  }
}
