package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFileTest {
  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "../x", "a/../b", "a/..", "..", "/abs", "/", "a/./b", "./a", "a/.", ".", "a\\b", "..\\x", "gkml/"})
  void unsafePathsAreRejected(String path) {
    assertThatThrownBy(() -> new OutputFile(path, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a safe relative file path: " + path);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"index.html", "care/gkml/2024/a/index.html", "xxgk/2024/年度报告/index.html", ".gongkai-output", "a..b/c", "...", "a/.well-known"})
  void relativeFilePathsAreAccepted(String path) {
    assertThat(new OutputFile(path, new byte[] {1}).path()).isEqualTo(path);
  }

  @Test
  void textIsEncodedAsUtf8() {
    assertThat(OutputFile.text("a.html", "年 é").bytes())
        .containsExactly(0xE5 - 256, 0xB9 - 256, 0xB4 - 256, ' ', 0xC3 - 256, 0xA9 - 256);
  }
}
