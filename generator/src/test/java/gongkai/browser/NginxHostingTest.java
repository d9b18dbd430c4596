package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Build;
import gongkai.BuildOptions;
import gongkai.HostingDocs;
import gongkai.TestSites;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample site served by Debian's nginx under the sub-path /jtj/ with docs/nginx.conf as
 * documented (only its listen address and root folder substituted): what a bureau's server does
 * with the published site. Not a browser test: plain HTTP, so it runs in the fast suite.
 */
class NginxHostingTest {
  private static final String BASE_PATH = "/jtj/";

  @TempDir static Path tmp;
  static Nginx nginx;
  static String base;
  static Path site;
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void serveTheSampleSite() throws IOException {
    Nginx.requireInstalled(Nginx.DEFAULT, "true".equals(System.getenv("CI")));
    int port = Nginx.freePort();
    base = "http://127.0.0.1:" + port + BASE_PATH;
    Path root = Files.createDirectories(tmp.resolve("www"));
    site = root.resolve("jtj");
    Build.run(new BuildOptions(TestSites.projectRoot(), site, false, base));
    nginx = Nginx.start(Nginx.DEFAULT, Files.createDirectories(tmp.resolve("nginx")), documentedConfig(port, root), port);
  }

  /** docs/nginx.conf with the test's port and folder, each replaced exactly once so a renamed line fails loudly. */
  static String documentedConfig(int port, Path root) {
    String config = HostingDocs.read("nginx.conf");
    config = replaceOnce(config, "listen 80;", "listen 127.0.0.1:" + port + ";");
    return replaceOnce(config, "root /var/www/example;", "root " + root + ";");
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as("docs/nginx.conf has '%s'", from).isNotNegative();
    assertThat(text.indexOf(from, at + 1)).as("docs/nginx.conf has '%s' once", from).isNegative();
    return text.replace(from, to);
  }

  @AfterAll
  static void stop() {
    if (nginx != null) {
      nginx.close();
    }
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void everyLinkFromBothHomePagesWorks() throws IOException {
    LinkCrawler crawler = new LinkCrawler();

    List<LinkCrawler.Broken> broken = crawler.crawl(List.of(URI.create(base), URI.create(base + "care/")));

    assertThat(broken).as(() -> "broken links:\n" + String.join("\n", broken.stream().map(Object::toString).toList()) + "\n" + log()).isEmpty();
    assertThat(crawler.fetchedPaths()).contains("/jtj/gkml/2024/fazhi-report/", "/jtj/care/gkml/2024/fazhi-report/");
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @CsvSource({"''", "care/", "gkml/2024/fazhi-report/", "care/gkml/2024/fazhi-report/", "search/", "accessibility/"})
  void pagesCarryTheDocumentedPolicyAndSecurityHeaders(String page) throws IOException, InterruptedException {
    HttpResponse<String> response = get(page);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .as("the header nginx sends is what the page needs: its meta policy plus frame-ancestors")
        .containsExactly(HostingDocs.policyFor(Jsoup.parse(response.body(), base + page)));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
  }

  @Test
  void fingerprintedAssetsAreCachedForeverAndOtherFilesBriefly() throws IOException, InterruptedException {
    List<String> assets;
    try (Stream<Path> walk = Files.walk(site.resolve("assets"))) {
      assets = walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    assertThat(assets).isNotEmpty().allMatch(path -> path.matches("assets/(css|js)/[a-z-]+\\.[0-9a-f]{10}\\.(css|js)"));

    for (String asset : assets) {
      HttpResponse<String> response = get(asset);
      assertThat(response.statusCode()).as(asset).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control")).as(asset).hasValue("public, max-age=31536000, immutable");
      assertThat(response.headers().firstValue("Content-Type"))
          .as(asset).hasValue(asset.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
    }
    assertThat(get("search-index/meta.json").headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
  }

  @ParameterizedTest(name = "/jtj/{0} is {1}")
  @CsvSource({
    "sitemap.xml, application/xml; charset=utf-8",
    "feed.xml, application/atom+xml; charset=utf-8",
    "gkml/feed.xml, application/atom+xml; charset=utf-8",
    "search-index/meta.json, application/json; charset=utf-8",
    "robots.txt, text/plain; charset=utf-8"
  })
  void machineReadableFilesAreServedWithTheirTypeAndCharset(String path, String type) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @ParameterizedTest(name = "/jtj/{0} → {1}")
  @CsvSource({"no-such-page/, 404.html", "gkml/2099/missing/, 404.html", "care/no-such-page/, care/404.html"})
  void missingPageAnswers404WithTheEditionsOwn404Page(String path, String notFoundPage) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo(Files.readString(site.resolve(notFoundPage), StandardCharsets.UTF_8));
    assertThat(response.headers().firstValue("Content-Security-Policy")).as("security headers on errors too").isPresent();
  }

  @Test
  void folderWithoutItsSlashIsRedirectedWithinTheSubPath() throws IOException, InterruptedException {
    HttpResponse<String> response = get("gkml");

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().firstValue("Location")).hasValue("/jtj/gkml/");
  }

  @Test
  void gongkaisOutputMarkerIsNotServed() throws IOException, InterruptedException {
    assertThat(site.resolve(".gongkai-output")).exists();

    assertThat(get(".gongkai-output").statusCode()).isEqualTo(404);
  }

  private static String log() {
    try {
      return nginx.log();
    } catch (IOException e) {
      return "(no nginx log: " + e + ")";
    }
  }
}
