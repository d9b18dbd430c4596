package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndexNumberTest {
  @Test
  void validIndexNumberIsParsedIntoItsParts() {
    IndexNumber number = IndexNumber.parse("113715020044301982/2024-00001");

    assertThat(number).isEqualTo(new IndexNumber("113715020044301982", 2024, "00001"));
    assertThat(number.toString()).isEqualTo("113715020044301982/2024-00001");
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertThat(IndexNumber.parse("  113715020044301982/2024-45222172 ").serial()).isEqualTo("45222172");
  }

  // GB 32100-2015 §5: check = 31 − (Σ value × 3^(i−1) mod 31) mod 31, written in the code alphabet.
  @ParameterizedTest
  @ValueSource(strings = {"113715020044301982", "91350100M000100Y43"})
  void checkCharacterFollowingGb32100IsAccepted(String code) {
    assertThat(IndexNumber.checkCharacterProblem(code)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"113715020044301983, 3, 2", "113715020044301980, 0, 2", "91350100M000100Y4X, X, 3", "91350100M000100Y44, 4, 3"})
  void changedCheckCharacterIsRejectedWithTheExpectedOne(String code, char given, char expected) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IndexNumber.parse(code + "/2024-00001"))
        .withMessage(
            "credit code '" + code + "' has check character '" + given + "' but GB 32100-2015 gives '" + expected
                + "' (a typing error?)");
  }

  @Test
  void swappedDigitsAreCaught() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IndexNumber.parse("117315020044301982/2024-00001"))
        .withMessage("credit code '117315020044301982' has check character '2' but GB 32100-2015 gives 'C' (a typing error?)");
  }

  // GB 32100-2015 §4: I, O, Z, S and V are never used, so they cannot be mistaken for 1, 0, 2, 5 and U.
  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
  void lettersOutsideTheCodeAlphabetAreRejected(char letter) {
    String code = "1" + letter + "3715020044301982";

    assertThatIllegalArgumentException()
        .isThrownBy(() -> IndexNumber.parse(code + "/2024-00001"))
        .withMessage("credit code '" + code + "' contains '" + letter + "', which GB 32100-2015 does not use");
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
        "113715020044301982/2024-0000000000001",
        "113715020044301982/2024/00001",
        "113715020044301982-2024-00001",
        "113715020044301982／2024-00001",
        "113715020044301982 / 2024-00001",
        "91350100m000100y43/2024-00001",
        "113715020044301982/2024-0001a",
      })
  void indexNumberOfTheWrongFormIsRejected(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IndexNumber.parse(text))
        .withMessage("索引号 '" + text + "' is not of the form <18-character credit code>/<year>-<serial>");
  }

  @Test
  void constructorChecksTheCreditCodeToo() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new IndexNumber("11371502004430198", 2024, "1"))
        .withMessage("credit code '11371502004430198' must have 18 characters");
  }
}
