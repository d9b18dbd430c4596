package gongkai.browser;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
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

  /** Every HTML page of the build, both editions (a {@code @MethodSource}). */
  static List<String> pages() {
    return site.pages();
  }

  /** Every page at a phone width and a desktop width (a {@code @MethodSource}). */
  static Stream<Arguments> pagesAtPhoneAndDesktopWidths() {
    return site.pages().stream().flatMap(page -> Stream.of(Arguments.of(page, 375), Arguments.of(page, 1280)));
  }

  /** Opens a page with a viewport exactly {@code width} CSS pixels wide. */
  static void open(String page, int width) {
    browser.viewport(width, HEIGHT);
    browser.open(site.url(page));
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
