package gongkai.search;

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

  // The fast tokenizer reads known characters without NFKC: it must give exactly the terms the
  // reference (NFKC of every text) gives.

  private static void assertSameTermsAsReference(String text) {
    assertThat(SearchTokenizer.indexTerms(text)).as("index terms of %s", codes(text))
        .containsExactlyElementsOf(ReferenceTokenizer.indexTerms(text));
    assertThat(SearchTokenizer.queryTerms(text)).as("query terms of %s", codes(text))
        .containsExactlyElementsOf(ReferenceTokenizer.queryTerms(text));
  }

  private static String codes(String text) {
    return text.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
  }

  @Test
  void everyKnownCharacterGivesTheReferenceTermsBetweenLettersDigitsAndHan() {
    int known = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (SearchTokenizer.Forms.KIND[c] == 0) {
        continue;
      }
      known++;
      String ch = String.valueOf((char) c);
      for (String text : new String[] {ch, "a" + ch + "b", "Z" + ch + ch + "9", "中" + ch + "文", "中" + ch, ch + "ｅ"}) {
        String expectedIndex = ReferenceTokenizer.indexTerms(text).toString();
        if (!SearchTokenizer.indexTerms(text).toString().equals(expectedIndex)
            || !SearchTokenizer.queryTerms(text).toString().equals(ReferenceTokenizer.queryTerms(text).toString())) {
          assertSameTermsAsReference(text); // fails with the details
        }
      }
    }
    assertThat(known).as("ASCII, CJK and the punctuation Chinese uses are known").isGreaterThan(27_000);
  }

  @Test
  void chinesePunctuationAndFullWidthFormsAreKnownSoTypicalTextSkipsNormalising() {
    assertThat(SearchTokenizer.Forms.covers("关于做好2024年春运工作的通知：（一）“十四五”、《规划》【示例】——１２３ＡＢ，。！？…　·"))
        .isTrue();
    assertThat(SearchTokenizer.Forms.covers("①")).as("circled digits are 1 after NFKC").isFalse();
    assertThat(SearchTokenizer.Forms.covers("e\u0301")).as("a combining mark composes").isFalse();
    assertThat(SearchTokenizer.Forms.covers("𠀀")).as("outside the Basic Plane").isFalse();
  }

  @Test
  void everyCjkUnifiedIdeographIsItsOwnNfkcForm() {
    StringBuilder all = new StringBuilder();
    for (int c = 0x3400; c <= 0x4DBF; c++) {
      all.append((char) c).append(' ');
    }
    for (int c = 0x4E00; c <= 0x9FFF; c++) {
      all.append((char) c).append(' ');
    }
    assertThat(java.text.Normalizer.normalize(all, java.text.Normalizer.Form.NFKC)).isEqualTo(all.toString());
  }

  @Test
  void randomTextsOfKnownAndUnknownCharactersGiveTheReferenceTerms() {
    String pool = "政务公开交通运输局年的 \t\nAaZz09，。、；：？！“”‘’（）《》【】〔〕—…·　"
        + "０１９ＡＺａｚ＃％﹏～￥￣ªº²¹ⅫⅯ①⑳㈠㊀㎏℃№™ﬁ\u00A8\u309B\u3099\u0301\u302A\u3131\u314F\uFFA1\uFFC2"
        + "\u2F00\u2F08\uF900\uFA0E\u200B\u200D\u2028\u00A0\u00AD\uD840\uDC00\uD83D\uDE00é";
    int[] cps = pool.codePoints().toArray();
    java.util.Random random = new java.util.Random(18004);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(cps[random.nextInt(cps.length)]);
      }
      assertSameTermsAsReference(text.toString());
    }
  }
}
