package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Shared setup of the browser tests: one Chromium and one freshly built, served sample site per
 * test class (test classes run one after another, so the static fields are never shared).
 */
abstract class BrowserTestBase {
  /** The seed page (DESIGN.md): the richest page, with metadata, tools, TOC, body and pager. */
  static final String SEED = "gkml/2024/fazhi-report/";
  static final int HEIGHT = 900;

  static Browser browser;
  static SiteUnderTest site;

  @BeforeAll
  static void startBrowserAndServeSite() {
    browser = Browser.start(1280, HEIGHT); // first, so a missing browser skips before the build
    site = SiteUnderTest.buildSample();
  }

  @AfterAll
  static void stopBrowserAndSite() {
    try {
      if (site != null) {
        site.close();
      }
    } finally {
      if (browser != null) {
        browser.close();
      }
      browser = null;
      site = null;
    }
  }

  /** Each test starts as a new reader: nothing remembered, no emulation, JavaScript on. */
  @AfterEach
  void forgetTheReader() {
    if (browser != null && site != null) {
      browser.undoOverrides();
      browser.clearStorage(site.origin());
    }
  }

  /** Every HTML page of the build, both editions (a {@code @MethodSource}). */
  static List<String> pages() {
    return site.pages();
  }

  /** Every page at a phone width and a desktop width (a {@code @MethodSource}). */
  static Stream<Arguments> pagesAtPhoneAndDesktopWidths() {
    return site.pages().stream().flatMap(page -> Stream.of(Arguments.of(page, 375), Arguments.of(page, 1280)));
  }

  /** Every report page of both editions (a {@code @MethodSource}). */
  static List<String> reportPages() {
    return site.reportPages();
  }

  /** The seed page in the standard and the care edition (a {@code @MethodSource}). */
  static List<String> seedPages() {
    return List.of(SEED, "care/" + SEED);
  }

  /** Opens a page with a viewport exactly {@code width} CSS pixels wide. */
  static void open(String page, int width) {
    browser.viewport(width, HEIGHT);
    browser.open(site.url(page));
  }

  /**
   * Presses Tab, as a keyboard user would, until the focused element matches {@code selector};
   * fails naming the Tab stops passed on the way when it is never reached (WCAG 2.1.1).
   */
  static void tabTo(String selector) {
    browser.js("window.gkTabStops = new Set()");
    List<String> stops = new ArrayList<>();
    for (int i = 0; i < FocusBrowserTest.MAX_TABS; i++) {
      browser.pressTab();
      @SuppressWarnings("unchecked")
      Map<String, Object> focused = (Map<String, Object>) browser.js(DESCRIBE + """
          const el = document.activeElement;
          const again = window.gkTabStops.has(el);
          window.gkTabStops.add(el);
          return {matches: el.matches(arguments[0]), again: again, name: describe(el)};
          """, selector);
      if ((Boolean) focused.get("matches")) {
        return;
      }
      if ((Boolean) focused.get("again")) {
        break; // focus went round the page
      }
      stops.add((String) focused.get("name"));
    }
    fail("Tab never reached %s; Tab stops: %s", selector, stops);
  }

  static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  /**
   * Records, in order, the changes of the html element's attributes and the moment the body
   * element is inserted. Mutation records keep the order things happened in, whenever the
   * observer gets to read them, so "attribute before body" means the setting was applied before
   * any of the page's content existed to be painted.
   */
  static final String WATCH_LOAD = """
      window.gkLoad = [];
      new MutationObserver(records => {
        for (const r of records) {
          if (r.type === 'attributes' && r.target === document.documentElement) {
            window.gkLoad.push(r.attributeName + '=' + (r.target.getAttribute(r.attributeName) || ''));
          }
          for (const n of r.addedNodes || []) {
            if (n.nodeName === 'BODY') window.gkLoad.push('<body>');
          }
        }
      }).observe(document, {subtree: true, childList: true, attributes: true});
      """;

  /**
   * After a load watched with {@link #WATCH_LOAD}: each {@code name=value} was set on the html
   * element before the body element was inserted.
   */
  @SuppressWarnings("unchecked")
  static void assertSetBeforeTheBody(String page, String... attributes) {
    List<String> load = (List<String>) browser.js("return window.gkLoad");
    assertThat(load).as("changes to <html> and the body's arrival, in order, while /jtj/%s loaded", page)
        .contains(attributes).contains("<body>");
    for (String attribute : attributes) {
      assertThat(load.indexOf(attribute)).as("%s set before <body> was inserted: %s", attribute, load)
          .isLessThan(load.indexOf("<body>"));
    }
  }

  /** JavaScript that names an element for failure messages: {@code a.skip-link "跳到正文"}. */
  static final String DESCRIBE = """
      const describe = el => {
        const id = el.id ? '#' + el.id : '';
        const cls = typeof el.className === 'string' && el.className.trim()
            ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
        const parent = el.parentElement && el.parentElement !== document.body
            ? el.parentElement.tagName.toLowerCase() + (el.parentElement.className ? '.' + String(el.parentElement.className).trim().split(/\\s+/).join('.') : '') + ' > ' : '';
        const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30);
        return parent + el.tagName.toLowerCase() + id + cls + (text ? ' "' + text + '"' : '');
      };
      """;
}
