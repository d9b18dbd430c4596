package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Results a page at a time: with more results than one page, the search page lists the first 20,
 * says how many it shows, and a button lists the next ones, fetching only their documents. The
 * sample site plus 25 generated notices about 春运 (26 results).
 */
class SearchPagingBrowserTest extends BrowserTestBase {
  static final int EXTRA = 25;

  @BeforeAll
  static void serveASiteWithManyResults() throws IOException {
    site.close();
    Path root = Files.createTempDirectory("gongkai-search-paging-");
    TestSites.assemble(TestSites.projectRoot().resolve("content"), root);
    for (int i = 1; i <= EXTRA; i++) {
      Path report = root.resolve("content/tzgg/2023/paging-" + i + ".md");
      Files.createDirectories(report.getParent());
      Files.writeString(report, "---\ntitle: 关于春运期间第" + i + "批加班车的通知\nindex_no: 113715020044301982/2023-" + (90000000 + i) + "\n"
          + "date: 2023-01-" + String.format("%02d", i) + " 09:00:00\n---\n\n春运期间加开班车，请合理安排出行。\n",
          StandardCharsets.UTF_8);
    }
    site = SiteUnderTest.build(root, List.of(root));
  }

  private static long count(String css) {
    return ((Number) browser.js("return document.querySelectorAll(arguments[0]).length", css)).longValue();
  }

  @Test
  void firstPageThenTheButtonListsTheRestAndFocusesTheFirstNewResult() {
    open("search/?q=" + java.net.URLEncoder.encode("春运", StandardCharsets.UTF_8), 1280);
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
    wait.until(d -> count("[data-search-list] li") == 20);
    assertThat(browser.driver().findElement(By.cssSelector("[data-search-status]")).getText())
        .isEqualTo("找到 26 条结果，显示前 20 条。");
    var more = browser.driver().findElement(By.cssSelector("[data-search-more]"));
    assertThat(more.isDisplayed()).isTrue();
    assertThat(more.getText()).isEqualTo("显示更多结果");

    more.click();
    wait.until(d -> count("[data-search-list] li") == 26);
    assertThat(browser.driver().findElement(By.cssSelector("[data-search-status]")).getText()).isEqualTo("找到 26 条结果。");
    assertThat(more.isDisplayed()).isFalse();
    assertThat(browser.js("return document.activeElement === document.querySelectorAll('[data-search-list] li')[20].querySelector('a')"))
        .as("focus on the first result the button added").isEqualTo(true);
  }

  /** The button as it shows with a page of results: no WCAG 2.2 AA violation, and AAA contrast in the care edition. */
  @org.junit.jupiter.params.ParameterizedTest(name = "/jtj/{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "care/"})
  void pageWithTheButtonHasNoAccessibilityViolations(String edition) {
    open(edition + "search/?q=" + java.net.URLEncoder.encode("春运", StandardCharsets.UTF_8), 375);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> count("[data-search-list] li") == 20);
    assertThat(browser.driver().findElement(By.cssSelector("[data-search-more]")).isDisplayed()).isTrue();
    List<String> tags = edition.isEmpty() ? AccessibilityBrowserTest.WCAG_A_AA
        : java.util.stream.Stream.concat(AccessibilityBrowserTest.WCAG_A_AA.stream(), java.util.stream.Stream.of("wcag2aaa")).toList();
    var results = new com.deque.html.axecore.selenium.AxeBuilder().withTags(tags).analyze(browser.driver());
    assertThat(results.isErrored()).isFalse();
    assertThat(results.getViolations()).as(() -> AccessibilityBrowserTest.report(edition + "search/", results.getViolations())).isEmpty();
  }
}
