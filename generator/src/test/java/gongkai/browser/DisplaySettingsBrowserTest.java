package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * 高对比度 and 加大行距 in the 无障碍阅读 panel (DESIGN.md, controls): remembered like 字号, applied
 * before the page is drawn, and high contrast really is high: AAA contrast (WCAG 1.4.6) on every
 * page of both editions.
 */
class DisplaySettingsBrowserTest extends BrowserTestBase {
  /** The two settings as the page shows them: attributes, pressed buttons and computed styles. */
  static final String SETTINGS = """
      const body = getComputedStyle(document.body);
      const pressed = name => [...document.querySelectorAll('[data-toggle=' + name + ']')].map(b => b.getAttribute('aria-pressed')).join();
      return {contrast: pressed('contrast'), spacing: pressed('spacing'), background: body.backgroundColor, color: body.color,
              lineHeight: Math.round(parseFloat(body.lineHeight) / parseFloat(body.fontSize) * 100) / 100};
      """;

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void highContrastAndWiderSpacingSurviveAReloadAndTheNextPage(String page) {
    open(page, 1280);
    Map<String, Object> normal = settings();
    assertThat(normal).containsEntry("contrast", "false").containsEntry("spacing", "false")
        .containsEntry("background", "rgb(255, 255, 255)");
    openPanel();
    toggle("contrast");
    toggle("spacing");
    Map<String, Object> chosen = settings();
    assertThat(chosen).as("both on").containsEntry("contrast", "true").containsEntry("spacing", "true")
        .containsEntry("background", "rgb(0, 0, 0)").containsEntry("color", "rgb(255, 255, 255)");
    assertThat(number(chosen.get("lineHeight"))).as("line height with 加大行距 (normal: %s)", normal)
        .isGreaterThan(number(normal.get("lineHeight")));

    browser.reload();
    assertThat(settings()).as("after a reload").isEqualTo(chosen);

    browser.driver().findElement(By.cssSelector(".pager a")).click();
    assertThat(settings()).as("on the next page, %s", browser.driver().getCurrentUrl()).isEqualTo(chosen);

    openPanel();
    toggle("contrast");
    toggle("spacing");
    browser.reload();
    assertThat(settings()).as("both off again after a reload").isEqualTo(normal);
  }

  /** No flash: the head script sets both before the body exists, without gongkai.js. */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void rememberedSettingsAreAppliedBeforeTheBodyIsParsed(String page) {
    open(page, 1280);
    openPanel();
    toggle("contrast");
    toggle("spacing");
    Map<String, Object> chosen = settings();

    browser.runBeforeEveryPage(WATCH_LOAD);
    browser.blockUrls("*/gongkai.*.js"); // fingerprinted: gongkai.<hash>.js
    browser.reload();
    assertSetBeforeTheBody(page, "data-contrast=high", "data-spacing=wide");
    Map<String, Object> blocked = settings();
    assertThat(blocked).as("gongkai.js really blocked: the buttons show the markup's default")
        .containsEntry("contrast", "false").containsEntry("spacing", "false");
    assertThat(blocked).as("look from the head script alone")
        .containsEntry("background", chosen.get("background")).containsEntry("lineHeight", chosen.get("lineHeight"));
  }

  /** With the panel open, so its pressed buttons are measured too. */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("pages")
  void highContrastMeetsEnhancedContrast(String page) {
    open(page, 1280);
    openPanel();
    toggle("contrast");
    assertThat(settings()).containsEntry("contrast", "true");
    Results results = new AxeBuilder().withOnlyRules(List.of("color-contrast-enhanced")).analyze(browser.driver());
    assertThat(results.isErrored()).as("axe-core failed: %s", results.getErrorMessage()).isFalse();
    assertThat(results.getPasses()).as("text whose contrast axe measured on /jtj/%s", page).isNotEmpty();
    assertThat(results.getViolations()).as(() -> AccessibilityBrowserTest.report(page + " in high contrast", results.getViolations()))
        .isEmpty();
  }

  private static void openPanel() {
    browser.driver().findElement(By.cssSelector("[aria-controls=reading-tools]")).click();
  }

  private static void toggle(String name) {
    browser.driver().findElement(By.cssSelector("#reading-tools [data-toggle=" + name + "]")).click();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> settings() {
    return (Map<String, Object>) browser.js(SETTINGS);
  }
}
