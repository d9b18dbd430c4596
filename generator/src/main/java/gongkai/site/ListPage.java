package gongkai.site;

import java.util.List;

/**
 * One page of a paginated report list: a section's list or one of the 信息公开目录's lists.
 *
 * @param path site path: the list's own path for page 1 ({@code gkml/}), {@code <list>page/<n>/} after
 * @param url root-relative link to the page
 * @param number this page's number, from 1
 * @param total how many pages the list has, at least 1
 * @param reports the reports on this page, newest first
 * @param previousUrl link to the page before (上一页), or null on the first page
 * @param nextUrl link to the page after (下一页), or null on the last page
 * @param items the page numbers the pager shows
 */
public record ListPage(
    String path,
    String url,
    int number,
    int total,
    List<ReportPage> reports,
    String previousUrl,
    String nextUrl,
    List<PagerItem> items) {
  public ListPage {
    reports = List.copyOf(reports);
    items = List.copyOf(items);
  }

  /** Whether the list is long enough to need a pager. */
  public boolean paginated() {
    return total > 1;
  }
}
