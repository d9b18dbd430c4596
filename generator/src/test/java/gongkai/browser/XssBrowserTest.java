package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Build;
import gongkai.BuildOptions;
import gongkai.HostileSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7: the XSS corpus (xss/payloads.txt, in every front-matter value and the body of one report
 * each) runs nothing in a real browser. The pages' Content-Security-Policy is bypassed, so this
 * proves the markup itself is harmless, not only that the policy blocks it. Every element gets the
 * events a reader causes (hover, focus, toggle) and every address is read with the browser's own
 * URL parser.
 */
class XssBrowserTest {
  /** Records instead of opening dialogs, in every document, before the page's own markup. */
  static final String TRAP = """
      window.gkRan = [];
      for (const name of ['alert', 'confirm', 'prompt', 'print', 'eval']) {
        const record = (...args) => { window.gkRan.push(name + '(' + args.join(',') + ')'); };
        try { Object.defineProperty(window, name, {value: record, writable: false}); } catch (e) {}
      }
      """;

  static final String PROVOKE_AND_READ = """
      const done = arguments[arguments.length - 1];
      const found = [];
      for (const el of document.querySelectorAll('body *')) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'toggle', 'animationstart', 'load', 'error']) {
          el.dispatchEvent(new Event(type));
        }
        for (const name of ['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href']) {
          const value = el.getAttribute(name);
          if (value !== null) {
            const protocol = new URL(value, document.baseURI).protocol;
            if (!['http:', 'https:', 'mailto:', 'tel:'].includes(protocol)) found.push(name + '=' + value);
          }
        }
      }
      if (document.baseURI !== location.href) found.push('base changed to ' + document.baseURI);
      setTimeout(() => done(found.concat(window.gkRan)), 100);
      """;

  static Browser browser;
  static StaticSiteServer server;
  static Path tmp;
  static int reports;

  @BeforeAll
  static void buildAndServe() throws IOException {
    browser = Browser.start(1280, 900);
    tmp = Files.createTempDirectory("gongkai-xss-");
    List<String> payloads = HostileSite.lines("xss/payloads.txt");
    reports = payloads.size();
    Path site = HostileSite.write(tmp.resolve("site"), payloads);
    server = new StaticSiteServer(tmp.resolve("public"), "/jtj/");
    Build.run(new BuildOptions(site, tmp.resolve("public"), false, server.baseUrl()));
    browser.cdp("Page.enable", Map.of());
    browser.cdp("Page.setBypassCSP", Map.of("enabled", true));
    browser.runBeforeEveryPage(TRAP);
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      if (browser != null) {
        browser.close();
      }
      if (tmp != null) {
        try (Stream<Path> walk = Files.walk(tmp)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  static List<String> pages() {
    List<String> pages = new ArrayList<>(List.of("", "gkml/", "care/", "care/gkml/", "search/?q=script"));
    IntStream.range(0, HostileSite.lines("xss/payloads.txt").size()).forEach(i -> pages.add(String.format("gkml/2024/r-%03d/", i)));
    return pages;
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("pages")
  void nothingRunsOrPointsAtScript(String page) {
    browser.open(server.baseUrl() + page);
    assertThat(browser.driver().getCurrentUrl()).as("no redirect").isEqualTo(server.baseUrl() + page);
    Object found = browser.driver().executeAsyncScript(PROVOKE_AND_READ);
    assertThat((List<?>) found).as(page).isEmpty();
  }
}
