package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import gongkai.QrDecoder;
import gongkai.TestSites;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The seed page on paper (DESIGN.md, Print), printed by Chromium's own print pipeline after a
 * reader's click on 打印内容 or 打印整页. The PDFs are kept in {@code generator/target/print/}.
 */
class PrintBrowserTest extends BrowserTestBase {
  static final Path DIR = TestSites.projectRoot().resolve("generator/target/print");
  static final String CONTENT = "打印内容";
  static final String WHOLE_PAGE = "打印整页";
  /** The sample report with attachments. */
  static final String EXAMPLE_REPORT = "gkml/2024/gongkai-niandu-baogao/";
  /** 12.7 mm (half an inch), the least margin DESIGN.md allows, in PDF points. */
  static final double MIN_MARGIN_PT = 36;

  private static final Map<String, PrintedPdf> PRINTED = new HashMap<>();

  @AfterAll
  static void forgetPrintouts() {
    PRINTED.clear();
  }

  static String seed(String edition) {
    return edition.equals("care") ? "care/" + SEED : SEED;
  }

  /**
   * Opens the seed page, clicks the button labelled {@code button} as a reader would and prints.
   * window.print is stubbed: it would open a dialog headless Chromium cannot answer, and because
   * the dialog never closes, afterprint never resets html[data-print] before the PDF is made.
   */
  static PrintedPdf print(String edition, String button) {
    return PRINTED.computeIfAbsent(edition + "-" + button, key -> {
      String mode = button.equals(CONTENT) ? "content" : "page";
      openWithPrintStubbed(seed(edition));
      click(button);
      assertThat(browser.jsLong("return window.__printed")).as("window.print() calls").isEqualTo(1);
      assertThat(printMode()).isEqualTo(mode);
      PrintedPdf pdf = new PrintedPdf(browser.printToPdf());
      return pdf.saveTo(DIR.resolve(edition + "-" + mode + ".pdf"));
    });
  }

  static void openWithPrintStubbed(String page) {
    open(page, 1280);
    browser.js("window.__printed = 0; window.print = () => { window.__printed++; };");
  }

  static void click(String label) {
    List<WebElement> buttons = browser.driver().findElements(By.xpath("//button[normalize-space() = '" + label + "']"));
    assertThat(buttons).as("buttons labelled %s", label).hasSize(1);
    buttons.get(0).click();
  }

