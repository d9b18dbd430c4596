package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.5.8 Target Size (Minimum) as DESIGN.md sets it: every link and button is at least
 * 24 × 24 CSS px. The one exception used is WCAG's "inline" one: a link inside the publisher's
 * running text, whose size the line height of the sentence sets.
 */
class TargetSizeBrowserTest extends BrowserTestBase {
  static final double MINIMUM = 24;

  static final String TARGETS = DESCRIBE + """
      const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const inText = el => el.closest('.report-body, .section-intro') !== null && getComputedStyle(el).display === 'inline';
      return [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [role=button], [role=link]')]
          .filter(shown)
          .map(el => { const r = el.getBoundingClientRect();
                       return {name: describe(el), width: r.width, height: r.height, inText: inText(el)}; });
      """;

  @ParameterizedTest(name = "/jtj/{0} at {1} px")
  @MethodSource("pagesAtPhoneAndDesktopWidths")
  @SuppressWarnings("unchecked")
  void everyLinkAndButtonIsAtLeast24By24Pixels(String page, int width) {
    open(page, width);
    List<WebElement> readingTools = browser.driver().findElements(By.cssSelector("[aria-controls=reading-tools]"));
    if (!readingTools.isEmpty() && readingTools.get(0).isDisplayed()) {
      readingTools.get(0).click(); // measure the 无障碍阅读 panel's buttons as well
    }
    List<Map<String, Object>> targets = (List<Map<String, Object>>) browser.js(TARGETS);
    assertThat(targets).as("targets measured on /jtj/%s", page).hasSizeGreaterThanOrEqualTo(5);
    List<String> small = targets.stream()
        .filter(t -> !(Boolean) t.get("inText"))
        .filter(t -> size(t, "width") < MINIMUM - 0.01 || size(t, "height") < MINIMUM - 0.01)
        .map(t -> String.format(Locale.ROOT, "%s: %.1f x %.1f px", t.get("name"), size(t, "width"), size(t, "height")))
        .toList();
    assertThat(small).as("targets smaller than 24 x 24 px on /jtj/%s at %d px", page, width).isEmpty();
  }

  private static double size(Map<String, Object> target, String key) {
    return ((Number) target.get(key)).doubleValue();
  }
}
