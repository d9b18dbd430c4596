package gongkai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gongkai.problem.Language;
import gongkai.problem.MessageCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The language a run speaks to its editor: {@code --lang} when given, else the site's
 * {@code language:}, else {@link Language#DEFAULT}. {@code site.yaml} is read leniently, on its own:
 * the problems of a site whose settings are wrong must still be told in its editor's language, so
 * any other mistake in the file (or a missing or broken file) leaves only the language unknown.
 */
public final class SiteLanguage {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SiteLanguage() {}

  /**
   * @param siteRoot the folder holding {@code content/}
   * @param override the language {@code --lang} names, or null
   */
  public static Language of(Path siteRoot, Language override) {
    return override != null ? override : Language.forSite(written(siteRoot.resolve("content").resolve("site.yaml")));
  }

  /** The words of {@link #of}'s language. */
  public static MessageCatalogue words(Path siteRoot, Language override) {
    return MessageCatalogue.of(of(siteRoot, override));
  }

  /** {@code language:} as written in {@code file}, or null when it cannot be read. */
  static String written(Path file) {
    try {
      JsonNode root = YAML.readTree(Files.readAllBytes(file));
      JsonNode language = root == null ? null : root.get("language");
      return language != null && language.isTextual() ? language.asText() : null;
    } catch (IOException | RuntimeException e) {
      return null; // unreadable settings are reported by the check, in the default language
    }
  }
}
