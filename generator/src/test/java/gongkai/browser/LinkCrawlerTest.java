package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site, built for a sub-path ({@code /jtj/}) and served over HTTP, has no broken link or
 * anchor in either edition (issue 6: a crawler that follows every link from the home page of both
 * editions). Needs no browser: plain HttpClient and jsoup.
 */
class LinkCrawlerTest {
  @Test
  void everyLinkFromBothHomePagesOfTheSampleSiteWorks() {
    try (SiteUnderTest site = SiteUnderTest.buildSample()) {
      LinkCrawler crawler = new LinkCrawler();

      List<LinkCrawler.Broken> broken = crawler.crawl(List.of(URI.create(site.url("")), URI.create(site.url("care/"))));

      assertThat(broken).as(() -> "broken links:\n" + String.join("\n", broken.stream().map(Object::toString).toList())).isEmpty();
      assertThat(crawler.fetchedPaths())
          .as("the crawl reached both editions' reports, statements, styles and scripts")
          .contains(
              "/jtj/gkml/2024/fazhi-report/", "/jtj/care/gkml/2024/fazhi-report/", "/jtj/accessibility/", "/jtj/care/accessibility/");
      assertThat(crawler.fetchedPaths())
          .as("the fingerprinted style sheets and script")
          .anyMatch(path -> path.matches("/jtj/assets/css/site\\.[0-9a-f]{10}\\.css"))
          .anyMatch(path -> path.matches("/jtj/assets/css/care\\.[0-9a-f]{10}\\.css"))
          .anyMatch(path -> path.matches("/jtj/assets/js/gongkai\\.[0-9a-f]{10}\\.js"));
    }
  }

  @Test
  void reportsEveryMissingPageAndAnchorWithThePageThatLinksIt(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("a"));
    Files.writeString(root.resolve("index.html"), """
        <!DOCTYPE html><title>t</title><link rel="stylesheet" href="missing.css">
        <p id="here"><a href="#here">ok</a> <a href="#gone">same page</a> <a href="a/#top">ok</a> <a href="a/#nowhere">other page</a>
        <a href="nope/">missing</a> <a href="mailto:x@example.org">mail</a> <a href="tel:010">tel</a> <a href="https://example.org/">other host</a>
        <img src="/base/missing.png" alt="">
        """);
    Files.writeString(root.resolve("a/index.html"), "<!DOCTYPE html><title>a</title><h1 id=\"top\">A</h1><a href=\"../nope/\">again</a>");
    Files.writeString(root.resolve("404.html"), "<!DOCTYPE html><title>404</title>");
    try (StaticSiteServer server = new StaticSiteServer(root, "/base/")) {
      List<LinkCrawler.Broken> broken = new LinkCrawler().crawl(List.of(URI.create(server.baseUrl())));

      assertThat(broken)
          .extracting(Object::toString)
          .containsExactly(
              "/base/ → /base/#gone: no element with id 'gone'",
              "/base/ → /base/a/#nowhere: no element with id 'nowhere'",
              "/base/ → /base/missing.css: HTTP 404",
              "/base/ → /base/missing.png: HTTP 404",
              "/base/ → /base/nope/: HTTP 404",
              "/base/a/ → /base/nope/: HTTP 404");
    }
  }
}
