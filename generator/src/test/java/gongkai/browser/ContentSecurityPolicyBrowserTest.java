package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The pages' own Content-Security-Policy (a meta element: only the site's files, the head script
 * by its hash) is never violated, while loading or while every tool is used. A violation means
 * something the page needs is blocked for every reader, and DESIGN.md allows no third-party
 * requests at all.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTestBase {
  /** Listens from the very start of each page, before the head script, for every violation. */
  static final String LISTEN = """
      window.gkViolations = [];
      document.addEventListener('securitypolicyviolation', e => window.gkViolations.push(
          e.effectiveDirective + ' blocked ' + (e.blockedURI || '?') + ' at ' + e.sourceFile + ':' + e.lineNumber
          + (e.sample ? ' "' + e.sample + '"' : '')), true);
      """;

  /** Violation events are dispatched in a task of their own, so let one pass before reading them. */
  static final String VIOLATIONS = """
      const done = arguments[arguments.length - 1];
      setTimeout(() => done(window.gkViolations), 50);
      """;

  @BeforeEach
  void listenForViolations() {
    browser.runBeforeEveryPage(LISTEN);
    browser.driver().manage().logs().get(LogType.BROWSER); // drop what earlier tests logged
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("pages")
  void pageLoadsWithoutViolatingItsPolicy(String page) {
    open(page, 1280);
    assertThat(browser.js("return document.documentElement.classList.contains('js')"))
        .as("the inline head script ran: its hash is in the policy").isEqualTo(true);
    assertNoViolations(page);
  }

  /** Every tool of a report page, used once: they change attributes and classes, never inline styles or code. */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void usingEveryToolViolatesNothing(String page) {
    open(page, 1280);
    browser.js("window.print = () => {};"); // a print dialog would block the test
    click("[aria-controls=reading-tools]");
    for (String tool : List.of(".tools [data-font-size-set=large]", ".tools [data-font-size-set=small]",
        "#reading-tools [data-toggle=contrast]", "#reading-tools [data-toggle=spacing]", "[data-print=page]",
        "[data-print=content]", "[data-share]")) {
      click(tool);
    }
    browser.reload(); // and the remembered settings, applied by the head script
    assertNoViolations(page);
  }

  /** Searching fetches the index, builds the results and changes the address: all within the policy. */
  @ParameterizedTest(name = "/jtj/{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"search/?q=%E6%98%A5%E8%BF%90", "care/search/?q=%E6%98%A5%E8%BF%90"})
  void searchingViolatesNothing(String page) {
    open(page, 1280);
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
        .until(d -> !d.findElements(By.cssSelector("[data-search-list] mark")).isEmpty());
    var input = browser.driver().findElement(By.id("search-q"));
    input.clear();
    input.sendKeys("公交", org.openqa.selenium.Keys.ENTER);
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
        .until(d -> d.getCurrentUrl().contains("%E5%85%AC%E4%BA%A4"));
    assertNoViolations(page);
  }

  /** The check can fail: content the policy forbids is reported by the listener and in the console. */
  @Test
  void forbiddenContentIsReported() {
    open(SEED, 1280);
    browser.js("""
        const script = document.createElement('script');
        script.textContent = 'window.gkInline = true';
        document.body.append(script);
        const style = document.createElement('style');
        style.textContent = 'body { color: red }';
        document.head.append(style);
        const img = document.createElement('img');
        img.src = 'https://third-party.example/pixel.png';
        document.body.append(img);
        """);
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) browser.driver().executeAsyncScript(VIOLATIONS);
    assertThat(violations).as("reported violations").hasSize(3)
        .anyMatch(v -> v.startsWith("script-src-elem blocked inline"))
        .anyMatch(v -> v.startsWith("style-src-elem blocked inline"))
        .anyMatch(v -> v.startsWith("img-src blocked https://third-party.example/pixel.png"));
    assertThat(browser.js("return window.gkInline === undefined")).as("the inline script did not run").isEqualTo(true);
    assertThat(cspConsoleMessages()).as("console messages about the policy").hasSizeGreaterThanOrEqualTo(3);
  }

  private static void click(String selector) {
    browser.driver().findElement(By.cssSelector(selector)).click();
  }

  @SuppressWarnings("unchecked")
  private static void assertNoViolations(String page) {
    List<String> violations = (List<String>) browser.driver().executeAsyncScript(VIOLATIONS);
    assertThat(violations).as("Content-Security-Policy violations on /jtj/%s", page).isEmpty();
    assertThat(cspConsoleMessages()).as("console messages about the policy on /jtj/%s", page).isEmpty();
  }

  private static List<String> cspConsoleMessages() {
    return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
        .toList();
  }
}
