package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import gongkai.TestSites;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** axe-core finds nothing wrong on any page (DESIGN.md, reader-facing targets: 0 violations). */
class AccessibilityBrowserTest extends BrowserTestBase {
  static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  @ParameterizedTest(name = "/jtj/{0} at {1} px")
  @MethodSource("pagesAtPhoneAndDesktopWidths")
  void pageHasNoWcag22AaViolations(String page, int width) {
    open(page, width);
    Results results = analyze(new AxeBuilder().withTags(WCAG_A_AA));
    assertThat(results.getPasses()).as("rules axe found applicable on %s", page).isNotEmpty();
    assertThat(results.getViolations()).as(() -> report(page, results.getViolations())).isEmpty();
  }

  /** The search page with results (marks, snippets, the live count), which the crawl sees empty. */
  @ParameterizedTest(name = "/jtj/{0} at {1} px")
  @org.junit.jupiter.params.provider.CsvSource({"search/?q=%E4%BA%A4%E9%80%9A, 375", "search/?q=%E4%BA%A4%E9%80%9A, 1280",
      "care/search/?q=%E4%BA%A4%E9%80%9A, 375", "care/search/?q=%E4%BA%A4%E9%80%9A, 1280"})
  void searchResultsHaveNoWcag22AaViolations(String page, int width) {
    open(page, width);
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
        .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("[data-search-list] li")).isEmpty());
    Results results = analyze(new AxeBuilder().withTags(WCAG_A_AA));
    assertThat(results.getViolations()).as(() -> report(page, results.getViolations())).isEmpty();
    if (page.startsWith("care/")) {
      Results contrast = analyze(new AxeBuilder().withOnlyRules(List.of("color-contrast-enhanced")));
      assertThat(contrast.getViolations()).as(() -> report(page, contrast.getViolations())).isEmpty();
    }
  }

  /** The care edition promises AAA contrast (WCAG 1.4.6, 7:1), which axe checks but does not run by default. */
  @Test
  void careEditionPagesMeetEnhancedContrast() {
    assertThat(site.carePages()).as("care pages in the build").isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (String page : site.carePages()) {
      for (int width : List.of(375, 1280)) {
        open(page, width);
        Results results = analyze(new AxeBuilder().withOnlyRules(List.of("color-contrast-enhanced")));
        assertThat(results.getPasses()).as("text whose contrast axe measured on %s", page).isNotEmpty();
        if (!results.getViolations().isEmpty()) {
          problems.add(report(page + " at " + width + " px", results.getViolations()));
        }
      }
    }
    assertThat(problems).as(() -> String.join("\n", problems)).isEmpty();
  }

  private static Results analyze(AxeBuilder axe) {
    Results results = axe.analyze(browser.driver());
    assertThat(results.isErrored()).as("axe-core failed: %s", results.getErrorMessage()).isFalse();
    return results;
  }

  /** One block per rule: id, impact, help and link, then every offending node with axe's own summary. */
  static String report(String page, List<Rule> violations) {
    StringBuilder out = new StringBuilder("axe-core violations on /jtj/" + page + ":");
    for (Rule rule : violations) {
      out.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
          .append(rule.getHelp()).append(" ").append(rule.getHelpUrl());
      for (CheckedNode node : rule.getNodes()) {
        out.append("\n    at ").append(node.getTarget()).append("  ").append(abbreviate(node.getHtml()))
            .append("\n       ").append(String.valueOf(node.getFailureSummary()).replace("\n", "\n       "));
      }
    }
    return out.toString();
  }

  private static String abbreviate(String html) {
    return html.length() <= 160 ? html : html.substring(0, 157) + "...";
  }
}
