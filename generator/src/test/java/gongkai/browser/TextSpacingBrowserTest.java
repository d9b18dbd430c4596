package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 1.4.12 Text Spacing: with a reader's own spacing (line height 1.5, letter spacing 0.12em,
 * word spacing 0.16em, paragraph spacing 2em) nothing is clipped and the page still reflows.
 */
class TextSpacingBrowserTest extends BrowserTestBase {
  /** The WCAG 1.4.12 test bookmarklet's CSS (Steve Faulkner's "text spacing" bookmarklet). */
  static final String SPACING_CSS = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
      + " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

  /**
   * Adds the CSS as a constructed style sheet: the pages' Content-Security-Policy (style-src 'self')
   * rightly refuses an injected style element, but a reader's user style sheet is not page content.
   * Returns what the browser computed, to prove the spacing took effect.
   */
  static final String APPLY_SPACING = """
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(arguments[0]);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const main = getComputedStyle(document.querySelector('main'));
      return {fontSize: parseFloat(main.fontSize), letterSpacing: parseFloat(main.letterSpacing),
              lineHeight: parseFloat(main.lineHeight)};
      """;

  /** Every element that hides its overflow, holds text, and has more content than room. */
  static final String CLIPPED = DESCRIBE + """
      const hides = v => v === 'hidden' || v === 'clip';
      const clipped = [];
      for (const el of document.body.querySelectorAll('*')) {
        if (el.closest('.visually-hidden, .skip-link') || !el.textContent.trim() || el.getClientRects().length === 0) continue;
        const cs = getComputedStyle(el);
        const tall = hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
        const wide = hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
        if (tall || wide) {
          clipped.push(describe(el) + ': overflow ' + cs.overflowX + '/' + cs.overflowY + ', content '
              + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight);
        }
      }
      return clipped;
      """;

  static Stream<Arguments> pagesAtNarrowAndWideWidths() {
    return site.pages().stream().flatMap(page -> Stream.of(Arguments.of(page, 320), Arguments.of(page, 1280)));
  }

  @ParameterizedTest(name = "/jtj/{0} at {1} px")
  @MethodSource("pagesAtNarrowAndWideWidths")
  @SuppressWarnings("unchecked")
  void widerTextSpacingClipsNothingAndKeepsTheReflow(String page, int width) {
    open(page, width);
    Map<String, Object> applied = (Map<String, Object>) browser.js(APPLY_SPACING, SPACING_CSS);
    double fontSize = ((Number) applied.get("fontSize")).doubleValue();
    assertThat(((Number) applied.get("letterSpacing")).doubleValue()).as("spacing applied: %s", applied)
        .isCloseTo(0.12 * fontSize, offset(0.05));
    assertThat(((Number) applied.get("lineHeight")).doubleValue()).as("spacing applied: %s", applied)
        .isCloseTo(1.5 * fontSize, offset(0.05));

    List<String> clipped = (List<String>) browser.js(CLIPPED);
    assertThat(clipped).as("text clipped on /jtj/%s at %d px with WCAG 1.4.12 spacing", page, width).isEmpty();
    ReflowBrowserTest.assertNoHorizontalScroll(page, width);
  }
}
