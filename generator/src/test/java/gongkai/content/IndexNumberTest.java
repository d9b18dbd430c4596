package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.problem.Language;
import gongkai.problem.MessageCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndexNumberTest {
  private static final MessageCatalogue EN = MessageCatalogue.of(Language.EN);

  @Test
  void validIndexNumberIsParsedIntoItsParts() {
    IndexNumber number = IndexNumber.parse("113715020044301982/2024-00001");

    assertThat(number).isEqualTo(new IndexNumber("113715020044301982", 2024, "00001"));
    assertThat(number.code()).isEqualTo("113715020044301982");
    assertThat(number.year()).isEqualTo(2024);
    assertThat(number.serial()).isEqualTo("00001");
    assertThat(number.toString()).isEqualTo("113715020044301982/2024-00001");
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertThat(IndexNumber.parse("  113715020044301982/2024-45222172 ").serial()).isEqualTo("45222172");
  }

  // The forms portals write: 中国政府网 (000014349/…), organisation codes with the hyphen of
  // GB 11714-1997 §2.2, serials of any width, a year-month part.
  @ParameterizedTest
  @CsvSource({
    "000014349/2017-00110, 000014349, 2017, 00110",
    "000014349/2019-000021, 000014349, 2019, 000021",
    "00824883-6/2024-29854, 00824883-6, 2024, 29854",
    "11440800MB2C000014/2021-1, 11440800MB2C000014, 2021, 1",
    "11440800MB2C000014/202110-00001, 11440800MB2C000014, 2021, 00001",
    "113715020044301982/2024-0000000000001, 113715020044301982, 2024, 0000000000001",
  })
  void indexNumbersAsPortalsWriteThemAreAccepted(String text, String code, int year, String serial) {
    IndexNumber number = IndexNumber.parse(text);

    assertThat(number.code()).isEqualTo(code);
    assertThat(number.year()).isEqualTo(year);
    assertThat(number.serial()).isEqualTo(serial);
    assertThat(number).hasToString(text);
  }

  // GB 32100-2015 §5: check = 31 − (Σ value × 3^(i−1) mod 31) mod 31, written in the code alphabet.
  @ParameterizedTest
  @ValueSource(strings = {"113715020044301982", "91350100M000100Y43", "11440800MB2C000014"})
  void checkCharacterFollowingGb32100IsAccepted(String code) {
    assertThat(IndexCheck.GB32100.mistake(code)).isNull();
    assertThat(IndexCheck.NATIONAL.mistake(code)).isNull();
  }

  // GB 11714-1997 §2.1.2: C9 = 11 − MOD(Σ Ci × Wi, 11), W = 3, 7, 9, 10, 5, 8, 4, 2; 10 → X, 11 → 0.
  @ParameterizedTest
  @ValueSource(strings = {"000014349", "00824883-6", "008248836", "12345678-8", "D2143569-X", "00000000-0"})
  void checkCharacterFollowingGb11714IsAccepted(String code) {
    assertThat(IndexCheck.GB11714.mistake(code)).isNull();
    assertThat(IndexCheck.NATIONAL.mistake(code)).isNull();
  }

  @Test
  void gb11714ValuesLettersFromTenAndWritesTenAsX() {
    // D=13: 13×3 + 2×7 + 1×9 + 4×10 + 3×5 + 5×8 + 6×4 + 9×2 = 199; 199 mod 11 = 1; 11 − 1 = 10 → X.
    assertThat(CheckCharacter.gb11714("D2143569")).isEqualTo('X');
    // 0 mod 11 = 0; 11 − 0 = 11 → 0.
    assertThat(CheckCharacter.gb11714("00000000")).isEqualTo('0');
  }

  @ParameterizedTest
  @CsvSource({"113715020044301983, 3, 2", "113715020044301980, 0, 2", "91350100M000100Y4X, X, 3", "91350100M000100Y44, 4, 3"})
  void changedCheckCharacterIsRejectedWithTheExpectedOne(String code, char given, char expected) {
    assertThatThrownBy(() -> IndexNumber.parse(code + "/2024-00001"))
        .isInstanceOf(InvalidValue.class)
        .hasMessage(
            "credit code '" + code + "' has check character '" + given + "' but GB 32100-2015 gives '" + expected
                + "' (a typing error?)");
  }

  @Test
  void wrongCreditCheckCharacterIsFixedWithThisReportsOwnNumber() {
    InvalidValue e = invalid(() -> IndexNumber.parse("11440800MB2C000015/2021-00001"));

    assertThat(e).hasMessage("credit code '11440800MB2C000015' has check character '5' but GB 32100-2015 gives '4' (a typing error?)");
    assertThat(EN.format(e.fix())).isEqualTo("write it as 11440800MB2C000014/2021-00001");
  }

  @Test
  void checkCharacterProblemReadsInChinese() {
    MessageCatalogue zh = MessageCatalogue.of(Language.ZH_CN);
    InvalidValue e = invalid(() -> IndexNumber.parse("00824883-5/2024-29854"));

    assertThat(zh.format(e.message())).isEqualTo("组织机构代码“00824883-5”的校验码是“5”，按 GB 11714-1997 应为“6”（是否输错？）");
    assertThat(zh.format(e.fix())).isEqualTo("改为 00824883-6/2024-29854");
  }

  @Test
  void wrongOrganisationCheckCharacterIsFixedKeepingTheHyphen() {
    InvalidValue e = invalid(() -> IndexNumber.parse("00824883-5/2024-29854"));

    assertThat(e).hasMessage("organisation code '00824883-5' has check character '5' but GB 11714-1997 gives '6' (a typing error?)");
    assertThat(EN.format(e.fix())).isEqualTo("write it as 00824883-6/2024-29854");
  }

  @Test
  void wrongOrganisationCheckCharacterWithoutHyphenIsFixedWithoutOne() {
    InvalidValue e = invalid(() -> IndexNumber.parse("000014340/2017-00110"));

    assertThat(EN.format(e.fix())).isEqualTo("write it as 000014349/2017-00110");
  }

  @Test
  void swappedDigitsAreCaught() {
    assertThatThrownBy(() -> IndexNumber.parse("117315020044301982/2024-00001"))
        .hasMessage("credit code '117315020044301982' has check character '2' but GB 32100-2015 gives 'C' (a typing error?)");
  }

  // GB 32100-2015 §4: I, O, Z, S and V are never used, so they cannot be mistaken for 1, 0, 2, 5 and U.
  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
  void lettersOutsideTheCodeAlphabetAreRejected(char letter) {
    String code = "1" + letter + "3715020044301982";

    InvalidValue e = invalid(() -> IndexNumber.parse(code + "/2024-00001"));
    assertThat(e).hasMessage("credit code '" + code + "' contains '" + letter + "', which GB 32100-2015 does not use");
    assertThat(e.fix().isNone()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "113715020044301982",
        "11371502004430198/2024-00001",
        "1137150200443019821/2024-00001",
        "113715020044301982/24-00001",
        "113715020044301982/2024-",
        "113715020044301982/202413-00001",
        "113715020044301982/2024/00001",
        "113715020044301982-2024-00001",
        "113715020044301982／2024-00001",
        "113715020044301982 / 2024-00001",
        "91350100m000100y43/2024-00001",
        "113715020044301982/2024-0001a",
        "0082488-36/2024-1",
      })
  void indexNumberOfTheWrongFormIsRejected(String text) {
    assertThatThrownBy(() -> IndexNumber.parse(text))
        .isInstanceOf(InvalidValue.class)
        .hasMessage("索引号 '" + text + "' is not of the form <code>/<year>-<serial>, the code an 18-character unified"
            + " social credit code or a 9-character organisation code");
  }

  @Test
  void constructorChecksTheCodeToo() {
    assertThatThrownBy(() -> new IndexNumber("11371502004430198", 2024, "1"))
        .hasMessage("code '11371502004430198' is neither an 18-character unified social credit code nor a 9-character organisation code");
  }

  @Test
  void partsAreReplacedInTheNumbersOwnForm() {
    IndexNumber number = IndexNumber.parse("00824883-6/202110-029");

    assertThat(number.withYear(2025).withMonth(3).withSerial("1234")).hasToString("00824883-6/202503-1234");
    assertThat(number.withCode("000014349")).hasToString("000014349/202110-029");
  }

  @Test
  void aDeclaredSchemeReadsItsOwnGroupsWithoutACheck() {
    IndexScheme region = new IndexScheme("(?<code>[0-9]{10})/(?<year>[0-9]{4})-(?<serial>[0-9]+)", IndexCheck.NONE);

    IndexNumber number = region.parse("6107280000/2024-001005");

    assertThat(number.code()).isEqualTo("6107280000");
    assertThat(number.year()).isEqualTo(2024);
    assertThat(number.serial()).isEqualTo("001005");
    assertThatThrownBy(() -> region.parse("610728000/2024-001005"))
        .hasMessage("索引号 '610728000/2024-001005' is not of the form index_scheme in site.yaml declares");
  }

  @Test
  void aDeclaredSchemeWithACheckVerifiesTheCodeGroup() {
    IndexScheme prefixed = new IndexScheme("GK-(?<code>[0-9A-Z]{8}-[0-9X])-(?<year>[0-9]{4})-(?<serial>[0-9]+)", IndexCheck.GB11714);

    assertThat(prefixed.parse("GK-00824883-6-2024-7").serial()).isEqualTo("7");
    InvalidValue e = invalid(() -> prefixed.parse("GK-00824883-7-2024-7"));
    assertThat(EN.format(e.fix())).isEqualTo("write it as GK-00824883-6-2024-7");
  }

  @Test
  void aSchemeWithoutYearHasNoYear() {
    IndexScheme plain = new IndexScheme("DCF-(?<serial>[0-9]+)", IndexCheck.NONE);

    IndexNumber number = plain.parse("DCF-0042");
    assertThat(number.hasYear()).isFalse();
    assertThat(number.code()).isEmpty();
    assertThat(number.withSerial("0043")).hasToString("DCF-0043");
  }

  @Test
  void declaredSchemesAreCheckedForTheirGroups() {
    assertThat(IndexScheme.mistake("(?<code>\\d{10})/(?<year>\\d{4})-(?<serial>\\d+)", IndexCheck.NONE)).isNull();
    assertThat(EN.format(IndexScheme.mistake("(?<code>\\d{10})/(?<nian>\\d{4})-(?<serial>\\d+)", IndexCheck.NONE)))
        .isEqualTo("index_scheme pattern names a group 'nian'; the groups are code, year, month and serial");
    assertThat(EN.format(IndexScheme.mistake("(?<code>\\d{10})/\\d{4}-\\d+", IndexCheck.NONE)))
        .isEqualTo("index_scheme pattern has no group (?<serial>…) for the serial");
    assertThat(EN.format(IndexScheme.mistake("\\d{10}/\\d{4}-(?<serial>\\d+)", IndexCheck.GB32100)))
        .isEqualTo("index_scheme pattern has no group (?<code>…) for check gb32100 to verify");
    assertThat(EN.format(IndexScheme.mistake("(?<serial>\\d+", IndexCheck.NONE))).startsWith("index_scheme pattern '(?<serial>\\d+' is not a regular expression");
  }

  @Test
  void jsonSchemaPatternIsAnchoredWithoutGroupNames() {
    IndexScheme region = new IndexScheme("(?<code>[0-9]{10})/(?<year>[0-9]{4})-(?<serial>[0-9]+)", IndexCheck.NONE);

    assertThat(region.jsonSchemaPattern()).isEqualTo("^(?:([0-9]{10})/([0-9]{4})-([0-9]+))$");
  }

  private static InvalidValue invalid(Runnable parse) {
    try {
      parse.run();
    } catch (InvalidValue e) {
      return e;
    }
    throw new AssertionError("no InvalidValue");
  }
}
