package gongkai.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every link a reader's browser would load or follow, over HTTP, from a set of start
 * pages: {@code <a href>}, {@code <link href>}, {@code <script src>} and {@code <img src>} on the
 * same origin. Every response must be 200 and every {@code #fragment} an id on its target page.
 * Other hosts and {@code mailto:} / {@code tel:} links are not fetched. Plain HttpClient and jsoup,
 * so it runs without a browser.
 */
final class LinkCrawler {
  private static final Map<String, String> LINKS = Map.of("a", "href", "link", "href", "script", "src", "img", "src");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  /** What each fetched address answered: its status and, for HTML, the ids on the page. */
  private final Map<URI, Fetched> fetched = new HashMap<>();
  /** The pages holding each link, in the order they were found, for the report. */
  private final Map<URI, Set<String>> referrers = new LinkedHashMap<>();
  private final List<Broken> invalid = new ArrayList<>();

  private record Fetched(int status, Set<String> ids) {}

  /** One broken link or anchor, told as {@code page → link: what is wrong}. */
  record Broken(String page, String link, String problem) {
    @Override
    public String toString() {
      return page + " → " + link + ": " + problem;
    }
  }

  /** Crawls from {@code starts} and returns every broken link found, sorted; empty when all work. */
  List<Broken> crawl(List<URI> starts) {
    String origin = origin(starts.get(0));
    Deque<URI> queue = new ArrayDeque<>();
    List<URI[]> anchors = new ArrayList<>(); // {page, link with fragment}
    starts.forEach(start -> {
      referrers.computeIfAbsent(start, k -> new TreeSet<>()).add("(start)");
      queue.add(start);
    });
    while (!queue.isEmpty()) {
      URI url = queue.poll();
      if (fetched.containsKey(url)) {
        continue;
      }
      HttpResponse<byte[]> response = get(url);
      String type = response.headers().firstValue("Content-Type").orElse("");
      Set<String> ids = new TreeSet<>();
      fetched.put(url, new Fetched(response.statusCode(), ids));
      if (response.statusCode() != 200 || !type.startsWith("text/html")) {
        continue;
      }
      Document doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), url.toString());
      doc.select("[id]").forEach(e -> ids.add(e.id()));
      for (Element link : doc.select("a[href], link[href], script[src], img[src]")) {
        String href = link.attr(LINKS.get(link.normalName()));
        URI target;
        try {
          target = URI.create(url.resolve(new URI(href.strip())).toASCIIString()); // one spelling per address
        } catch (URISyntaxException e) {
          invalid.add(new Broken(url.getRawPath(), href, "not a valid address: " + e.getReason()));
          continue;
        }
        if (!origin.equals(origin(target))) {
          continue; // another host, or mailto:, tel:
        }
        URI page = withoutFragment(target);
        referrers.computeIfAbsent(page, k -> new TreeSet<>()).add(url.getRawPath());
        if (target.getRawFragment() != null) {
          anchors.add(new URI[] {url, target});
        }
        if (!fetched.containsKey(page)) {
          queue.add(page);
        }
      }
    }
    return broken(anchors);
  }

  private List<Broken> broken(List<URI[]> anchors) {
    Set<Broken> broken = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    broken.addAll(invalid);
    referrers.forEach((link, pages) -> {
      int status = fetched.get(link).status();
      if (status != 200) {
        pages.forEach(page -> broken.add(new Broken(page, link.getRawPath(), "HTTP " + status)));
      }
    });
    for (URI[] anchor : anchors) {
      Fetched target = fetched.get(withoutFragment(anchor[1]));
      String fragment = anchor[1].getFragment();
      if (target.status() == 200 && !fragment.isEmpty() && !target.ids().contains(fragment)) {
        broken.add(new Broken(anchor[0].getRawPath(), anchor[1].getRawPath() + "#" + anchor[1].getRawFragment(), "no element with id '" + fragment + "'"));
      }
    }
    return List.copyOf(broken);
  }

  /** The paths of every address fetched, to show the crawl went where it should. */
  Set<String> fetchedPaths() {
    Set<String> paths = new TreeSet<>();
    fetched.keySet().forEach(uri -> paths.add(uri.getRawPath()));
    return paths;
  }

  private static URI withoutFragment(URI uri) {
    String s = uri.toString();
    int hash = s.indexOf('#');
    return hash < 0 ? uri : URI.create(s.substring(0, hash));
  }

  /** {@code http://127.0.0.1:4000}; a mailto: or tel: address has no authority, so no origin matches it. */
  private static String origin(URI uri) {
    return uri.getRawAuthority() == null ? "" : uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private HttpResponse<byte[]> get(URI url) {
    try {
      return http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
