package gongkai.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a report list into pages of {@code page_size}: page 1 at the list's own path
 * ({@code gkml/}), page n at {@code gkml/page/n/}, the way 政府信息公开 sites page their lists. An
 * empty list still has its first page, which says there is nothing yet.
 */
final class Paginator {
  /** Page numbers shown on each side of the current one; the first and last are always shown. */
  static final int WINDOW = 2;
  /** Where a list's pages after the first live, below the list's own folder. */
  static final String FOLDER = "page/";

  private Paginator() {}

  /**
   * @param path the list's site path, ending in '/'
   * @param reports the whole list, already in order
   */
  static List<ListPage> paginate(String path, List<ReportPage> reports, int pageSize, UrlScheme urls) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1, was " + pageSize);
    }
    int total = Math.max(1, (reports.size() + pageSize - 1) / pageSize);
    List<ListPage> pages = new ArrayList<>(total);
    for (int n = 1; n <= total; n++) {
      List<ReportPage> slice = reports.subList((n - 1) * pageSize, Math.min(n * pageSize, reports.size()));
      pages.add(
          new ListPage(
              pagePath(path, n),
              urls.href(pagePath(path, n)),
              n,
              total,
              slice,
              n > 1 ? urls.href(pagePath(path, n - 1)) : null,
              n < total ? urls.href(pagePath(path, n + 1)) : null,
              items(path, n, total, urls)));
    }
    return List.copyOf(pages);
  }

  /** {@code gkml/} for page 1, {@code gkml/page/3/} for page 3. */
  static String pagePath(String path, int number) {
    return number == 1 ? path : path + FOLDER + number + "/";
  }

  /**
   * The first page, the last, and {@link #WINDOW} either side of the current one: a list of 500
   * pages gets a pager of at most 7 numbers, not 500 links to tab through.
   */
  private static List<PagerItem> items(String path, int current, int total, UrlScheme urls) {
    List<PagerItem> items = new ArrayList<>();
    int last = 0;
    for (int n = 1; n <= total; n++) {
      if (n == 1 || n == total || Math.abs(n - current) <= WINDOW) {
        items.add(new PagerItem(n, urls.href(pagePath(path, n)), n == current, last != 0 && n > last + 1));
        last = n;
      }
    }
    return items;
  }
}
