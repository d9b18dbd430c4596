package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.BuildProgress.Stage;
import gongkai.problem.Language;
import gongkai.problem.MessageCatalogue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  private final StringWriter text = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();
  private final TerminalProgress progress =
      new TerminalProgress(new PrintWriter(text), MessageCatalogue.of(Language.EN), "public/", nanos::get);

  @Test
  void buildShorterThanASecondShowsNothing() {
    nanos.set(900_000_000L);
    progress.update(Stage.RENDERING, 5, 10);
    progress.clear();

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void longBuildRewritesOneLineAndClearsItBeforeTheSummary() {
    nanos.set(1_200_000_000L);
    progress.update(Stage.RENDERING, 1234, 20000);
    nanos.set(1_250_000_000L);
    progress.update(Stage.RENDERING, 1300, 20000); // within a tenth of a second: skipped
    nanos.set(1_400_000_000L);
    progress.update(Stage.WRITING, 0, 0);
    progress.clear();

    assertThat(text.toString())
        .isEqualTo("\rRendering pages 1,234/20,000" + "\rWriting public/…" + " ".repeat(12) + "\r" + " ".repeat(16) + "\r");
  }

  @Test
  void inChineseALineIsClearedByTheColumnsItTakes() {
    StringWriter chinese = new StringWriter();
    TerminalProgress zh = new TerminalProgress(new PrintWriter(chinese), MessageCatalogue.of(Language.ZH_CN), "public/", nanos::get);
    nanos.set(1_200_000_000L);
    zh.update(Stage.RENDERING, 1234, 20000);
    zh.clear();

    // 正在生成页面 is six characters of two columns each, then " 1,234/20,000".
    assertThat(chinese.toString()).isEqualTo("\r正在生成页面 1,234/20,000" + "\r" + " ".repeat(25) + "\r");
  }
}
