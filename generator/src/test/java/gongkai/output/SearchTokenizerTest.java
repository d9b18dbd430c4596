package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SearchTokenizerTest {
  @Test
  void hanRunIsIndexedByEveryCharacterAndEveryBigram() {
    assertThat(SearchTokenizer.indexTerms("政务公开"))
        .containsExactly("政", "政务", "务", "务公", "公", "公开", "开");
  }

  @Test
  void bodyTextGivesBigramsAndLoneCharactersOnly() {
    assertThat(SearchTokenizer.bodyTerms("敬请谅解。2024年")).containsExactly("敬请", "请谅", "谅解", "2024", "年");
  }

  @Test
  void queryOfOneHanCharacterIsThatCharacter() {
    assertThat(SearchTokenizer.queryTerms("路")).containsExactly("路");
  }

  @Test
  void longerHanQueryNeedsEachOfItsBigrams() {
    assertThat(SearchTokenizer.queryTerms("交通运输")).containsExactly("交通", "通运", "运输");
  }

  @Test
  void punctuationAndSpacesSeparateRunsSoNoBigramSpansThem() {
    assertThat(SearchTokenizer.indexTerms("交通，运输 规划")).doesNotContain("通运", "输规")
        .contains("交通", "运输", "规划");
  }

  @Test
  void latinWordsAndNumbersAreLowerCasedWords() {
    assertThat(SearchTokenizer.indexTerms("gongkai PDF 2024年")).containsExactly("gongkai", "pdf", "2024", "年");
  }

  @Test
  void lowerCasingIgnoresTheMachineLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      assertThat(SearchTokenizer.queryTerms("TITLE")).containsExactly("title");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void fullWidthDigitsAndLettersMatchTheirAsciiForms() {
    assertThat(SearchTokenizer.queryTerms("２０２４ＡＢ")).containsExactly("2024ab");
  }

  @Test
  void indexNumberIsFoundByItsCodeYearAndSerial() {
    assertThat(SearchTokenizer.indexTerms("113715020044301982/2024-45222172"))
        .containsExactly("113715020044301982", "2024", "45222172");
  }

  @Test
  void documentNumberIsFoundByItsPrefixYearAndNumber() {
    assertThat(SearchTokenizer.indexTerms("东交发〔2024〕3号"))
        .containsExactly("东", "东交", "交", "交发", "发", "2024", "3", "号");
    assertThat(SearchTokenizer.queryTerms("〔2024〕3号")).containsExactly("2024", "3", "号");
  }

  @Test
  void characterOutsideTheBasicPlaneIsOneCharacter() {
    assertThat(SearchTokenizer.indexTerms("𠀀路")).containsExactly("𠀀", "𠀀路", "路");
  }

  @Test
  void textWithoutHanOrWordsHasNoTerms() {
    assertThat(SearchTokenizer.queryTerms(" 、。！—— ")).isEmpty();
  }
}
