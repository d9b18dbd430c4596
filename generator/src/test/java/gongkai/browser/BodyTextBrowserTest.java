package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * The body text as Chromium lays it out, against DESIGN.md's reader-facing targets: size, line
 * height, paragraph gap (WCAG 1.4.8 Visual Presentation, and the MIIT 适老化 rules for the care
 * edition) and CJK line length. Every figure is measured from rendered line boxes, not read from
 * the style sheet, so a font, a rule further down or a wrapper that changes the result is caught.
 */
class BodyTextBrowserTest extends BrowserTestBase {
  /** The body paragraphs: the publisher's running text, not lists, tables or footnotes. */
  static final String PARAGRAPHS = ".report-body > p";

  /**
   * Per paragraph: font size, the pitch between its rendered lines (the tops of the text's line
   * fragments, so the line height as drawn), and the pitch across the break to the next paragraph
   * (its last line to the next one's first line), plus the width of its content box.
   */
  static final String MEASURE = """
      const lineTops = (p, fontSize) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        const tops = [];
        for (const r of range.getClientRects()) {
          if (r.width > 0 && !tops.some(t => Math.abs(t - r.top) < fontSize / 2)) tops.push(r.top);
        }
        return tops.sort((a, b) => a - b);
      };
      return [...document.querySelectorAll(arguments[0])].map(p => {
        const cs = getComputedStyle(p);
        const fontSize = parseFloat(cs.fontSize);
        const tops = lineTops(p, fontSize);
        const pitches = tops.slice(1).map((t, i) => t - tops[i]);
        const next = p.nextElementSibling;
        const nextTops = next && next.matches('p') ? lineTops(next, fontSize) : [];
        return {text: p.textContent.trim().slice(0, 20), fontSize: fontSize, lines: tops.length,
                linePitch: pitches.length ? Math.min(...pitches) : null,
                gapPitch: nextTops.length ? nextTops[0] - tops[tops.length - 1] : null,
                contentWidth: p.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)};
      });
      """;

  /** Chromium lays text out in 1/64 px, so a line height of exactly 1.8 may measure 1.7995. */
  static final double LAYOUT_ROUNDING = 0.01;

  /** DESIGN.md, reader-facing targets: body text size and line height per edition. */
  record Target(double minSize, double maxSize, double minLineHeight) {
    static Target of(String page) {
      return page.startsWith("care/") ? new Target(24, Double.MAX_VALUE, 1.8) : new Target(16, 19, 1.5);
    }
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("reportPages")
  void bodyTextHasTheEditionsSizeAndLineHeight(String page) {
    open(page, 1280);
    Target target = Target.of(page);
    List<Map<String, Object>> paragraphs = measure(page);
    for (Map<String, Object> p : paragraphs) {
      double size = number(p.get("fontSize"));
      assertThat(size).as("font size of %s on /jtj/%s", p, page).isBetween(target.minSize(), target.maxSize());
      if (p.get("linePitch") != null) {
        assertThat(number(p.get("linePitch")) / size).as("line height / font size of %s on /jtj/%s", p, page)
            .isGreaterThanOrEqualTo(target.minLineHeight() - LAYOUT_ROUNDING);
      }
    }
    assertThat(paragraphs).as("/jtj/%s has a paragraph of two lines or more to measure", page)
        .anyMatch(p -> p.get("linePitch") != null);
  }

  /**
   * The break between two paragraphs must read as a break (WCAG 1.4.8; DESIGN.md: at least 1.3 ×
   * the line): from the last line of one to the first line of the next is at least 1.3 times the
   * distance between two lines of a paragraph. The seed page has paragraphs in a row; most
   * other sample reports put a heading between every two.
   */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void paragraphBreakIsAtLeast1Point3Lines(String page) {
    open(page, 1280);
    List<Map<String, Object>> paragraphs = measure(page);
    double linePitch = paragraphs.stream().filter(p -> p.get("linePitch") != null)
        .mapToDouble(p -> number(p.get("linePitch"))).min().orElseThrow();
    List<Map<String, Object>> followed = paragraphs.stream().filter(p -> p.get("gapPitch") != null).toList();
    assertThat(followed).as("paragraphs followed by a paragraph on /jtj/%s", page).isNotEmpty();
    for (Map<String, Object> p : followed) {
      assertThat(number(p.get("gapPitch")) / linePitch)
          .as("paragraph break / line pitch (%s px) after %s on /jtj/%s", linePitch, p, page)
          .isGreaterThanOrEqualTo(1.3 - LAYOUT_ROUNDING);
    }
  }

  static Stream<Arguments> seedPagesAtEveryFontSize() {
    return seedPages().stream().flatMap(page -> Stream.of("small", "medium", "large").map(size -> Arguments.of(page, size)));
  }

  /**
   * DESIGN.md: a CJK line holds at most 40 characters, at a desktop width where nothing else
   * limits it and at every 字号 step. Each Han character is one em wide, so the content box
   * width in ems is the number of characters a full line holds.
   */
  @ParameterizedTest(name = "/jtj/{0} at 字号 {1}")
  @MethodSource("seedPagesAtEveryFontSize")
  void cjkLinesHoldAtMost40Characters(String page, String fontSize) {
    open(page, 1280);
    browser.driver().findElement(By.cssSelector(".tools [data-font-size-set='" + fontSize + "']")).click();
    for (Map<String, Object> p : measure(page)) {
      double characters = number(p.get("contentWidth")) / number(p.get("fontSize"));
      assertThat(characters).as("characters per line of %s on /jtj/%s at 字号 %s", p, page, fontSize)
          .isLessThanOrEqualTo(40.01)
          .isGreaterThanOrEqualTo(20); // and not squeezed into a narrow column at 1280 px
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> measure(String page) {
    List<Map<String, Object>> paragraphs = (List<Map<String, Object>>) browser.js(MEASURE, PARAGRAPHS);
    assertThat(paragraphs).as("body paragraphs on /jtj/%s", page).isNotEmpty();
    return paragraphs;
  }
}
