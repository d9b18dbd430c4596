package gongkai.site;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the published reports into the 信息公开目录 (by 主题分类 and by year) and pages each group's list.
 *
 * <p>URLs: {@code catalogue/category/<category>/} with the category text itself as the segment,
 * percent-encoded as UTF-8 by {@link UrlScheme} ({@code catalogue/category/%E8%A7%84…/}): it is
 * stable as long as the category is, needs no mapping to maintain, and a reader sees the category
 * in the address bar. {@code catalogue/year/<yyyy>/} for years.
 *
 * <p>Reports without a category are grouped under 未分类 at {@code catalogue/uncategorised/}, outside
 * {@code category/} so no category text can collide with it: the categories' counts then add up to
 * the number of published reports, and every report can be reached through the catalogue.
 */
final class CatalogueBuilder {
  static final String PATH = "catalogue/";
  static final String UNCATEGORISED_PATH = PATH + "uncategorised/";

  private CatalogueBuilder() {}

  /**
   * @param reports every published report, newest first
   * @param language site.yaml's language, whose collation orders the categories (pinyin for zh-CN)
   */
  static Catalogue build(List<ReportPage> reports, String language, int pageSize, UrlScheme urls) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
    // The collator may call two different strings equal; the code-point order keeps them apart and stable.
    Comparator<String> byCategory = Comparator.<String, String>comparing(s -> s, collator).thenComparing(Comparator.naturalOrder());
    // Grouped by the exact text first, then sorted: a collator compares slowly, so it orders the few
    // categories instead of placing every report.
    Map<String, List<ReportPage>> grouped = new java.util.HashMap<>();
    List<ReportPage> uncategorised = new ArrayList<>();
    Map<Integer, List<ReportPage>> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (ReportPage report : reports) {
      String category = report.meta().category();
      if (category == null || category.isBlank()) {
        uncategorised.add(report);
      } else {
        grouped.computeIfAbsent(category.strip(), k -> new ArrayList<>()).add(report);
      }
      // DisclosureDate holds the moment in the site's time zone already.
      byYear.computeIfAbsent(report.meta().date().value().getYear(), k -> new ArrayList<>()).add(report);
    }

    Map<String, List<ReportPage>> byCategoryText = new TreeMap<>(byCategory);
    byCategoryText.putAll(grouped);
    List<CatalogueGroup> categories = new ArrayList<>();
    byCategoryText.forEach(
        (category, list) -> categories.add(group(category, false, PATH + "category/" + segment(category) + "/", list, pageSize, urls)));
    if (!uncategorised.isEmpty()) {
      categories.add(group("", true, UNCATEGORISED_PATH, uncategorised, pageSize, urls));
    }
    List<CatalogueGroup> years = new ArrayList<>();
    byYear.forEach((year, list) -> years.add(group(String.valueOf(year), false, PATH + "year/" + year + "/", list, pageSize, urls)));
    return new Catalogue(PATH, urls.href(PATH), categories, years);
  }

  private static CatalogueGroup group(
      String label, boolean uncategorised, String path, List<ReportPage> reports, int pageSize, UrlScheme urls) {
    return new CatalogueGroup(
        label, uncategorised, path, urls.href(path), reports.size(), Paginator.paginate(path, reports, pageSize, urls));
  }

  /** The category as one path segment ({@link gongkai.content.CategoryName#segment}). */
  static String segment(String category) {
    return gongkai.content.CategoryName.segment(category);
  }
}
