package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import gongkai.serve.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code gongkai serve} as an editor uses it: a page open in Chromium follows the report file as it
 * is saved, and a broken save shows its problems over the last good page, under the page's own
 * Content-Security-Policy.
 */
class ServeBrowserTest {
  /** Generous, for a rebuild on a busy machine: the test waits for the page, never for a fixed time. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String REPORT = "content/reports/2024/annual.md";

  private static Browser browser;

  @TempDir Path tmp;
  private Path site;
  private Preview preview;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start(1280, 900);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
    browser = null;
  }

  @BeforeEach
  void startPreview() {
    site = TestSites.assemble(TestSites.testResources().resolve("sites/english/content"), tmp.resolve("site"));
    PrintWriter log = new PrintWriter(new StringWriter(), true);
    preview = Preview.start(new Preview.Options(site, null, "127.0.0.1", 0, false), log, log);
    browser.runBeforeEveryPage(ContentSecurityPolicyBrowserTest.LISTEN);
    browser.open(preview.address() + "reports/2024/annual/");
    await("the reload script connected", "return !!window.gongkaiPreview && window.gongkaiPreview.events.readyState === EventSource.OPEN");
  }

  @AfterEach
  void stopPreview() {
    if (browser != null) {
      browser.undoOverrides();
    }
    if (preview != null) {
      preview.close();
    }
  }

  @Test
  void savingTheReportShowsTheNewTitleWithoutAManualReload() throws IOException {
    assertThat(browser.driver().getTitle()).startsWith("Annual report 2023");
    edit("title: Annual report 2023", "title: Annual report 2023, revised");
    await("the page shows the saved title", "return document.title.startsWith('Annual report 2023, revised')");
    assertNoPolicyViolations();
  }

  @Test
  void aBrokenSaveShowsAnAccessibleOverlayWithItsProblemAndFixingItRemovesIt() throws IOException {
    String good = Files.readString(site.resolve(REPORT));
    edit("date: 2024-01-15", "date: \"<b>2024-13-45</b>\"");
    await("the problems overlay", "return !!document.getElementById('gongkai-problems')");
    WebElement overlay = browser.driver().findElement(By.id("gongkai-problems"));
    assertThat(overlay.getAttribute("role")).isEqualTo("alert");
    assertThat(overlay.getAttribute("lang")).isEqualTo("en");
    assertThat(overlay.getText()).contains("content/reports/2024/annual.md:4:1: error: ").contains("<b>2024-13-45</b>");
    assertThat(overlay.findElements(By.tagName("b"))).as("problem text is escaped, not markup").isEmpty();
    assertThat(browser.driver().getTitle()).as("the last good page stays").startsWith("Annual report 2023");
    assertNoPolicyViolations();

    WebElement close = overlay.findElement(By.tagName("button"));
    close.sendKeys(Keys.ENTER); // reachable and operable from the keyboard (WCAG 2.1.1)
    assertThat(browser.driver().findElements(By.id("gongkai-problems"))).isEmpty();

    edit("date: \"<b>2024-13-45</b>\"", "date: 2024-01-16");
    await("the page reloaded with the fix", "return document.body.textContent.includes('2024-01-16')");
    assertThat(browser.driver().findElements(By.id("gongkai-problems"))).isEmpty();
    assertThat(Files.readString(site.resolve(REPORT))).isNotEqualTo(good);
  }

  private void edit(String from, String to) throws IOException {
    Path file = site.resolve(REPORT);
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  private static void await(String what, String condition) {
    new WebDriverWait(browser.driver(), TIMEOUT)
        .withMessage(what)
        .until(driver -> Boolean.TRUE.equals(browser.js(condition)));
  }

  @SuppressWarnings("unchecked")
  private static void assertNoPolicyViolations() {
    List<String> violations = (List<String>) browser.driver().executeAsyncScript(ContentSecurityPolicyBrowserTest.VIOLATIONS);
    assertThat(violations).as("Content-Security-Policy violations").isEmpty();
  }
}
