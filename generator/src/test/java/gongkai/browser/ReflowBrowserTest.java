package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px (and a common 375 px phone) nothing makes the page scroll
 * sideways; a wide table may scroll inside its own box (DESIGN.md, reader-facing targets).
 */
class ReflowBrowserTest extends BrowserTestBase {
  static final String WIDE_TABLE_PAGE = "gkml/2024/gongkai-niandu-baogao/";

  /**
   * The page's horizontal overflow, and the elements sticking out past the right edge that are not
   * inside a box that scrolls or clips on its own (the ones to fix).
   */
  static final String OVERFLOW = DESCRIBE + """
      const doc = document.documentElement;
      const width = doc.clientWidth;
      const insideScroller = el => {
        for (let p = el.parentElement; p && p !== doc; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== 'visible') return true;
        }
        return false;
      };
      const offenders = [];
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if ((r.right > width + 0.5 || r.left < -0.5) && r.width > 0 && !insideScroller(el)
            && !el.closest('.visually-hidden, .skip-link')) {
          offenders.push(describe(el) + ' spans x ' + Math.round(r.left) + '..' + Math.round(r.right));
        }
      }
      return {scrollWidth: doc.scrollWidth, clientWidth: width, innerWidth: window.innerWidth,
              offenders: offenders.slice(0, 15)};
      """;

  static Stream<Arguments> pagesAtReflowWidths() {
    return site.pages().stream().flatMap(page -> Stream.of(Arguments.of(page, 320), Arguments.of(page, 375)));
  }

  @ParameterizedTest(name = "/jtj/{0} at {1} px")
  @MethodSource("pagesAtReflowWidths")
  void pageDoesNotScrollSideways(String page, int width) {
    open(page, width);
    assertNoHorizontalScroll(page, width);
  }

  /** The check shared with the text-spacing test: scrollWidth within the visible width, offenders named. */
  @SuppressWarnings("unchecked")
  static void assertNoHorizontalScroll(String page, int width) {
    Map<String, Object> overflow = (Map<String, Object>) browser.js(OVERFLOW);
    long scrollWidth = (Long) overflow.get("scrollWidth");
    long clientWidth = (Long) overflow.get("clientWidth");
    assertThat(scrollWidth)
        .as("/jtj/%s at %d px scrolls sideways: document scrollWidth %d > clientWidth %d (innerWidth %s); sticking out:%n  %s",
            page, width, scrollWidth, clientWidth, overflow.get("innerWidth"),
            String.join("\n  ", (List<String>) overflow.get("offenders")))
        .isLessThanOrEqualTo(clientWidth);
  }

  /**
   * The sample's table wraps to fit even 320 px (CJK text breaks anywhere), so the test widens it to
   * 16 columns, whose narrowest layout no phone can hold; it must then scroll in its own box
   * (div.table-scroll).
   */
  @Test
  void tableTooWideForThePhoneScrollsInsideItsOwnBox() {
    open(WIDE_TABLE_PAGE, 320);
    @SuppressWarnings("unchecked")
    Map<String, Object> table = (Map<String, Object>) browser.js("""
        const t = document.querySelector('.report-body table');
        for (const row of t.rows) {
          const cells = [...row.cells];
          for (let i = 0; i < 3; i++) cells.forEach(c => row.appendChild(c.cloneNode(true)));
        }
        const box = t.closest('.table-scroll');
        return {overflowX: getComputedStyle(box).overflowX, scrollWidth: box.scrollWidth, clientWidth: box.clientWidth,
                right: box.getBoundingClientRect().right, viewport: document.documentElement.clientWidth};
        """);
    assertThat((Long) table.get("scrollWidth")).as("the widened table is wider than its box: %s", table)
        .isGreaterThan((Long) table.get("clientWidth"));
    assertThat(table.get("overflowX")).as("%s", table).isIn("auto", "scroll");
    assertThat(((Number) table.get("right")).doubleValue()).as("%s", table)
        .isLessThanOrEqualTo(((Number) table.get("viewport")).doubleValue());
    assertNoHorizontalScroll(WIDE_TABLE_PAGE, 320);
  }
}
