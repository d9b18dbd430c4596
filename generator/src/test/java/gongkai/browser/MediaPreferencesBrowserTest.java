package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's system settings, emulated in Chromium: reduced motion (WCAG 2.3.3; DESIGN.md: the
 * care edition has no animation at all), forced colours (Windows contrast themes: states and
 * focus must not depend on our colours, WCAG 1.4.1 and 2.4.7) and a request for more contrast.
 */
class MediaPreferencesBrowserTest extends BrowserTestBase {
  /**
   * Motion a later theme change might bring: transitions, an endless animation and smooth
   * scrolling, added as a reader's style sheet would be (the policy refuses a style element).
   */
  static final String ADD_MOTION = """
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`a, button, .tool-button, .report-title { transition: color 1s, background-color 1s;
          animation: gk-pulse 2s infinite; }
        html { scroll-behavior: smooth; }
        @keyframes gk-pulse { to { opacity: 0.5; } }`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      """;

  /** Running animations, the longest transition anywhere, and how the page scrolls. */
  static final String MOTION = DESCRIBE + """
      const seconds = list => Math.max(...list.split(',').map(s => parseFloat(s) || 0));
      let longest = 0, where = null;
      for (const el of document.querySelectorAll('*')) {
        const t = seconds(getComputedStyle(el).transitionDuration);
        if (t > longest) { longest = t; where = describe(el); }
      }
      return {animations: document.getAnimations().length, transition: longest, where: where,
              scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior};
      """;

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("pages")
  void nothingMovesUnderReducedMotionNorEverInTheCareEdition(String page) {
    boolean care = page.startsWith("care/");
    if (!care) {
      browser.emulateMedia(Map.of("prefers-reduced-motion", "reduce"));
    }
    open(page, 1280);
    assertThat(motion()).as("the page's own motion on /jtj/%s", page)
        .containsEntry("animations", 0L).containsEntry("transition", 0L).containsEntry("scrollBehavior", "auto");
    browser.js(ADD_MOTION);
    assertThat(motion()).as("motion added to /jtj/%s is switched off", page)
        .containsEntry("animations", 0L).containsEntry("transition", 0L).containsEntry("scrollBehavior", "auto");
  }

  /** The check above can fail: without the preference the standard edition lets the added motion run. */
  @Test
  void addedMotionRunsInTheStandardEditionWhenTheReaderAllowsIt() {
    browser.emulateMedia(Map.of("prefers-reduced-motion", "no-preference"));
    open(SEED, 1280);
    browser.js(ADD_MOTION);
    Map<String, Object> motion = motion();
    assertThat(number(motion.get("animations"))).as("%s", motion).isPositive();
    assertThat(number(motion.get("transition"))).as("%s", motion).isEqualTo(1.0);
    assertThat(motion.get("scrollBehavior")).isEqualTo("smooth");
  }

