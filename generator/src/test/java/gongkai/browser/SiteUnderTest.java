package gongkai.browser;

import gongkai.Build;
import gongkai.BuildOptions;
import gongkai.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private final StaticSiteServer server;
  private final List<String> pages;
  private final List<String> reportPages;

  private SiteUnderTest(Path out, StaticSiteServer server, List<String> pages) {
    this.out = out;
    this.server = server;
    this.pages = pages;
    this.reportPages = pages.stream().filter(this::isReport).toList();
  }

  static SiteUnderTest buildSample() {
    Path out;
    try {
      out = Files.createTempDirectory("gongkai-browser-site-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StaticSiteServer server = new StaticSiteServer(out, BASE_PATH);
    try {
      Build.run(new BuildOptions(TestSites.projectRoot(), out, false, server.baseUrl()));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return new SiteUnderTest(out, server, htmlPages(out));
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

  String url(String page) {
    return server.baseUrl() + page;
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
    try (Stream<Path> walk = Files.walk(out)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp folder is harmless.
    }
  }
}
