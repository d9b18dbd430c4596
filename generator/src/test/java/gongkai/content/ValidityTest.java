package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidityTest {
  @Test
  void portalTermsParseAndOthersAreRejectedNamingTheAllowedValues() {
    assertThat(Validity.parse("有效")).isEqualTo(Validity.IN_FORCE);
    assertThat(Validity.parse("失效")).isEqualTo(Validity.EXPIRED);
    assertThat(Validity.parse("废止")).isEqualTo(Validity.REPEALED);
    assertThat(Validity.parse("已修改")).isEqualTo(Validity.AMENDED);
    assertThatThrownBy(() -> Validity.parse("作废")).hasMessage("validity '作废' is not one of 有效, 失效, 废止, 已修改");
  }

  @Test
  void nearestAllowedValueIsSuggestedForCommonMistakes() {
    assertThat(Validity.nearest("已废止")).isEqualTo(Validity.REPEALED);
    assertThat(Validity.nearest("已失效")).isEqualTo(Validity.EXPIRED);
    assertThat(Validity.nearest("现行有效")).isEqualTo(Validity.IN_FORCE);
    assertThat(Validity.nearest("修改")).isEqualTo(Validity.AMENDED);
  }

  @Test
  void onlyInForceAndAmendedDocumentsAreInForce() {
    assertThat(Validity.IN_FORCE.inForce()).isTrue();
    assertThat(Validity.AMENDED.inForce()).isTrue();
    assertThat(Validity.EXPIRED.inForce()).isFalse();
    assertThat(Validity.REPEALED.inForce()).isFalse();
  }
}
