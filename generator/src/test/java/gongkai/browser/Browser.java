package gongkai.browser;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * One headless Debian Chromium driven by the matching ChromeDriver. Nothing is downloaded: both
 * paths are given explicitly, so Selenium Manager never runs (CI has no internet access).
 */
final class Browser implements AutoCloseable {
  static final String PACKAGES = "chromium chromium-driver";

  // Selenium looks for CDP bindings matching Chromium's version when the driver starts. We only use
  // executeCdpCommand, which needs none, so its "Unable to find CDP implementation" warnings are noise.
  private static final List<Logger> QUIET = List.of(
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
      Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  static {
    QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final List<String> scriptsBeforePages = new ArrayList<>();
  private boolean overridden;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium with a fresh profile and the given window size, or skips/fails the tests (see {@link #requireInstalled}). */
  static Browser start(int windowWidth, int windowHeight) {
    Path chromium = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver"));
    requireInstalled(chromium, chromedriver, "true".equals(System.getenv("CI")));
    System.setProperty("webdriver.chrome.driver", chromedriver.toString());
    Path profile;
    try {
      profile = Files.createTempDirectory("gongkai-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", "--force-device-scale-factor=1",
        "--user-data-dir=" + profile, "--window-size=" + windowWidth + "," + windowHeight);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver.toString()))
        .usingAnyFreePort()
        .withLogOutput(OutputStream.nullOutputStream())
        .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  /**
   * The one place that decides what happens without a browser: on CI ({@code CI=true}) the build
   * fails, because silently skipped accessibility tests would let regressions through; on a
   * developer's machine the tests are skipped with a banner nobody can miss.
   */
  static void requireInstalled(Path chromium, Path chromedriver, boolean onCi) {
    List<String> missing = new ArrayList<>();
    for (Path path : List.of(chromium, chromedriver)) {
      if (!Files.isExecutable(path)) {
        missing.add(path.toString());
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String why = "Chromium not found (missing " + String.join(", ", missing) + "). Install the Debian packages "
        + PACKAGES + " (apt-get install " + PACKAGES + "), or point -Dgongkai.chromium and "
        + "-Dgongkai.chromedriver at a Chromium and its matching ChromeDriver.";
    if (onCi) {
      Assertions.fail("Browser tests cannot run on CI: " + why);
    }
    String rule = "!".repeat(78);
    System.err.println(String.join(System.lineSeparator(), "", rule,
        "!!  BROWSER TESTS SKIPPED: Chromium not found",
        "!!  missing: " + String.join(", ", missing),
        "!!  install chromium chromium-driver:  sudo apt-get install " + PACKAGES,
        "!!  (accessibility, reflow, focus and target-size checks did NOT run)", rule, ""));
    Assumptions.abort("BROWSER TESTS SKIPPED: " + why);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens a page and waits for its load event (ChromeDriver's default page-load strategy). */
  void open(String url) {
    driver.get(url);
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  long jsLong(String script, Object... args) {
    return ((Number) js(script, args)).longValue();
  }

  /**
   * Sets the viewport (not the window, which in headless Chromium differs from it) to exact CSS
   * pixels, at device scale 1 and without mobile emulation, so the page can never zoom out to
   * hide an overflow. Stays in force for later pages of the same tab.
   */
  void viewport(int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    long actual = jsLong("return window.innerWidth");
    if (actual != width) {
      throw new IllegalStateException("asked for a " + width + " px viewport, got window.innerWidth = " + actual);
    }
  }

  void pressTab() {
    new Actions(driver).sendKeys(Keys.TAB).perform();
  }

  void pressEnter() {
    new Actions(driver).sendKeys(Keys.ENTER).perform();
  }

  void pressSpace() {
    new Actions(driver).sendKeys(Keys.SPACE).perform();
  }

  void reload() {
    driver.navigate().refresh();
  }

  /** A Chrome DevTools Protocol command (no event listening needed, so no CDP bindings either). */
  Map<String, Object> cdp(String command, Map<String, Object> parameters) {
    return driver.executeCdpCommand(command, parameters);
  }

  /**
   * Runs {@code script} in every page opened or reloaded from now on, before any of the page's own
   * markup is parsed, until {@link #undoOverrides}: the only way to watch what happens during load.
   */
  void runBeforeEveryPage(String script) {
    Map<String, Object> added = cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    scriptsBeforePages.add((String) added.get("identifier"));
  }

  /** Requests whose URL matches a pattern ({@code *} is a wildcard) fail as if the network were down. */
  void blockUrls(String... patterns) {
    overridden = true;
    cdp("Network.enable", Map.of());
    cdp("Network.setBlockedURLs", Map.of("urls", List.of(patterns)));
  }

  /** Emulates CSS media features such as {@code prefers-reduced-motion: reduce} for the pages that follow. */
  void emulateMedia(Map<String, String> features) {
    overridden = true;
    List<Map<String, String>> list = features.entrySet().stream()
        .map(f -> Map.of("name", f.getKey(), "value", f.getValue())).toList();
    cdp("Emulation.setEmulatedMedia", Map.of("features", list));
  }

  /** Turns the pages' own JavaScript off (as a reader's browser setting does); WebDriver's scripts still run. */
  void disableJavaScript() {
    overridden = true;
    cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
  }

  /** Turns the pages' JavaScript back on; the page already loaded stays as it was built without it. */
  void enableJavaScript() {
    cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
  }

  /** Forgets whatever the pages of {@code origin} stored (localStorage), as a new reader's browser would. */
  void clearStorage(String origin) {
    cdp("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "local_storage"));
  }

  /** Undoes {@link #runBeforeEveryPage}, {@link #blockUrls}, {@link #emulateMedia} and {@link #disableJavaScript}. */
  void undoOverrides() {
    for (String id : scriptsBeforePages) {
      cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }
    scriptsBeforePages.clear();
    if (overridden) {
      cdp("Network.setBlockedURLs", Map.of("urls", List.of()));
      cdp("Network.disable", Map.of());
      cdp("Emulation.setEmulatedMedia", Map.of("features", List.of()));
      cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
      overridden = false;
    }
  }

  /**
   * A PNG of the whole page at the current viewport width. The viewport is made as tall as the page
   * first (until the height settles: without a vertical scrollbar the text reflows a little wider),
   * so the picture shows exactly the layout that was measured; then the old height is restored.
   */
  byte[] fullPageScreenshot() {
    int width = (int) jsLong("return window.innerWidth");
    int screenHeight = (int) jsLong("return window.innerHeight");
    int height = screenHeight;
    for (int i = 0; i < 5; i++) {
      int page = (int) jsLong("return Math.ceil(document.documentElement.getBoundingClientRect().height)");
      if (page == height) {
        break;
      }
      height = page;
      viewport(width, height);
    }
    try {
      Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
      return Base64.getDecoder().decode((String) result.get("data"));
    } finally {
      viewport(width, screenHeight);
    }
  }

  /**
   * The current page as Chromium prints it (WebDriver "Print Page"): A4 and no background
   * graphics, like a reader's default print settings. Not shrink-to-fit, so Chromium takes the
   * page size and margins from the stylesheet's {@code @page} rule, as its print dialog does.
   */
  byte[] printToPdf() {
    PrintOptions options = new PrintOptions();
    options.setPageSize(PageSize.ISO_A4);
    options.setBackground(false);
    options.setShrinkToFit(false);
    Pdf pdf = ((PrintsPage) driver).print(options);
    return Base64.getDecoder().decode(pdf.getContent());
  }

  /** Lays the page out with {@code @media print} rules (or, with {@code false}, screen again) to measure it. */
  void emulatePrintMedia(boolean print) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp profile is harmless.
    }
  }
}
