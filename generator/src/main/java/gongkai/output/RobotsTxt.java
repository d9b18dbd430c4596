package gongkai.output;

import gongkai.site.Site;

/**
 * {@code robots.txt} at the site root: every crawler may fetch everything, and the sitemap's
 * absolute address is given as the sitemaps.org protocol describes ("Specifying the Sitemap
 * location in your robots.txt file"). Under a sub-path base_url the file is only found by crawlers
 * if the server also publishes it at the host root; the Sitemap line is right either way.
 */
public final class RobotsTxt {
  public static final String FILE = "robots.txt";

  private RobotsTxt() {}

  public static OutputFile write(Site site) {
    return OutputFile.text(
        FILE, "User-agent: *\nAllow: /\n\nSitemap: " + site.urls().canonical(SitemapWriter.FILE) + "\n");
  }
}
