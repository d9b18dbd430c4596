package gongkai.site;

/**
 * One page number in a list's pager.
 *
 * @param number the page number, from 1
 * @param url root-relative link to that page
 * @param current whether it is the page being shown (marked {@code aria-current="page"})
 * @param gapBefore whether page numbers are left out between this one and the previous item
 */
public record PagerItem(int number, String url, boolean current, boolean gapBefore) {}
