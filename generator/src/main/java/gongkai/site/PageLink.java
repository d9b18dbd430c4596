package gongkai.site;

/**
 * A link to another page.
 *
 * @param title the page's title
 * @param url root-relative link
 */
public record PageLink(String title, String url) {}
