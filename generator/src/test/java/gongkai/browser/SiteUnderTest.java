package gongkai.browser;

import gongkai.Build;
import gongkai.BuildOptions;
import gongkai.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample site, built for and served at {@code http://127.0.0.1:<port>/jtj/}: the server
 * starts first on a free port, then the site is built with that address as its base URL, so
 * root-relative links, canonical URLs and QR codes all point at the test server.
 */
final class SiteUnderTest implements AutoCloseable {
  /** The sample site's own base path (content/site.yaml publishes it at /jtj/). */
  static final String BASE_PATH = "/jtj/";

  private final Path out;
  private final List<Path> temporary;
  private final StaticSiteServer server;
  private final List<String> pages;
  private final List<String> reportPages;

  private SiteUnderTest(Path out, List<Path> temporary, StaticSiteServer server, List<String> pages) {
    this.out = out;
    this.temporary = temporary;
    this.server = server;
    this.pages = pages;
    this.reportPages = pages.stream().filter(this::isReport).toList();
  }

  static SiteUnderTest buildSample() {
    return build(TestSites.projectRoot(), List.of());
  }

  /**
   * A fixture site, {@code generator/src/test/resources/sites/<name>/content} with the project's
   * themes, built and served like the sample (same base path, whatever its site.yaml says).
   */
  static SiteUnderTest buildFixture(String name) {
    Path source = createTempDirectory("gongkai-browser-fixture-");
    TestSites.assemble(TestSites.testResources().resolve("sites").resolve(name).resolve("content"), source);
    return build(source, List.of(source));
  }

  static SiteUnderTest build(Path siteRoot, List<Path> alsoDelete) {
    Path out = createTempDirectory("gongkai-browser-site-");
    List<Path> temporary = new ArrayList<>(alsoDelete);
    temporary.add(out);
    StaticSiteServer server = new StaticSiteServer(out, BASE_PATH);
    try {
      Build.run(new BuildOptions(siteRoot, out, false, server.baseUrl()));
    } catch (RuntimeException e) {
      server.close();
      temporary.forEach(SiteUnderTest::deleteTree);
      throw e;
    }
    return new SiteUnderTest(out, List.copyOf(temporary), server, htmlPages(out));
  }

  private static Path createTempDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every HTML page, by its path under the base URL: {@code ""}, {@code "gkml/"}, {@code "404.html"}, {@code "care/..."}. */
  List<String> pages() {
    return pages;
  }

  List<String> carePages() {
    return pages.stream().filter(p -> p.startsWith("care/")).toList();
  }

  /** The report pages of both editions: the ones with 字号, the tools row and read aloud. */
  List<String> reportPages() {
    return reportPages;
  }

  /** The page's address as the site writes it: non-ASCII file names (catalogue/category/规划信息/) percent-encoded as UTF-8. */
  String url(String page) {
    // Only the path is percent-encoded (the catalogue's Chinese addresses); a query or fragment is
    // kept as the caller wrote it.
    int end = page.length();
    for (char c : new char[] {'?', '#'}) {
      end = page.indexOf(c) < 0 ? end : Math.min(end, page.indexOf(c));
    }
    try {
      return server.baseUrl() + new java.net.URI(null, null, page.substring(0, end), null).toASCIIString() + page.substring(end);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(page, e);
    }
  }

  /** {@code http://127.0.0.1:<port>}: where the pages' localStorage lives. */
  String origin() {
    String base = server.baseUrl();
    return base.substring(0, base.length() - BASE_PATH.length());
  }

  private boolean isReport(String page) {
    Path file = out.resolve(page.isEmpty() || page.endsWith("/") ? page + "index.html" : page);
    try {
      return Files.readString(file).contains("<article class=\"report\">");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> htmlPages(Path out) {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(p -> p.toString().endsWith(".html"))
          .map(p -> out.relativize(p).toString().replace('\\', '/'))
          .map(p -> p.equals("index.html") ? "" : p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    temporary.forEach(SiteUnderTest::deleteTree);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp folder is harmless.
    }
  }
}
