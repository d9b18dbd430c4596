package gongkai.site;

import java.util.List;

/**
 * One entry of the 信息公开目录: the reports of one 主题分类 or of one year.
 *
 * @param label the category as written in front matter, or the year ({@code 2024}); empty for
 *     the reports without a category, whose label the theme supplies (未分类)
 * @param uncategorised whether this is the group of reports without a category
 * @param path site path of its list's first page, e.g. {@code catalogue/year/2024/}
 * @param url root-relative link to it
 * @param count how many reports it holds
 * @param pages its list, split into pages of {@code page_size}
 */
public record CatalogueGroup(String label, boolean uncategorised, String path, String url, int count, List<ListPage> pages) {
  public CatalogueGroup {
    pages = List.copyOf(pages);
  }
}
