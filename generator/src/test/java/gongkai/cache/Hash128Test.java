package gongkai.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hash128Test {
  /**
   * Known answers, computed by an implementation written apart from this one (MurmurHash3 x64-128's
   * block mixing and finalisation over UTF-16 code units, each string followed by its length as two
   * units, the seeds given in {@link Hash128}), so a change to the mixing, the padding or the length
   * suffix shows here, not only as a changed cache key.
   */
  @Test
  void knownAnswers() {
    assertThat(Hash128.of("")).isEqualTo("5b017ee12a4d1e5e31de6f724ad738fe");
    assertThat(Hash128.of("a")).isEqualTo("5b8b47890dfe72b81687d3b51ce4f446");
    assertThat(Hash128.of("政府信息公开")).isEqualTo("d5056b8f569683a1c71127665b5dd68c");
    assertThat(new Hash128().add("政府信息公开").add("2024").hex()).isEqualTo("ef125fb19ee1f78a266ded1e8d770d8e");
    assertThat(Hash128.of("abcdefgh")).isEqualTo("7bf0ca7af20e28da0cf1f12aac5e8315"); // one full block, then the length
    assertThat(Hash128.of("一、总体要求。".repeat(40))).isEqualTo("8b53789978c9f0ac8f7358c857a6fa4b");
    assertThat(Hash128.of("\uD83D\uDE00")).isEqualTo("536343426443f48050a961ed71da0400"); // a surrogate pair: two units
  }

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
