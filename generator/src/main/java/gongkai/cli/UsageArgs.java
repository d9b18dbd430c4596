package gongkai.cli;

import gongkai.SiteLanguage;
import gongkai.problem.Language;
import gongkai.problem.MessageCatalogue;
import java.nio.file.Path;

/**
 * The language of a command line that could not be parsed, read from its words as written:
 * {@code --lang} if it names a language, else the language of the site {@code --source} names (or
 * of the current folder's).
 */
final class UsageArgs {
  private UsageArgs() {}

  static MessageCatalogue words(String[] args) {
    Language lang = null;
    String source = ".";
    for (int i = 0; i < args.length; i++) {
      String value = value(args, i, Main.LANG);
      if (value != null) {
        lang = Language.named(value).orElse(lang);
      }
      value = value(args, i, "--source");
      if (value != null) {
        source = value;
      }
    }
    Path root;
    try {
      root = Path.of(source);
    } catch (RuntimeException e) { // an invalid path: the site's language is unknown
      return MessageCatalogue.of(lang != null ? lang : Language.DEFAULT);
    }
    return SiteLanguage.words(root, lang);
  }

  /** The value of {@code option} at {@code args[i]} ({@code --lang en} or {@code --lang=en}), or null. */
  private static String value(String[] args, int i, String option) {
    if (args[i].equals(option)) {
      return i + 1 < args.length ? args[i + 1] : null;
    }
    return args[i].startsWith(option + "=") ? args[i].substring(option.length() + 1) : null;
  }
}
