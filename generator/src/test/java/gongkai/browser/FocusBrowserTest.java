package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keyboard use: WCAG 2.4.1 (skip link first), 2.1.1 (every control reachable by Tab) and 2.4.7 /
 * DESIGN.md (a visible focus indicator of at least 2 px on everything Tab reaches).
 */
class FocusBrowserTest extends BrowserTestBase {
  static final int MAX_TABS = 200;

  /** Remembers every focusable element and its box-shadow before anything has focus. */
  static final String PREPARE = """
      const selector = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';
      const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      window.gkFocusable = () => [...document.querySelectorAll(selector)].filter(el => !el.disabled && el.tabIndex >= 0 && shown(el));
      window.gkShadow = new Map([...document.querySelectorAll(selector)].map(el => [el, getComputedStyle(el).boxShadow]));
      window.gkReached = new Set();
      """;

  /** The focused element's indicator, or null once focus has left the page. */
  static final String FOCUSED = DESCRIBE + """
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const again = window.gkReached.has(el);
      window.gkReached.add(el);
      const cs = getComputedStyle(el);
      return {name: describe(el), again: again, outlineStyle: cs.outlineStyle,
              outlineWidth: parseFloat(cs.outlineWidth) || 0, boxShadow: cs.boxShadow,
              unfocusedShadow: window.gkShadow.get(el) || 'none', collapsed: el.getAttribute('aria-expanded') === 'false'};
      """;

  static final String NOT_REACHED = DESCRIBE + "return window.gkFocusable().filter(el => !window.gkReached.has(el)).map(describe);";

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("pages")
  @SuppressWarnings("unchecked")
  void firstTabShowsTheSkipLinkAndEnterMovesFocusToMain(String page) {
    open(page, 1280);
    browser.pressTab();
    Map<String, Object> skip = (Map<String, Object>) browser.js("""
        const el = document.activeElement, r = el.getBoundingClientRect();
        return {isSkipLink: el.matches('a.skip-link'), html: el.outerHTML, top: r.top, left: r.left, width: r.width,
                height: r.height, bottom: r.bottom, right: r.right, vw: window.innerWidth, vh: window.innerHeight};
        """);
    assertThat(skip.get("isSkipLink")).as("first Tab stop on /jtj/%s is the skip link, not %s", page, skip.get("html")).isEqualTo(true);
    assertThat(number(skip, "width") > 1 && number(skip, "height") > 1 && number(skip, "top") >= 0 && number(skip, "left") >= 0
        && number(skip, "bottom") <= number(skip, "vh") && number(skip, "right") <= number(skip, "vw"))
        .as("focused skip link lies inside the viewport: %s", skip).isTrue();

    browser.pressEnter();
    assertThat(browser.js("return document.activeElement === document.querySelector('main')"))
        .as("after Enter on the skip link focus is on main, not %s", browser.js("return document.activeElement.outerHTML.slice(0, 120)"))
        .isEqualTo(true);
  }

  /**
   * Tabs through the whole page (opening the 无障碍阅读 panel on the way, so its buttons are
   * reached too) and checks the focus indicator of each stop.
   */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("pages")
  @SuppressWarnings("unchecked")
  void everyTabStopShowsAFocusIndicatorAndEveryControlIsReached(String page) {
    open(page, 1280);
    browser.js(PREPARE);
    List<String> stops = new ArrayList<>();
    List<String> invisible = new ArrayList<>();
    for (int i = 0; i < MAX_TABS; i++) {
      browser.pressTab();
      Map<String, Object> focused = (Map<String, Object>) browser.js(FOCUSED);
      if (focused == null || (Boolean) focused.get("again")) {
        break;
      }
      stops.add((String) focused.get("name"));
      boolean outline = !"none".equals(focused.get("outlineStyle")) && number(focused, "outlineWidth") >= 2;
      boolean shadow = !"none".equals(focused.get("boxShadow")) && !focused.get("boxShadow").equals(focused.get("unfocusedShadow"));
      if (!outline && !shadow) {
        invisible.add(focused.get("name") + ": outline " + focused.get("outlineStyle") + " " + focused.get("outlineWidth")
            + "px, box-shadow " + focused.get("boxShadow"));
      }
      if ((Boolean) focused.get("collapsed")) {
        browser.pressEnter(); // open the disclosure and tab on into it
      }
    }
    assertThat(stops).as("Tab stops on /jtj/%s", page).hasSizeGreaterThanOrEqualTo(4).hasSizeLessThan(MAX_TABS);
    assertThat(invisible).as("focused without a visible indicator of >= 2 px on /jtj/%s", page).isEmpty();
    assertThat((List<String>) browser.js(NOT_REACHED)).as("controls Tab never reached on /jtj/%s; Tab order: %s", page, stops).isEmpty();
  }

  private static double number(Map<String, Object> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }
}
