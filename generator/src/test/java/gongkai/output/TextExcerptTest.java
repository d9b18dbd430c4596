package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void markupIsDroppedAndWhitespaceCollapsed() {
    assertThat(TextExcerpt.of("<h2 id=\"a\">一、总体情况</h2>\n<p>今年　我局\n  <strong>依法</strong>&amp;公开。</p>"))
        .isEqualTo("一、总体情况 今年 我局 依法&公开。");
  }

  @Test
  void excerptCutsAtTheLimitAndSaysSo() {
    assertThat(TextExcerpt.excerpt("<p>一二三四五六</p>", 4)).isEqualTo("一二三四…");
    assertThat(TextExcerpt.excerpt("<p>一二三四</p>", 4)).isEqualTo("一二三四");
  }

  @Test
  void excerptNeverSplitsACharacterOutsideTheBasicPlane() {
    // 𠀀 (U+20000) is two UTF-16 units; counting units would cut it in half.
    assertThat(TextExcerpt.excerpt("<p>𠀀𠀀𠀀</p>", 2)).isEqualTo("𠀀𠀀…");
  }
}
