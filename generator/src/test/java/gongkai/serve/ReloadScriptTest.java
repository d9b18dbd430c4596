package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReloadScriptTest {
  @Test
  void theTagGoesJustBeforeTheEndOfTheHead() {
    assertThat(ReloadScript.inject("<html><head><title>t</title></head><body>x</body></html>"))
        .isEqualTo("<html><head><title>t</title><script src=\"/__gongkai/reload.js\" defer></script></head><body>x</body></html>");
  }

  @Test
  void aPageWithoutAHeadEndGetsTheTagAtItsEnd() {
    assertThat(ReloadScript.inject("<p>x")).isEqualTo("<p>x<script src=\"/__gongkai/reload.js\" defer></script>");
  }

  @Test
  void theClientListensToTheEventsAndShowsProblemsAsTextInAnAlert() {
    String source = new String(ReloadScript.source(), StandardCharsets.UTF_8);
    assertThat(source).contains("new EventSource('" + ReloadScript.EVENTS + "')").contains("'" + ReloadScript.PROBLEMS + "'")
        .contains("'role', 'alert'").contains("textContent = problem").doesNotContain("innerHTML");
  }
}
