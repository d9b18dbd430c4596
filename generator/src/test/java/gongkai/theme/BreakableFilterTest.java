package gongkai.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreakableFilterTest {
  @Test
  void codeBreaksOnlyAfterItsSeparators() {
    assertThat(BreakableFilter.markup("11110000000000000X/2024-00001"))
        .isEqualTo("<span class=\"code-part\">11110000000000000X/</span><wbr>"
            + "<span class=\"code-part\">2024-</span><wbr><span class=\"code-part\">00001</span>");
  }

  @Test
  void codeWithoutSeparatorIsOnePartAndEscaped() {
    assertThat(BreakableFilter.markup("东交发〔2024〕3号<")).isEqualTo("<span class=\"code-part\">东交发〔2024〕3号&lt;</span>");
  }
}
