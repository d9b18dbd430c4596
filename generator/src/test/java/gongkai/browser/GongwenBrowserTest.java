package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import gongkai.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real 公文 (fixture site {@code gongwen}): a 10-column table with merged headers, 主送, 附件说明,
 * 落款 and 抄送 parts, and long codes, in both editions at 320, 375 and 1280 px: the page never
 * scrolls sideways, the table's box has a name and scrolls by keyboard, no cell is narrower than
 * about three characters, the care edition keeps every text at 18 px or more and every target
 * outside running text at 44 × 44 px or more, and axe-core finds nothing.
 */
class GongwenBrowserTest extends BrowserTestBase {
  static final String REPORT = "gkml/2024/gongwen-tongzhi/";
  static final Path SCREENSHOTS = TestSites.projectRoot().resolve("generator/target/screenshots");

  @BeforeAll
  static void serveTheFixture() {
    site.close();
    site = SiteUnderTest.buildFixture("gongwen");
  }

  private static String page(String edition) {
    return edition.equals("care") ? "care/" + REPORT : REPORT;
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({"standard, 320", "standard, 375", "standard, 1280", "care, 320", "care, 375", "care, 1280"})
  void pageDoesNotScrollSidewaysAndTablesHaveNamedBoxes(String edition, int width) throws Exception {
    open(page(edition), width);
    ReflowBrowserTest.assertNoHorizontalScroll(page(edition), width);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> boxes = (List<Map<String, Object>>) browser.js("""
        return [...document.querySelectorAll('.report-body table')].map(t => {
          const box = t.parentElement;
          return {cls: box.className, role: box.getAttribute('role'), tabindex: box.getAttribute('tabindex'),
                  label: box.getAttribute('aria-label') || ''};
        });
        """);
    assertThat(boxes).hasSize(2);
    for (Map<String, Object> box : boxes) {
      assertThat(box).containsEntry("cls", "table-scroll").containsEntry("role", "region").containsEntry("tabindex", "0");
      assertThat((String) box.get("label")).isNotBlank();
    }
    assertThat(boxes.get(0).get("label")).isEqualTo("表1 收到和处理政府信息公开申请情况");
    assertThat(boxes.get(1).get("label")).isEqualTo("二、有关要求");
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve("gongwen-" + edition + "-" + width + ".png"), browser.fullPageScreenshot());
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({"standard, 320", "standard, 375", "standard, 1280", "care, 320", "care, 375", "care, 1280"})
  void noCellIsNarrowerThanAboutThreeCharactersOfItsText(String edition, int width) {
    open(page(edition), width);
    @SuppressWarnings("unchecked")
    List<String> narrow = (List<String>) browser.js(DESCRIBE + """
        const out = [];
        const ctx = document.createElement('canvas').getContext('2d');
        for (const cell of document.querySelectorAll('.report-body th, .report-body td')) {
          const s = getComputedStyle(cell);
          const inner = cell.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
          ctx.font = s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
          // The width of the text's first three characters (all of it when shorter), in the cell's font.
          const needed = ctx.measureText([...cell.textContent.trim()].slice(0, 3).join('')).width;
          if (inner < needed - 1) out.push(describe(cell) + ' ' + Math.round(inner) + ' < ' + Math.round(needed) + ' px');
        }
        return out;
        """);
    assertThat(narrow).as("cells narrower than three characters of their text").isEmpty();
  }

  @ParameterizedTest(name = "at {0} px")
  @CsvSource({"320", "375", "1280"})
  void wideTableBoxScrollsByKeyboard(int width) {
    open(page("standard"), width);
    Object overflow = browser.js("const b = document.querySelector('.table-scroll'); return b.scrollWidth - b.clientWidth;");
    if (number(overflow) <= 0) {
      return; // the table fits: nothing to scroll
    }
    browser.driver().findElement(By.cssSelector(".table-scroll")).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.END);
    assertThat(browser.js("return document.activeElement.className")).isEqualTo("table-scroll");
    // Chromium animates keyboard scrolling, so the box moves a moment after the key press.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> number(browser.js("return document.querySelector('.table-scroll').scrollLeft")) > 0);
  }

  /** 18 px is the care edition's floor at every 字号 step, 小 included (适老化; DESIGN.md). */
  @ParameterizedTest(name = "care at {0} px, 字号 {1}")
  @CsvSource({"320, medium", "375, medium", "1280, medium", "320, small", "1280, small", "1280, large"})
  void careTextIsNeverUnder18PxAndTargetsNeverUnder44Px(int width, String fontSize) {
    open(page("care"), width);
    browser.driver().findElement(By.cssSelector(".tools [data-font-size-set='" + fontSize + "']")).click();
    @SuppressWarnings("unchecked")
    Map<String, List<String>> found = (Map<String, List<String>>) browser.js(DESCRIBE + """
        const small = [], tiny = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!n.textContent.trim() || el.closest('.visually-hidden, script, style, svg, [hidden]')) continue;
          if (!el.getClientRects().length) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 18) small.push(describe(el) + ' ' + size + ' px');
        }
        for (const el of document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]')) {
          if (el.closest('.visually-hidden, [hidden]') || !el.getClientRects().length) continue;
          if (el.closest('.report-body p, .report-body li, .report-body td, .report-body th, .report-body sup')) continue; // running text
          if (el.classList.contains('skip-link')) continue;
          const r = el.getBoundingClientRect();
          if (r.width < 43.5 || r.height < 43.5) tiny.push(describe(el) + ' ' + Math.round(r.width) + ' × ' + Math.round(r.height));
        }
        return {small: small.slice(0, 20), tiny: tiny.slice(0, 20)};
        """);
    assertThat(found.get("small")).as("care text under 18 px").isEmpty();
    assertThat(found.get("tiny")).as("care targets under 44 × 44 px").isEmpty();
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({"standard, 320", "standard, 1280", "care, 320", "care, 1280"})
  void pageHasNoAxeViolations(String edition, int width) {
    open(page(edition), width);
    Results results = new AxeBuilder().withTags(AccessibilityBrowserTest.WCAG_A_AA).analyze(browser.driver());
    assertThat(results.isErrored()).isFalse();
    assertThat(results.getViolations()).as(() -> results.getViolations().toString()).isEmpty();
  }
}
