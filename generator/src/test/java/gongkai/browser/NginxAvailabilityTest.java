package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without nginx the hosting test fails on CI and is skipped, loudly, elsewhere. */
class NginxAvailabilityTest {
  static final Path MISSING = Path.of("/nonexistent/nginx");

  @Test
  void installedNginxIsAccepted() {
    assertThatCode(() -> Nginx.requireInstalled(Path.of("/bin/sh"), true)).doesNotThrowAnyException();
  }

  @Test
  void missingNginxFailsOnCiNamingTheDebianPackage() {
    assertThatThrownBy(() -> Nginx.requireInstalled(MISSING, true))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("apt-get install nginx")
        .hasMessageContaining("/nonexistent/nginx");
  }

  @Test
  void missingNginxSkipsTheTestOffCi() {
    assertThatThrownBy(() -> Nginx.requireInstalled(MISSING, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageStartingWith("NGINX HOSTING TEST SKIPPED: nginx not found");
  }
}