  static String printMode() {
    return (String) browser.js("return document.documentElement.getAttribute('data-print')");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"standard, 打印内容, content", "standard, 打印整页, page", "care, 打印内容, content", "care, 打印整页, page"})
  void printButtonSetsItsModeAndOpensThePrintDialog(String edition, String button, String mode) {
    openWithPrintStubbed(seed(edition));
    click(button);

    assertThat(browser.jsLong("return window.__printed")).as("window.print() calls").isEqualTo(1);
    assertThat(printMode()).isEqualTo(mode);
  }

  @Test
  void afterPrintingTheModeIsClearedSoCtrlPPrintsTheContentAgain() {
    openWithPrintStubbed(SEED);
    click(WHOLE_PAGE);
    browser.js("window.dispatchEvent(new Event('afterprint'))");

    assertThat(printMode()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"standard", "care"})
  void printContentHasTitleMetadataBodyAndAddressButNoNavigationOrTools(String edition) {
    open(seed(edition), 1280);
    List<String> paragraphs = bodyParagraphs();
    String text = print(edition, CONTENT).flatText();

    assertThat(text).contains("东昌府区交通运输局2023年法治政府建设情况报告", "索引号", "113715020044301982/2024-45222172",
        "发布机构", "发布日期", "2024-01-0215:54:42", site.url(seed(edition)));
    // The first and the last paragraph, so nothing at either end of the body was left off.
    assertThat(text).contains(start(paragraphs.get(0)), end(paragraphs.get(0)),
        start(paragraphs.get(paragraphs.size() - 1)), end(paragraphs.get(paragraphs.size() - 1)));
    assertThat(text).doesNotContain("返回首页", "关怀版", "标准版", "字号", "分享", "打印", "目录导读", "当前位置",
        "上一篇", "下一篇", "主办单位", "网站标识码");
  }

  /** DESIGN.md, Print: 打印内容 keeps the attachments list, so a reader can fetch them from the paper. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"standard", "care"})
  void printContentKeepsTheAttachmentsHeadingAndTitles(String edition) {
    String page = (edition.equals("care") ? "care/" : "") + EXAMPLE_REPORT;
    openWithPrintStubbed(page);
    click(CONTENT);
    PrintedPdf pdf = new PrintedPdf(browser.printToPdf()).saveTo(DIR.resolve(edition + "-content-attachments.pdf"));

    assertThat(pdf.lines()).flatMap(lines -> lines).extracting(line -> PrintedPdf.flat(line.text())).contains("附件");
    assertThat(pdf.flatText()).contains(
        PrintedPdf.flat("【示例】2023年政府信息主动公开情况统计表（文本，139 B）"),
        PrintedPdf.flat("【示例】年度报告附件说明（PDF，717 B）"))
        // Site-relative links print no address after them.
        .doesNotContain("(/jtj/");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"standard", "care"})
  void ctrlPPrintsTheSameAsPrintContent(String edition) {
    openWithPrintStubbed(seed(edition));
    String ctrlP = new PrintedPdf(browser.printToPdf()).text();

    assertThat(ctrlP).isEqualTo(print(edition, CONTENT).text());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"standard", "care"})
  void printWholePageKeepsHeaderBreadcrumbTocAndFooterButNoControls(String edition) {
    String text = print(edition, WHOLE_PAGE).flatText();

    // The breadcrumb (当前位置 is its accessible name, not printed text): 首页 › 政府信息公开 › 法定主动公开内容.
    assertThat(text).contains("东昌府区交通运输局政府信息公开", "首页›政府信息公开›法定主动公开内容", "目录导读",
        "东昌府区交通运输局2023年法治政府建设情况报告", "主办单位", "网站标识码", site.url(seed(edition)));
    assertThat(text).doesNotContain("返回首页", "无障碍阅读", "字号", "分享", "打印整页", "打印内容", "跳到正文");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"standard, 打印内容", "standard, 打印整页", "care, 打印内容", "care, 打印整页"})
  void printedQrCodeDecodesToThePageAddress(String edition, String button) throws IOException {
    PrintedPdf pdf = print(edition, button);
    PrintedPdf.Place caption = pdf.find("扫码使用手机浏览本页内容");
    // 200 dpi is an ordinary office scan. The code is framed as a phone frames it: the part of the
    // sheet left of its caption, 22 mm above and below, since a page of text has finder-like glyphs.
    BufferedImage page = pdf.render(caption.page(), 200);
    double px = 200 / 72.0;
    int top = (int) Math.max(0, (caption.y() - 22 / PrintedPdf.MM_PER_POINT) * px);
    int bottom = (int) Math.min(page.getHeight(), (caption.y() + 22 / PrintedPdf.MM_PER_POINT) * px);
    BufferedImage code = page.getSubimage(0, top, (int) (caption.x() * px), bottom - top);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(code, "png", png);

    assertThat(QrDecoder.decodePng(code)).isEqualTo(site.url(seed(edition)));
    assertThat(QrDecoder.decodeWithZbar(png.toByteArray())).isEqualTo(site.url(seed(edition)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"standard", "care"})
  void printedQrCodeIsAtLeast25mmWide(String edition) {
    open(seed(edition), 1280);
    browser.emulatePrintMedia(true);
    try {
      // CSS px are 1/96 inch on paper, whatever the screen.
      double widthMm = ((Number) browser.js("return document.querySelector('.page-qr svg').getBoundingClientRect().width"))
          .doubleValue() * 25.4 / 96;
      System.out.printf("%s: printed QR code %.1f mm wide%n", edition, widthMm);

      assertThat(widthMm).isGreaterThanOrEqualTo(25);
    } finally {
      browser.emulatePrintMedia(false);
    }
  }

  @Test
  void seedReportContentFitsOnFourA4Pages() {
    assertThat(print("standard", CONTENT).pageCount()).isLessThanOrEqualTo(4);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"standard, 打印内容", "standard, 打印整页", "care, 打印内容", "care, 打印整页"})
  void everyPageIsA4AndNumberedOfTotal(String edition, String button) {
    PrintedPdf pdf = print(edition, button);
    List<PDRectangle> boxes = pdf.mediaBoxes();
    System.out.printf("%s %s: %d pages%n", edition, button, boxes.size());

    for (PDRectangle box : boxes) {
      // A4 is 210 × 297 mm: 595.3 × 841.9 pt.
      assertThat(box.getWidth()).isCloseTo(595.3f, offset(1f));
      assertThat(box.getHeight()).isCloseTo(841.9f, offset(1f));
    }
    List<String> pages = pdf.pageTexts();
    for (int i = 0; i < pages.size(); i++) {
      assertThat(PrintedPdf.flat(pages.get(i))).contains("第" + (i + 1) + "页/共" + pages.size() + "页");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"standard, 打印内容", "standard, 打印整页", "care, 打印内容", "care, 打印整页"})
  void textKeepsClearOfTheSheetEdgesBy12_7mm(String edition, String button) {
    PrintedPdf.TextBounds text = print(edition, button).textBounds();

    // The page numbers sit in the bottom margin box, so the bottom edge is measured to the sheet.
    assertThat(text.left).as("%s", text).isGreaterThanOrEqualTo(MIN_MARGIN_PT);
    assertThat(text.right).as("%s", text).isLessThanOrEqualTo(595.3 - MIN_MARGIN_PT);
    assertThat(text.top).as("%s", text).isGreaterThanOrEqualTo(MIN_MARGIN_PT);
    assertThat(text.bottom).as("%s", text).isLessThanOrEqualTo(841.9 - 12);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"standard, 打印内容", "standard, 打印整页", "care, 打印内容", "care, 打印整页"})
  void noHeadingIsLeftAtThePageBottom(String edition, String button) {
    open(seed(edition), 1280);
    @SuppressWarnings("unchecked")
    List<String> headings = ((List<String>) browser.js(
        "return [...document.querySelectorAll('.report-body h2, .report-body h3')].map(h => h.textContent)"))
        .stream().map(PrintedPdf::flat).toList();
    double bodyPt = printedFontSizePx(".report-body p") * 0.75;
    List<List<PrintedPdf.Line>> pages = print(edition, button).lines();

    for (int i = 0; i < pages.size() - 1; i++) {
      List<PrintedPdf.Line> lines = pages.get(i).stream()
          .filter(line -> !PrintedPdf.flat(line.text()).matches("|第\\d+页/共\\d+页")).toList();
      PrintedPdf.Line last = lines.get(lines.size() - 1);
      // A heading's last line in heading type; the TOC repeats the headings, but in small type.
      boolean heading = last.size() > bodyPt + 0.5
          && headings.stream().anyMatch(h -> h.endsWith(PrintedPdf.flat(last.text())));
      assertThat(heading).as("page %d ends with the heading line \"%s\" (%.1f pt)", i + 1, last.text(), last.size()).isFalse();
    }
  }

  @Test
  void bodyTextPrintsAtLeast12ptAndLargerInTheCareEdition() {
    double standard = printedBodyFontSizePx("standard");
    double care = printedBodyFontSizePx("care");
    System.out.printf("printed body text: standard %.1f pt, care %.1f pt%n", standard * 0.75, care * 0.75);

    assertThat(standard).isGreaterThanOrEqualTo(16); // 12 pt
    assertThat(care).isGreaterThan(standard);
  }

  private static double printedBodyFontSizePx(String edition) {
    open(seed(edition), 1280);
    return printedFontSizePx(".report-body p");
  }

  /** The computed font size of the first element matching {@code selector}, laid out for print. */
  private static double printedFontSizePx(String selector) {
    browser.emulatePrintMedia(true);
    try {
      return Double.parseDouble(((String) browser.js(
          "return getComputedStyle(document.querySelector(arguments[0])).fontSize", selector)).replace("px", ""));
    } finally {
      browser.emulatePrintMedia(false);
    }
  }

  @Test
  void printButtonsAreRealButtonsHiddenWithoutJavaScript() {
    browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      open(SEED, 1280);
      List<WebElement> buttons = browser.driver().findElements(By.cssSelector("[data-print]"));

      assertThat(buttons).extracting(WebElement::getTagName).containsExactly("button", "button");
      assertThat(buttons).noneMatch(WebElement::isDisplayed);
    } finally {
      browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  private static List<String> bodyParagraphs() {
    @SuppressWarnings("unchecked")
    List<String> paragraphs = (List<String>) browser.js(
        "return [...document.querySelectorAll('.report-body > p')].map(p => p.textContent)");
    assertThat(paragraphs).hasSizeGreaterThan(1);
    return paragraphs;
  }

  /** A paragraph's first 20 characters (white space removed, like the PDF text it is compared with). */
  private static String start(String paragraph) {
    String flat = PrintedPdf.flat(paragraph);
    return flat.substring(0, Math.min(20, flat.length()));
  }

  private static String end(String paragraph) {
    String flat = PrintedPdf.flat(paragraph);
    return flat.substring(Math.max(0, flat.length() - 20));
  }
}
