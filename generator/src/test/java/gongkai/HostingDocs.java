package gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the web server configurations in docs/ and the policy the pages declare, for tests. */
public final class HostingDocs {
  /** The one directive a page's meta element cannot carry (CSP Level 3 §6.4.2), so the header adds it. */
  public static final String HEADER_ONLY = "frame-ancestors 'none'";

  private static final Pattern NGINX_CSP = Pattern.compile("add_header Content-Security-Policy \"([^\"]*)\" always;");
  private static final Pattern APACHE_CSP = Pattern.compile("Header always set Content-Security-Policy \"([^\"]*)\"");

  private HostingDocs() {}

  public static Path file(String name) {
    return TestSites.projectRoot().resolve("docs").resolve(name);
  }

  public static String read(String name) {
    try {
      return Files.readString(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Content-Security-Policy header docs/nginx.conf sends. */
  public static String nginxPolicy() {
    return only(NGINX_CSP, read("nginx.conf"), "nginx.conf");
  }

  /** The Content-Security-Policy header docs/apache.conf sends. */
  public static String apachePolicy() {
    return only(APACHE_CSP, read("apache.conf"), "apache.conf");
  }

  /** What a built page needs as its header: its own meta policy, plus what only a header can say. */
  public static String policyFor(Document page) {
    Element meta = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
    if (meta == null) {
      throw new AssertionError("the page declares no Content-Security-Policy: " + page.location());
    }
    return meta.attr("content") + "; " + HEADER_ONLY;
  }

  private static String only(Pattern pattern, String text, String name) {
    Matcher m = pattern.matcher(text);
    List<String> found = m.results().map(r -> r.group(1)).toList();
    if (found.size() != 1) {
      throw new AssertionError("docs/" + name + " should set Content-Security-Policy exactly once, found " + found.size());
    }
    return found.get(0);
  }
}
