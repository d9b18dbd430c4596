package gongkai.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hash128Test {
  @Test
  void sameStringsGiveTheSameHash() {
    assertThat(new Hash128().add("政府信息公开").add("2024").hex()).isEqualTo(new Hash128().add("政府信息公开").add("2024").hex());
  }

  @Test
  void hashIsThirtyTwoHexDigits() {
    assertThat(Hash128.of("")).matches("[0-9a-f]{32}");
    assertThat(Hash128.of("索引号")).matches("[0-9a-f]{32}");
  }

  @Test
  void whereOneStringEndsAndTheNextBeginsCounts() {
    assertThat(new Hash128().add("ab").add("c").hex())
        .isNotEqualTo(new Hash128().add("a").add("bc").hex())
        .isNotEqualTo(new Hash128().add("abc").hex())
        .isNotEqualTo(new Hash128().add("abc").add("").hex());
  }

  @Test
  void everyChangedCodeUnitChangesTheHash() {
    // A body of a typical report's length, changed one code unit at a time at every position,
    // across block boundaries and in both bytes of a unit.
    String base = "一、总体要求。".repeat(300) + "abc";
    Set<String> hashes = new HashSet<>();
    hashes.add(Hash128.of(base));
    for (int i = 0; i < base.length(); i++) {
      char[] chars = base.toCharArray();
      chars[i] ^= (i % 2 == 0) ? 0x0001 : 0x0100;
      hashes.add(Hash128.of(new String(chars)));
    }
    assertThat(hashes).hasSize(base.length() + 1);
  }

  @Test
  void numbersAreHashedByValue() {
    assertThat(new Hash128().add(1L).hex()).isNotEqualTo(new Hash128().add(2L).hex()).isNotEqualTo(new Hash128().add(1L << 40).hex());
  }
}
