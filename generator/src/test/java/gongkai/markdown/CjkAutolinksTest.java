package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CjkAutolinksTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"详", "〇", "𠀀", "。", "，", "、", "；", "：", "？", "！", "“", "”", "‘", "’", "（", "）", "《", "》", "【", "】", "—", "…", "\u3000", "あ", "한"})
  void cjkCharactersAndPunctuationEndABareAddress(String character) {
    assertThat(CjkAutolinks.isCjk(character.codePointAt(0))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a", "Z", "0", "/", "?", "#", "%", "&", "=", "-", "_", ".", "~", ":", "ü", "é"})
  void addressCharactersDoNotEndIt(String character) {
    assertThat(CjkAutolinks.isCjk(character.codePointAt(0))).isFalse();
  }
}
