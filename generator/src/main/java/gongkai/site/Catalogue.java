package gongkai.site;

import java.util.List;

/**
 * The 信息公开目录: every published report by 主题分类 and by year, with counts.
 *
 * @param path site path of the index page, {@code catalogue/}
 * @param url root-relative link to it
 * @param categories one group per category in collation order, then 未分类 when any report has no category
 * @param years one group per year of 发布日期 (in the site's time zone), newest first
 */
public record Catalogue(String path, String url, List<CatalogueGroup> categories, List<CatalogueGroup> years) {
  public Catalogue {
    categories = List.copyOf(categories);
    years = List.copyOf(years);
  }
}
