package gongkai.content;

/**
 * The check characters of the two national codes a 索引号 starts with: the 18-character unified
 * social credit code (统一社会信用代码, GB 32100-2015) and the 9-character organisation code
 * (组织机构代码, GB 11714-1997).
 */
final class CheckCharacter {
  // GB 32100-2015 §4: the code alphabet omits I, O, Z, S and V.
  static final String GB32100_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  // GB 11714-1997 附录A (代码字符集): 0–9 are worth 0–9 and A–Z 10–35.
  static final String GB11714_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  // GB 11714-1997 §2.1.2: the weights W1…W8.
  private static final int[] GB11714_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private CheckCharacter() {}

  /**
   * The 18th character of a credit code from its first 17 (GB 32100-2015 §5: weights 3^(i−1) mod
   * 31, check = 31 − (sum mod 31), where 31 is written 0), or 0 when one of them is outside the
   * alphabet.
   */
  static char gb32100(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      int value = GB32100_ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        return 0;
      }
      sum += value * weight;
      weight = weight * 3 % 31;
    }
    return GB32100_ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * The 9th character of an organisation code from its 8-character 本体代码 (GB 11714-1997 §2.1.2:
   * C9 = 11 − MOD(Σ Ci × Wi, 11); 10 is written X and 11 is written 0), or 0 when one of them is
   * outside the 代码字符集.
   */
  static char gb11714(String body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int value = GB11714_ALPHABET.indexOf(body.charAt(i));
      if (value < 0) {
        return 0;
      }
      sum += value * GB11714_WEIGHTS[i];
    }
    int c9 = 11 - sum % 11;
    return c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9);
  }
}
