package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core on the list pages the sample site is too small to page: the {@code catalogue} fixture
 * (25 reports, five to a page) served in place of the sample. The sample's own 信息公开目录 pages are
 * covered by {@link AccessibilityBrowserTest}, which visits every page.
 */
class CatalogueAccessibilityBrowserTest extends BrowserTestBase {
  /** A middle page (pager with previous and next), the catalogue, a category and a year page, in both editions. */
  static final List<String> PAGES =
      List.of("", "gkml/page/2/", "tzgg/page/2/", "catalogue/", "catalogue/category/财政预算／决算/page/2/",
          "catalogue/uncategorised/", "catalogue/year/2024/page/3/");

  @BeforeAll
  static void serveTheCatalogueFixtureInstead() {
    site.close();
    site = SiteUnderTest.buildFixture("catalogue");
  }

  static Stream<Arguments> listPages() {
    return PAGES.stream()
        .flatMap(page -> Stream.of(page, "care/" + page))
        .flatMap(page -> Stream.of(Arguments.of(page, 375), Arguments.of(page, 1280)));
  }

  @ParameterizedTest(name = "/jtj/{0} at {1} px")
  @MethodSource("listPages")
  void listPageHasNoWcag22AaViolations(String page, int width) {
    assertThat(site.pages()).as("pages of the catalogue fixture").contains(page);
    open(page, width);
    Results results = new AxeBuilder().withTags(AccessibilityBrowserTest.WCAG_A_AA).analyze(browser.driver());
    assertThat(results.isErrored()).as("axe-core failed: %s", results.getErrorMessage()).isFalse();
    assertThat(results.getViolations()).as(() -> AccessibilityBrowserTest.report(page, results.getViolations())).isEmpty();
  }
}
