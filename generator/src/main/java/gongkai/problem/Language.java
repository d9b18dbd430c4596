package gongkai.problem;

import java.util.Locale;
import java.util.Optional;

/**
 * A language gongkai speaks to editors in: its problems, summaries and usage errors. A site's
 * {@code language:} picks it ({@code zh-CN}, {@code zh-Hans}… speak Chinese; anything else
 * English), and {@code --lang} overrides it for one run.
 */
public enum Language {
  ZH_CN("zh-CN"),
  EN("en");

  /**
   * When the site's own setting cannot be read (no site.yaml, a broken one): the editors gongkai
   * is for read Chinese.
   */
  public static final Language DEFAULT = ZH_CN;

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag, as {@code --lang} takes it. */
  public String tag() {
    return tag;
  }

  /** The language for a site whose {@code language:} is {@code siteLanguage}. */
  public static Language forSite(String siteLanguage) {
    if (siteLanguage == null || siteLanguage.isBlank()) {
      return DEFAULT;
    }
    String primary = siteLanguage.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return primary.equals("zh") ? ZH_CN : EN;
  }

  /** The language {@code --lang} names ({@code zh-CN}, {@code zh}, {@code en}, any case), if any. */
  public static Optional<Language> named(String tag) {
    String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (t) {
      case "zh-cn", "zh", "zh-hans", "zh-hans-cn" -> Optional.of(ZH_CN);
      case "en", "en-us", "en-gb" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }
}
