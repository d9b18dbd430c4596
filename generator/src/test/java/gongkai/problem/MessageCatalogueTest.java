package gongkai.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two catalogues say the same things: the same keys, the same values in each, every key the
 * code names is in both and every key in them is named by the code.
 */
class MessageCatalogueTest {
  private static final Pattern KEY_IN_CODE = Pattern.compile("Message\\.(of|count)\\(\\s*\"([^\"]+)\"");

  private final MessageCatalogue en = MessageCatalogue.of(Language.EN);
  private final MessageCatalogue zh = MessageCatalogue.of(Language.ZH_CN);

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(zh.keys()).isEqualTo(en.keys());
  }

  @Test
  void eachMessageNamesTheSameValuesInBothLanguages() {
    for (String key : en.keys()) {
      assertThat(arguments(text(zh, key))).as(key).isEqualTo(arguments(text(en, key)));
    }
  }

  @Test
  void everyKeyTheCodeNamesIsInTheCatalogues() throws IOException {
    Set<String> named = keysInCode();
    assertThat(named).isNotEmpty();
    assertThat(en.keys()).containsAll(named);
  }

  @Test
  void everyKeyInTheCataloguesIsNamedByTheCode() throws IOException {
    Set<String> named = keysInCode();
    Set<String> unused = new TreeSet<>(en.keys());
    unused.removeAll(named);
    assertThat(unused).as("keys no code names").isEmpty();
  }

  @Test
  void listsAreJoinedAsTheLanguageJoinsThemAndNestedMessagesAreTranslated() {
    Message counts = Message.of("cli.count.both", Message.count("cli.count.error", 2, "2"), Message.count("cli.count.warning", 1, "1"));
    assertThat(en.format(Message.of("list.separator"))).isEqualTo(", ");
    assertThat(zh.format(Message.of("list.separator"))).isEqualTo("、");
    assertThat(en.format(counts)).isEqualTo("2 errors, 1 warning");
  }

  @Test
  void aMissingKeyIsABugNotABlankMessage() {
    assertThatThrownBy(() -> en.format(Message.of("no.such.key"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.key");
  }

  @Test
  void aProblemIsPrintedInTheCataloguesLanguage() {
    Problem problem = new Problem(Path.of("content/a.md"), 3, 1, Severity.WARNING,
        Message.of("severity.error"), Message.NONE);
    assertThat(problem.line(zh)).isEqualTo("content/a.md:3:1: 警告: 错误");
    assertThat(problem.line(en)).isEqualTo("content/a.md:3:1: warning: error");
    assertThat(problem.toString()).isEqualTo(problem.line(en));
  }

  @Test
  void languagesAreChosenFromTheSiteAndFromTheCommandLine() {
    assertThat(Language.forSite("zh-CN")).isEqualTo(Language.ZH_CN);
    assertThat(Language.forSite("zh-Hans")).isEqualTo(Language.ZH_CN);
    assertThat(Language.forSite("en")).isEqualTo(Language.EN);
    assertThat(Language.forSite("bo")).isEqualTo(Language.EN);
    assertThat(Language.forSite(null)).isEqualTo(Language.DEFAULT);
    assertThat(Language.named("EN")).contains(Language.EN);
    assertThat(Language.named("zh_CN")).contains(Language.ZH_CN);
    assertThat(Language.named("fr")).isEmpty();
  }

  /** The packages whose messages are all in the catalogues; content's are being moved there. */
  private static final List<String> CATALOGUED = List.of(
      "problem", "cli", "serve", "check", "markdown", "annual", "theme", "output", "site", "inspection");

  @Test
  void problemsOfCataloguedPackagesAreMadeOfMessagesNotInlineWords() throws IOException {
    Pattern call = Pattern.compile("Problem\\.(at|warning)\\(|new Problem\\(");
    List<String> inline = new java.util.ArrayList<>();
    for (String pkg : CATALOGUED) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/gongkai", pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String code = Files.readString(file, StandardCharsets.UTF_8);
          Matcher m = call.matcher(code);
          while (m.find()) {
            String args = arguments(code, m.end());
            // A key names its words; other literals are values (" → ", "/theme.yaml"), never words:
            // nothing with a letter and a space, and no Chinese.
            String rest = args.replaceAll("Message\\.(of|count)\\(\\s*\"[^\"]+\"", "");
            Matcher literal = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"").matcher(rest);
            while (literal.find()) {
              String text = literal.group();
              if (text.matches("(?s).*\\p{IsLatin}.*") && text.contains(" ") || text.matches("(?s).*\\p{IsHan}.*")) {
                inline.add(file.getFileName() + ": " + text);
              }
            }
          }
        }
      }
    }
    assertThat(inline).as("problems with words written in code").isEmpty();
  }

  /** The text between the parenthesis opened before {@code from} and the one that closes it. */
  private static String arguments(String code, int from) {
    int depth = 1;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        i = code.indexOf('"', i + 1);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return code.substring(from, i);
      }
    }
    return code.substring(from);
  }

  private static String text(MessageCatalogue catalogue, String key) {
    return catalogue.format(new Message(key, List.of("⟨0⟩", "⟨1⟩", "⟨2⟩", "⟨3⟩", "⟨4⟩", "⟨5⟩", "⟨6⟩", "⟨7⟩", "⟨8⟩", "⟨9⟩")));
  }

  private static List<String> arguments(String formatted) {
    // Filled with ⟨0⟩…⟨9⟩, each argument shows as its marker; compare which appear.
    return Pattern.compile("⟨\\d⟩").matcher(formatted).results().map(r -> r.group()).sorted().distinct().toList();
  }

  private static Set<String> keysInCode() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_IN_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          if (m.group(1).equals("count")) {
            keys.add(m.group(2) + ".one");
            keys.add(m.group(2) + ".other");
          } else {
            keys.add(m.group(2));
          }
        }
      }
    }
    return keys;
  }
}