  /**
   * Forced colours replace our colours with the reader's: the tool buttons must still look like
   * buttons (a border), the pressed 字号 button must differ from the others by more than colour,
   * and every tool must show focus, the pressed one included.
   */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  @SuppressWarnings("unchecked")
  void buttonsStatesAndFocusStayVisibleInForcedColours(String page) {
    browser.emulateMedia(Map.of("forced-colors", "active"));
    open(page, 1280);
    assertThat(browser.js("return matchMedia('(forced-colors: active)').matches")).as("forced colours emulated").isEqualTo(true);

    List<Map<String, Object>> buttons = (List<Map<String, Object>>) browser.js(DESCRIBE + """
        return [...document.querySelectorAll('.tools .tool-button')].map(b => {
          const cs = getComputedStyle(b);
          return {name: describe(b), pressed: b.getAttribute('aria-pressed') === 'true', border: cs.borderTopStyle,
                  borderWidth: parseFloat(cs.borderTopWidth), look: [cs.outlineStyle, cs.outlineWidth, cs.borderTopWidth,
                  cs.borderTopStyle, cs.backgroundColor, cs.color, cs.textDecorationLine].join(' ')};
        });
        """);
    assertThat(buttons).as("tool buttons").hasSizeGreaterThanOrEqualTo(6).allSatisfy(b -> {
      assertThat(b.get("border")).as("border of %s", b).isNotEqualTo("none");
      assertThat(number(b.get("borderWidth"))).as("border of %s", b).isGreaterThanOrEqualTo(1);
    });
    List<Object> pressed = buttons.stream().filter(b -> (Boolean) b.get("pressed")).map(b -> b.get("look")).toList();
    List<Object> unpressed = buttons.stream().filter(b -> !(Boolean) b.get("pressed")).map(b -> b.get("look")).distinct().toList();
    assertThat(pressed).as("the pressed 字号 button").hasSize(1);
    assertThat(unpressed).as("how buttons that are not pressed look").doesNotContain(pressed.get(0));

    browser.js("""
        window.gkOutline = b => {
          const cs = getComputedStyle(b);
          return [cs.outlineStyle, cs.outlineWidth, cs.outlineColor, cs.outlineOffset].join(' ');
        };
        window.gkUnfocused = new Map([...document.querySelectorAll('.tools .tool-button')].map(b => [b, window.gkOutline(b)]));
        """);
    for (String tool : List.of("[data-font-size-set=large]", "[data-font-size-set=medium]", "[data-font-size-set=small]",
        "[data-print=page]", "[data-print=content]", "[data-share]")) {
      tabTo(".tools " + tool);
      Map<String, Object> focus = (Map<String, Object>) browser.js("""
          const b = document.activeElement, cs = getComputedStyle(b);
          return {outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth),
                  focused: window.gkOutline(b), unfocused: window.gkUnfocused.get(b)};
          """);
      assertThat(focus.get("outline")).as("focus outline of %s in forced colours: %s", tool, focus).isNotEqualTo("none");
      assertThat(number(focus.get("width"))).as("focus outline of %s: %s", tool, focus).isGreaterThanOrEqualTo(2);
      assertThat(focus.get("focused")).as("%s looks different when focused: %s", tool, focus).isNotEqualTo(focus.get("unfocused"));
    }
  }

  /**
   * A reader who asks for more contrast gets black text and rules that stand out: every border
   * drawn on the page reaches 3:1 against what surrounds it (the WCAG 1.4.11 figure).
   */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  @SuppressWarnings("unchecked")
  void moreContrastGivesBlackTextAndRulesOfAtLeast3To1(String page) {
    browser.emulateMedia(Map.of("prefers-contrast", "more"));
    open(page, 1280);
    assertThat(browser.js("return matchMedia('(prefers-contrast: more)').matches")).as("preference emulated").isEqualTo(true);
    assertThat(browser.js("return getComputedStyle(document.querySelector('.report-body p')).color")).isEqualTo("rgb(0, 0, 0)");
    Map<String, Object> rules = (Map<String, Object>) browser.js(DESCRIBE + """
        const rgb = s => s.match(/[\\d.]+/g).map(Number);
        const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                           return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        const around = el => { for (let p = el.parentElement; p; p = p.parentElement) {
                                 const c = rgb(getComputedStyle(p).backgroundColor); if (c.length < 4 || c[3] > 0) return c; }
                               return [255, 255, 255]; };
        const weak = [];
        let borders = 0;
        for (const el of document.body.querySelectorAll('*')) {
          if (el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
          const cs = getComputedStyle(el);
          for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
            if (cs['border' + side + 'Style'] === 'none' || parseFloat(cs['border' + side + 'Width']) === 0) continue;
            borders++;
            const r = ratio(rgb(cs['border' + side + 'Color']), around(el));
            if (r < 3) weak.push(describe(el) + ' ' + side.toLowerCase() + ' ' + cs['border' + side + 'Color'] + ' ' + r.toFixed(2) + ':1');
          }
        }
        return {borders: borders, weak: [...new Set(weak)].slice(0, 15)};
        """);
    assertThat(number(rules.get("borders"))).as("borders drawn on /jtj/%s", page).isGreaterThan(10);
    assertThat((List<String>) rules.get("weak")).as("borders under 3:1 on /jtj/%s with prefers-contrast: more", page).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> motion() {
    return (Map<String, Object>) browser.js(MOTION);
  }
}
