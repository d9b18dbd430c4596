package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests fail on CI and are skipped, loudly, elsewhere. */
class BrowserAvailabilityTest {
  static final Path MISSING = Path.of("/nonexistent/chromium");
  static final Path MISSING_DRIVER = Path.of("/nonexistent/chromedriver");

  @Test
  void installedChromiumIsAccepted() {
    Path executable = Path.of("/bin/sh"); // any executable file stands in for both
    assertThatCode(() -> Browser.requireInstalled(executable, executable, true)).doesNotThrowAnyException();
  }

  @Test
  void missingChromiumFailsOnCiNamingTheDebianPackages() {
    assertThatThrownBy(() -> Browser.requireInstalled(MISSING, MISSING_DRIVER, true))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("chromium chromium-driver")
        .hasMessageContaining("/nonexistent/chromium");
  }

  @Test
  void missingChromiumSkipsTheTestsOffCi() {
    assertThatThrownBy(() -> Browser.requireInstalled(MISSING, MISSING_DRIVER, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageStartingWith("BROWSER TESTS SKIPPED: Chromium not found")
        .hasMessageContaining("chromium chromium-driver");
  }
}
