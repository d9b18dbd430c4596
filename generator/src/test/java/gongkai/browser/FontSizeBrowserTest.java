package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * 字号 大 / 中 / 小 (DESIGN.md, controls): three real buttons that scale the whole page (WCAG 1.4.4
 * Resize Text), announce which one is pressed (WCAG 4.1.2), are remembered across pages, and are
 * applied on load without first showing the page at the default size.
 */
class FontSizeBrowserTest extends BrowserTestBase {
  /** Root and body text size, and which button of each 字号 group says it is pressed. */
  static final String STATE = """
      const size = el => parseFloat(getComputedStyle(el).fontSize);
      const text = document.querySelector('.report-body p') || document.querySelector('main p, main li');
      const groups = [...document.querySelectorAll('.font-size[role=group]')];
      return {root: size(document.documentElement), body: size(text), attribute: document.documentElement.getAttribute('data-font-size'),
              groups: groups.length,
              pressed: groups.map(g => [...g.querySelectorAll('[data-font-size-set]')]
                  .filter(b => b.getAttribute('aria-pressed') === 'true').map(b => b.getAttribute('data-font-size-set')).join('+')),
              unannounced: [...document.querySelectorAll('[data-font-size-set]')]
                  .filter(b => !['true', 'false'].includes(b.getAttribute('aria-pressed'))).length};
      """;

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void eachButtonScalesTheRootAndBodyTextAndIsTheOnlyOnePressed(String page) {
    open(page, 1280);
    Map<String, Object> medium = state();
    assertPressed(medium, "medium");

    Map<String, Object> small = choose("small");
    assertPressed(small, "small");
    assertThat(number(small.get("root"))).as("root font size at 小 < at 中 (%s)", medium).isLessThan(number(medium.get("root")));
    assertThat(number(small.get("body"))).as("body text at 小 < at 中 (%s)", medium).isLessThan(number(medium.get("body")));

    Map<String, Object> large = choose("large");
    assertPressed(large, "large");
    assertThat(number(large.get("root"))).as("root font size at 大 > at 中 (%s)", medium).isGreaterThan(number(medium.get("root")));
    assertThat(number(large.get("body"))).as("body text at 大 > at 中 (%s)", medium).isGreaterThan(number(medium.get("body")));

    Map<String, Object> back = choose("medium");
    assertPressed(back, "medium");
    assertThat(number(back.get("body"))).as("中 restores the default size").isEqualTo(number(medium.get("body")));

    if (page.startsWith("care/")) {
      // DESIGN.md, care edition: 24 px by default, never below 18 px, at least 30 px at 大.
      assertThat(number(medium.get("body"))).as("care body text at 中").isGreaterThanOrEqualTo(24);
      assertThat(number(small.get("body"))).as("care body text at 小").isGreaterThanOrEqualTo(18);
      assertThat(number(large.get("body"))).as("care body text at 大").isGreaterThanOrEqualTo(30);
    } else {
      assertThat(number(medium.get("body"))).as("standard body text at 中").isBetween(16.0, 19.0);
    }
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void chosenSizeSurvivesAReloadAndIsUsedOnTheNextPage(String page) {
    open(page, 1280);
    Map<String, Object> large = choose("large");

    browser.reload();
    Map<String, Object> reloaded = state();
    assertPressed(reloaded, "large");
    assertThat(number(reloaded.get("root"))).as("root font size after a reload").isEqualTo(number(large.get("root")));

    String next = browser.driver().findElement(By.cssSelector(".pager a")).getAttribute("href");
    browser.driver().findElement(By.cssSelector(".pager a")).click();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(next);
    Map<String, Object> there = state();
    assertPressed(there, "large");
    assertThat(number(there.get("root"))).as("root font size on %s", next).isEqualTo(number(large.get("root")));

    choose("medium");
    browser.reload();
    assertPressed(state(), "medium");
  }

  /**
   * No flash (DESIGN.md: "no flash on load"): the inline head script applies the remembered size
   * before the body exists, and does so on its own: with the external gongkai.js blocked the
   * page still comes up at the remembered size.
   */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  @SuppressWarnings("unchecked")
  void rememberedSizeIsAppliedBeforeTheBodyIsParsed(String page) {
    open(page, 1280);
    Map<String, Object> large = choose("large");

    browser.runBeforeEveryPage(WATCH_LOAD);
    browser.blockUrls("*/gongkai.*.js"); // fingerprinted: gongkai.<hash>.js
    browser.reload();
    assertSetBeforeTheBody(page, "data-font-size=large");

    Map<String, Object> blocked = state();
    assertThat((List<String>) blocked.get("pressed")).as("gongkai.js really blocked: the buttons show the markup's default")
        .containsOnly("medium");
    assertThat(number(blocked.get("root"))).as("root size from the head script alone").isCloseTo(number(large.get("root")), within(0.01));
    assertThat(number(blocked.get("body"))).as("body text from the head script alone").isCloseTo(number(large.get("body")), within(0.01));
  }

  /** Clicks a 字号 button in the tools row under the title. */
  private static Map<String, Object> choose(String size) {
    browser.driver().findElement(By.cssSelector(".tools [data-font-size-set='" + size + "']")).click();
    return state();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> state() {
    return (Map<String, Object>) browser.js(STATE);
  }

  /** Exactly the chosen button is pressed, in the tools row and in the 无障碍阅读 panel alike. */
  @SuppressWarnings("unchecked")
  private static void assertPressed(Map<String, Object> state, String size) {
    int groups = ((Number) state.get("groups")).intValue();
    assertThat(groups).as("字号 groups on the page").isPositive();
    assertThat((List<String>) state.get("pressed")).as("pressed 字号 button per group: %s", state)
        .containsOnly(size).hasSize(groups);
    assertThat(number(state.get("unannounced"))).as("字号 buttons without aria-pressed: %s", state).isZero();
  }
}
