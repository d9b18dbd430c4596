package gongkai.content;

import gongkai.problem.Message;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The form of a site's 索引号: a regular expression whose named groups say where the code, year,
 * month and serial are, and which check character the code must have ({@code index_scheme:} in
 * site.yaml; docs/索引号.md).
 *
 * <p>The default accepts what national rules and portals write: the organisation's national code
 * (an 18-character unified social credit code, GB 32100-2015, or a 9-character organisation code,
 * GB 11714-1997, with or without the hyphen before its check character), {@code /}, the year, or
 * year and month, {@code -} and a serial of any width.
 *
 * @param pattern the regular expression as written, matched against the whole 索引号
 * @param check the check the code must pass
 */
public record IndexScheme(String pattern, IndexCheck check) {
  /** The group names gongkai reads; a pattern may use only these. */
  public static final Set<String> GROUPS = Set.of("code", "year", "month", "serial");

  static final String DEFAULT_PATTERN =
      "(?<code>[0-9A-Z]{18}|[0-9A-Z]{8}-?[0-9A-Z])/(?<year>[0-9]{4})(?<month>0[1-9]|1[0-2])?-(?<serial>[0-9]+)";

  /** The national codes, either checked: what a site without {@code index_scheme} uses. */
  public static final IndexScheme DEFAULT = new IndexScheme(DEFAULT_PATTERN, IndexCheck.NATIONAL);

  // Java and ECMAScript (JSON Schema's regex dialect) both name a group (?<name>…); lookbehinds
  // (?<= and (?<! are not names.
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  public IndexScheme {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(check, "check");
  }

  /** Whether this is the default (national codes, either checked). */
  public boolean isDefault() {
    return equals(DEFAULT);
  }

  /** The named groups of {@code pattern}, in order. */
  public static Set<String> groups(String pattern) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = GROUP_NAME.matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** What is wrong with a declared scheme, or null: the pattern must compile and name its parts. */
  static Message mistake(String pattern, IndexCheck check) {
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return Message.of("content.index.scheme.pattern", pattern, e.getDescription());
    }
    Set<String> groups = groups(pattern);
    for (String group : groups) {
      if (!GROUPS.contains(group)) {
        return Message.of("content.index.scheme.group", group);
      }
    }
    if (!groups.contains("serial")) {
      return Message.of("content.index.scheme.serial");
    }
    if (check != IndexCheck.NONE && !groups.contains("code")) {
      return Message.of("content.index.scheme.code", check.yamlName());
    }
    return null;
  }

  // The default for editors: the credit code in GB 32100-2015 §4's alphabet, and an organisation
  // code's check character a digit or X (GB 11714-1997 §2.1.2), so a mistyped letter shows at once.
  private static final String DEFAULT_JSON_PATTERN =
      "^(?:[0-9A-HJ-NP-RTUWXY]{18}|[0-9A-Z]{8}-?[0-9X])/[0-9]{4}(?:0[1-9]|1[0-2])?-[0-9]+$";

  /** The pattern for a JSON Schema ({@code "pattern"}, ECMAScript): anchored, its groups unnamed. */
  public String jsonSchemaPattern() {
    if (isDefault()) {
      return DEFAULT_JSON_PATTERN;
    }
    return "^(?:" + GROUP_NAME.matcher(pattern).replaceAll("(") + ")$";
  }

  /**
   * Parses {@code text}, checking its code.
   *
   * @throws InvalidValue when the form is not the scheme's, or the check character is wrong (then
   *     with this very number, its check character corrected, as the fix)
   */
  public IndexNumber parse(String text) {
    String s = text.strip();
    Matcher m = compiled().matcher(s);
    if (!m.matches()) {
      throw new InvalidValue(isDefault() ? Message.of("content.index.form", text) : Message.of("content.index.form.declared", text));
    }
    Set<String> groups = isDefault() ? GROUPS : groups(pattern);
    IndexNumber number = new IndexNumber(s, part(m, "code", groups), part(m, "year", groups), part(m, "month", groups),
        part(m, "serial", groups));
    if (number.yearAt() != null && !number.yearAt().of(s).matches("[0-9]{4}")) {
      throw new InvalidValue(Message.of("content.index.year", text, number.yearAt().of(s)));
    }
    IndexCheck.Mistake mistake = number.codeAt() == null ? null : check.mistake(number.code());
    if (mistake != null) {
      throw new InvalidValue(mistake.message(),
          mistake.corrected() == null ? Message.NONE : Message.of("content.index.write-as", number.withCode(mistake.corrected())));
    }
    return number;
  }

  private Pattern compiled() {
    return isDefault() ? DEFAULT_COMPILED : COMPILED.computeIfAbsent(pattern, Pattern::compile);
  }

  private static final Pattern DEFAULT_COMPILED = Pattern.compile(DEFAULT_PATTERN);
  private static final java.util.Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

  private static IndexNumber.Part part(Matcher m, String name, Set<String> groups) {
    if (!groups.contains(name) || m.start(name) < 0) {
      return null;
    }
    return new IndexNumber.Part(m.start(name), m.end(name));
  }
}
