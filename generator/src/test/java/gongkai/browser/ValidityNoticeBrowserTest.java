package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The notice on a repealed document (the sample site's 试行办法) as readers meet it: on screen in both
 * editions, through the accessibility tree (a note landmark named by its heading), and on paper.
 */
class ValidityNoticeBrowserTest extends BrowserTestBase {
  static final String REPEALED = "gkml/2021/chuzuche-guanli-banfa/";
  static final String NOTICE = "本文件已废止";
  static final String SUCCESSOR = "【示例】东昌府区巡游出租汽车经营服务管理办法";

  static String page(String edition) {
    return edition.equals("care") ? "care/" + REPEALED : REPEALED;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"standard", "care"})
  void noticeIsTheFirstThingOfTheReportAndSaysItInWords(String edition) {
    open(page(edition), 1280);
    WebElement notice = browser.driver().findElement(By.cssSelector("section[role=note]"));
    assertThat(notice.isDisplayed()).isTrue();
    assertThat(notice.findElement(By.tagName("h2")).getText()).isEqualTo(NOTICE);
    assertThat(notice.getText()).contains(SUCCESSOR);
    // Above the title: a reader sees the status before reading the document.
    WebElement title = browser.driver().findElement(By.cssSelector("h1.report-title"));
    assertThat(notice.getRect().getY()).isLessThan(title.getRect().getY());
    // The landmark's accessible name is its heading, so a screen reader's landmark list names it.
    Object name = browser.js(
        "const n = document.querySelector('section[role=note]');"
            + " return document.getElementById(n.getAttribute('aria-labelledby')).textContent;");
    assertThat(name).isEqualTo(NOTICE);
  }

  @ParameterizedTest(name = "/jtj/{0} at {1} px")
  @CsvSource({
    "gkml/2021/chuzuche-guanli-banfa/, 375", "gkml/2021/chuzuche-guanli-banfa/, 1280",
    "care/gkml/2021/chuzuche-guanli-banfa/, 375", "care/gkml/2021/chuzuche-guanli-banfa/, 1280",
    "gkml/2024/chuzuche-guanli-banfa/, 1280", "care/gkml/2024/chuzuche-guanli-banfa/, 1280",
    "gkml/2024/chuzuche-guanli-banfa-jiedu/, 1280", "gkml/, 375", "care/gkml/, 375"})
  void pagesOfADocumentsLifeHaveNoAxeViolations(String page, int width) {
    open(page, width);
    Results results = new AxeBuilder().withTags(AccessibilityBrowserTest.WCAG_A_AA).analyze(browser.driver());
    assertThat(results.isErrored()).as("axe-core failed: %s", results.getErrorMessage()).isFalse();
    assertThat(results.getViolations()).as("axe violations on %s: %s", page, results.getViolations()).isEmpty();
    if (page.startsWith("care/")) {
      Results contrast = new AxeBuilder().withOnlyRules(List.of("color-contrast-enhanced")).analyze(browser.driver());
      assertThat(contrast.getViolations()).as("AAA contrast on %s: %s", page, contrast.getViolations()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"standard", "care"})
  void noticePrintsWithTheContentBeforeTheTitle(String edition) {
    PrintBrowserTest.openWithPrintStubbed(page(edition));
    PrintBrowserTest.click(PrintBrowserTest.CONTENT);
    PrintedPdf pdf = new PrintedPdf(browser.printToPdf()).saveTo(PrintBrowserTest.DIR.resolve(edition + "-content-repealed.pdf"));
    String text = pdf.flatText();
    assertThat(text).contains(PrintedPdf.flat(NOTICE), PrintedPdf.flat(SUCCESSOR));
    assertThat(text.indexOf(PrintedPdf.flat(NOTICE)))
        .isLessThan(text.indexOf(PrintedPdf.flat("【示例】东昌府区巡游出租汽车经营服务管理办法（试行）")));
  }
}
