package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * DESIGN.md, principles: "The page works without JavaScript." With the reader's JavaScript off, a
 * button that could do nothing is not shown at all, everything else is there and accessible, and
 * 关怀版 / 标准版 is a plain link that gets the reader to the other edition.
 */
class NoJavaScriptBrowserTest extends BrowserTestBase {
  static final String PAGE_WITHOUT_SCRIPTS = DESCRIBE + """
      const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const h1 = document.querySelector('main h1');
      const text = document.querySelector('.report-body p');
      return {scriptRan: document.documentElement.classList.contains('js'),
              // A form's submit button (the search form) works without JavaScript; other buttons do not.
              buttons: [...document.querySelectorAll('button:not([type=submit]), [role=button], .needs-js')].filter(shown).map(describe),
              links: [...document.querySelectorAll('a[href]')].filter(shown).length,
              heading: h1 ? h1.textContent.trim() : null,
              bodyText: text && shown(text) ? parseFloat(getComputedStyle(text).fontSize) : null};
      """;

  @BeforeEach
  void turnJavaScriptOff() {
    browser.disableJavaScript();
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("pages")
  @SuppressWarnings("unchecked")
  void controlsThatNeedJavaScriptAreHiddenAndThePageIsComplete(String page) {
    open(page, 1280);
    Map<String, Object> shown = (Map<String, Object>) browser.js(PAGE_WITHOUT_SCRIPTS);
    assertThat(shown.get("scriptRan")).as("the page's JavaScript is off (the head script did not run)").isEqualTo(false);
    assertThat((List<String>) shown.get("buttons")).as("buttons shown on /jtj/%s without JavaScript", page).isEmpty();
    assertThat(number(shown.get("links"))).as("links on /jtj/%s", page).isGreaterThanOrEqualTo(4);
    assertThat((String) shown.get("heading")).as("main heading of /jtj/%s", page).isNotBlank();
    if (site.reportPages().contains(page)) {
      assertThat(shown.get("bodyText")).as("body text shown at the edition's size on /jtj/%s", page)
          .isEqualTo(page.startsWith("care/") ? 24L : 18L);
    }

    // axe waits on promises and timers, which do not run with JavaScript off. Turned back on now, it
    // runs on the page as it was built without scripts (they ran at load or never).
    browser.enableJavaScript();
    Results results = new AxeBuilder().withTags(AccessibilityBrowserTest.WCAG_A_AA).analyze(browser.driver());
    assertThat(browser.js("return document.documentElement.classList.contains('js')")).as("still the page without scripts").isEqualTo(false);
    assertThat(results.isErrored()).as("axe-core failed: %s", results.getErrorMessage()).isFalse();
    assertThat(results.getPasses()).as("rules axe found applicable on %s", page).isNotEmpty();
    assertThat(results.getViolations()).as(() -> AccessibilityBrowserTest.report(page + " without JavaScript", results.getViolations()))
        .isEmpty();
  }

  /** The edition switch in the top bar leads to the same page in the other edition, and back. */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("pages")
  void editionLinkIsAPlainLinkToTheSamePageInTheOtherEdition(String page) {
    String counterpart = page.startsWith("care/") ? page.substring("care/".length()) : "care/" + page;
    open(page, 1280);
    String heading = browser.driver().findElement(By.cssSelector("main h1")).getAttribute("textContent");
    WebElement link = editionLink();
    assertThat(link.getText()).isEqualTo(page.startsWith("care/") ? "标准版" : "关怀版");
    assertThat(link.getAttribute("role")).as("a link, not a scripted button").isNull();
    link.click();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(site.url(counterpart));
    assertThat(browser.driver().findElement(By.cssSelector("main h1")).getAttribute("textContent"))
        .as("same page in the other edition").isEqualTo(heading);
    assertThat(browser.driver().findElements(By.cssSelector("link[href*='/css/care.']")))
        .as("care style sheet on /jtj/%s", counterpart).hasSize(counterpart.startsWith("care/") ? 1 : 0);

    editionLink().click();
    assertThat(browser.driver().getCurrentUrl()).as("and back").isEqualTo(site.url(page));
  }

  private static WebElement editionLink() {
    List<WebElement> links = browser.driver().findElements(By.cssSelector(".topbar-nav a[href]")).stream()
        .filter(a -> List.of("关怀版", "标准版").contains(a.getText())).toList();
    assertThat(links).as("one 关怀版 / 标准版 link in the top bar").hasSize(1);
    return links.get(0);
  }
}
