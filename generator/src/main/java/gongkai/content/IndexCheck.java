package gongkai.content;

import gongkai.problem.Message;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which check character the code part of a 索引号 must have: {@code index_scheme: {check: …}} in
 * site.yaml. A site's own CMS may number by a region code or anything else without a check
 * character ({@link #NONE}).
 */
public enum IndexCheck {
  /** The 18-character unified social credit code, GB 32100-2015. */
  GB32100,
  /** The 9-character organisation code, GB 11714-1997, with or without the hyphen before its check character. */
  GB11714,
  /** Either national code, told apart by length: the default. */
  NATIONAL,
  /** No check: the code is whatever the pattern matches. */
  NONE;

  /** The values as site.yaml writes them: {@code gb32100, gb11714, national, none}. */
  public static final String NAMES = Arrays.stream(values()).map(IndexCheck::yamlName).collect(Collectors.joining(", "));

  /** The name in site.yaml, e.g. {@code gb11714}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The check named {@code text} in site.yaml, or null. */
  public static IndexCheck named(String text) {
    for (IndexCheck check : values()) {
      if (check.yamlName().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return check;
      }
    }
    return null;
  }

  /**
   * What is wrong with {@code code} under this check.
   *
   * @param message what is wrong
   * @param corrected the same code with the check character the standard gives, or null when the
   *     code cannot be corrected (wrong length, a character the standard does not use)
   */
  public record Mistake(Message message, String corrected) {}

  /** The mistake in {@code code}, or null when it passes. */
  public Mistake mistake(String code) {
    return switch (this) {
      case NONE -> null;
      case GB32100 -> creditCode(code);
      case GB11714 -> organisationCode(code);
      case NATIONAL -> code.length() == 18
          ? creditCode(code)
          : isOrganisationCodeLength(code)
              ? organisationCode(code)
              : new Mistake(Message.of("content.index.code.length", code), null);
    };
  }

  private static boolean isOrganisationCodeLength(String code) {
    return code.length() == 9 || code.length() == 10 && code.charAt(8) == '-';
  }

  private static Mistake creditCode(String code) {
    if (code.length() != 18) {
      return new Mistake(Message.of("content.index.credit.length", code), null);
    }
    for (int i = 0; i < 17; i++) {
      if (CheckCharacter.GB32100_ALPHABET.indexOf(code.charAt(i)) < 0) {
        return new Mistake(Message.of("content.index.credit.character", code, code.charAt(i)), null);
      }
    }
    char expected = CheckCharacter.gb32100(code);
    if (code.charAt(17) != expected) {
      return new Mistake(Message.of("content.index.credit.check", code, code.charAt(17), expected),
          code.substring(0, 17) + expected);
    }
    return null;
  }

  private static Mistake organisationCode(String code) {
    if (!isOrganisationCodeLength(code)) {
      return new Mistake(Message.of("content.index.organisation.length", code), null);
    }
    String body = code.substring(0, 8);
    for (int i = 0; i < 8; i++) {
      if (CheckCharacter.GB11714_ALPHABET.indexOf(body.charAt(i)) < 0) {
        return new Mistake(Message.of("content.index.organisation.character", code, body.charAt(i)), null);
      }
    }
    char expected = CheckCharacter.gb11714(body);
    char given = code.charAt(code.length() - 1);
    if (given != expected) {
      // The hyphen is kept as written: GB 11714-1997 §2.2 writes it for people and drops it for machines.
      return new Mistake(Message.of("content.index.organisation.check", code, given, expected),
          code.substring(0, code.length() - 1) + expected);
    }
    return null;
  }
}
