package gongkai.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 索引号 (disclosure index number): {@code <unified social credit code>/<year>-<serial>}, e.g.
 * {@code 113715020044301982/2024-45222172}.
 *
 * @param creditCode the publishing body's 18-character unified social credit code
 * @param year the year part
 * @param serial the serial part, digits as written
 */
public record IndexNumber(String creditCode, int year, String serial) {
  private static final Pattern FORM = Pattern.compile("([0-9A-Z]{18})/(\\d{4})-(\\d{1,12})");

  // GB 32100-2015 §4: the code alphabet omits I, O, Z, S and V.
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  public IndexNumber {
    String problem = checkCharacterProblem(creditCode);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException with a publisher-facing message when the form or the check
   *     character is wrong
   */
  public static IndexNumber parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "索引号 '" + text + "' is not of the form <18-character credit code>/<year>-<serial>");
    }
    return new IndexNumber(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
  }

  /**
   * Checks the 18th character of a unified social credit code (GB 32100-2015 §5: weights 3^(i−1)
   * mod 31, check = 31 − (sum mod 31), where 31 is written 0).
   *
   * @return null when valid, else the reason
   */
  static String checkCharacterProblem(String code) {
    if (code == null || code.length() != 18) {
      return "credit code '" + code + "' must have 18 characters";
    }
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(code.charAt(i));
      if (value < 0) {
        return "credit code '" + code + "' contains '" + code.charAt(i) + "', which GB 32100-2015 does not use";
      }
      sum += value * weight;
      weight = weight * 3 % 31;
    }
    char expected = ALPHABET.charAt((31 - sum % 31) % 31);
    if (code.charAt(17) != expected) {
      return "credit code '" + code + "' has check character '" + code.charAt(17)
          + "' but GB 32100-2015 gives '" + expected + "' (a typing error?)";
    }
    return null;
  }

  @Override
  public String toString() {
    return creditCode + "/" + year + "-" + serial;
  }
}
