package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  private final StringWriter text = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();
  private final TerminalProgress progress = new TerminalProgress(new PrintWriter(text), nanos::get);

  @Test
  void buildShorterThanASecondShowsNothing() {
    nanos.set(900_000_000L);
    progress.update("Rendering pages", 5, 10);
    progress.clear();

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void longBuildRewritesOneLineAndClearsItBeforeTheSummary() {
    nanos.set(1_200_000_000L);
    progress.update("Rendering pages", 1234, 20000);
    nanos.set(1_250_000_000L);
    progress.update("Rendering pages", 1300, 20000); // within a tenth of a second: skipped
    nanos.set(1_400_000_000L);
    progress.update("Writing public/", 0, 0);
    progress.clear();

    assertThat(text.toString())
        .isEqualTo("\rRendering pages 1,234/20,000" + "\rWriting public/…" + " ".repeat(12) + "\r" + " ".repeat(16) + "\r");
  }
}
