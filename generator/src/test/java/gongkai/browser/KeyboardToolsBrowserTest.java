package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reading tool is reached with Tab and works with Enter and Space alone (WCAG 2.1.1
 * Keyboard), says what it did through its state or a status message (WCAG 4.1.2, 4.1.3), and
 * keeps the keyboard user's place (WCAG 2.4.3).
 */
class KeyboardToolsBrowserTest extends BrowserTestBase {
  /** The top bar (with the 无障碍阅读 panel) and the tools row under the title. */
  static final String TOOLS = ".topbar a[href], .topbar button, .tools a[href], .tools button";

  /** Remembers each element Tab reaches; gkStep() says whether to stop, open a collapsed disclosure or go on. */
  static final String PREPARE_WALK = """
      window.gkReached = new Set();
      window.gkStep = () => {
        const el = document.activeElement;
        if (!el || el === document.body || window.gkReached.has(el)) return 'done';
        window.gkReached.add(el);
        return el.getAttribute('aria-expanded') === 'false' ? 'collapsed' : 'next';
      };
      """;

  static final String NOT_REACHED = DESCRIBE + """
      const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const tools = [...document.querySelectorAll(arguments[0])].filter(el => !el.disabled && shown(el));
      return {tools: tools.length, missed: tools.filter(el => !window.gkReached.has(el)).map(describe)};
      """;

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  @SuppressWarnings("unchecked")
  void tabReachesEveryControlOfTheTopBarAndToolsRow(String page) {
    open(page, 1280);
    browser.js(PREPARE_WALK);
    for (int i = 0; i < FocusBrowserTest.MAX_TABS; i++) {
      browser.pressTab();
      Object step = browser.js("return window.gkStep()");
      if (step.equals("done")) {
        break;
      }
      if (step.equals("collapsed")) {
        browser.pressEnter();
      }
    }
    Map<String, Object> result = (Map<String, Object>) browser.js(NOT_REACHED, TOOLS);
    // 无障碍阅读, 关怀版/标准版, 返回首页; in the panel 大 中 小, 高对比度, 加大行距, 朗读; in the row 大 中 小, 打印整页, 打印内容, 分享.
    assertThat(number(result.get("tools"))).as("tools shown on /jtj/%s with the panel open", page).isGreaterThanOrEqualTo(15);
    assertThat((List<String>) result.get("missed")).as("tools Tab never reached on /jtj/%s", page).isEmpty();
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void fontSizeButtonsWorkWithEnterAndSpace(String page) {
    open(page, 1280);
    double medium = rootFontSize();
    tabTo(".tools [data-font-size-set=large]");
    browser.pressEnter();
    assertThat(rootFontSize()).as("root font size after Enter on 大").isGreaterThan(medium);
    assertThat(focusedAttribute("aria-pressed")).as("大 announces that it is pressed").isEqualTo("true");

    tabTo(".tools [data-font-size-set=small]");
    browser.pressSpace();
    assertThat(rootFontSize()).as("root font size after Space on 小").isLessThan(medium);
    assertThat(focusedAttribute("aria-pressed")).as("小 announces that it is pressed").isEqualTo("true");
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void readingToolsPanelOpensAndItsTogglesWorkFromTheKeyboard(String page) {
    open(page, 1280);
    assertThat(shown("#reading-tools")).as("the 无障碍阅读 panel starts closed").isFalse();
    tabTo("[aria-controls=reading-tools]");
    browser.pressEnter();
    assertThat(focusedAttribute("aria-expanded")).as("无障碍阅读 announces the open panel").isEqualTo("true");
    assertThat(shown("#reading-tools")).as("the panel is shown").isTrue();

    tabTo("#reading-tools [data-toggle=contrast]");
    String background = bodyStyle("backgroundColor");
    browser.pressSpace();
    assertThat(focusedAttribute("aria-pressed")).as("高对比度 pressed after Space").isEqualTo("true");
    assertThat(bodyStyle("backgroundColor")).as("page background in high contrast").isEqualTo("rgb(0, 0, 0)");
    assertThat(bodyStyle("color")).as("text colour in high contrast").isEqualTo("rgb(255, 255, 255)");
    browser.pressEnter();
    assertThat(focusedAttribute("aria-pressed")).as("高对比度 released after Enter").isEqualTo("false");
    assertThat(bodyStyle("backgroundColor")).as("page background back to normal").isEqualTo(background);

    tabTo("#reading-tools [data-toggle=spacing]");
    double lineHeight = bodyLineHeightInEms();
    browser.pressEnter();
    assertThat(focusedAttribute("aria-pressed")).as("加大行距 pressed after Enter").isEqualTo("true");
    assertThat(bodyLineHeightInEms()).as("line height in ems with 加大行距 (was %s)", lineHeight).isGreaterThanOrEqualTo(lineHeight + 0.2);

    tabTo("[aria-controls=reading-tools]");
    browser.pressEnter();
    assertThat(focusedAttribute("aria-expanded")).as("无障碍阅读 announces the closed panel").isEqualTo("false");
    assertThat(shown("#reading-tools")).as("the panel is hidden again").isFalse();
  }

  /**
   * 分享 without a system share sheet (desktop Chromium on Linux has no {@code navigator.share})
   * copies the page's address and says so in the status region.
   */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void shareCopiesTheLinkAndSaysSoWhenThereIsNoShareSheet(String page) {
    open(page + "#toc", 1280);
    browser.js("""
        Object.defineProperty(navigator, 'share', {value: undefined, configurable: true});
        window.gkCopied = [];
        navigator.clipboard.writeText = text => { window.gkCopied.push(text); return Promise.resolve(); };
        """);
    tabTo("[data-share]");
    browser.pressEnter();
    assertThat(browser.js("return window.gkCopied")).as("copied to the clipboard").isEqualTo(List.of(site.url(page)));
    assertThat(statusText()).isEqualTo("本页链接已复制，可以粘贴分享。");
  }

  /** When the clipboard refuses, the status region gives the address to copy by hand. */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void shareGivesTheAddressWhenCopyingFails(String page) {
    open(page, 1280);
    browser.js("""
        Object.defineProperty(navigator, 'share', {value: undefined, configurable: true});
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
        """);
    tabTo("[data-share]");
    browser.pressSpace();
    assertThat(statusText()).isEqualTo("请复制本页地址：" + site.url(page));
  }

  /** Where there is a system share sheet, 分享 opens it with the page's title and address. */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void shareOpensTheSystemShareSheetWhereThereIsOne(String page) {
    open(page, 1280);
    browser.js("""
        window.gkShared = [];
        Object.defineProperty(navigator, 'share', {configurable: true,
            value: data => { window.gkShared.push(data.title + ' ' + data.url); return Promise.resolve(); }});
        """);
    tabTo("[data-share]");
    browser.pressEnter();
    assertThat(browser.js("return window.gkShared"))
        .isEqualTo(List.of(browser.driver().getTitle() + " " + site.url(page)));
    assertThat(statusText()).as("nothing copied, nothing to say").isEmpty();
  }

  /**
   * 打印整页 and 打印内容 both print; the print style sheet tells them apart by the html
   * element's data-print, which must be set while printing and gone afterwards.
   */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void printButtonsPrintTheWholePageOrItsContent(String page) {
    open(page, 1280);
    browser.js("""
        window.gkPrinted = [];
        window.print = () => window.gkPrinted.push(document.documentElement.getAttribute('data-print'));
        """);
    tabTo("[data-print=page]");
    browser.pressEnter();
    browser.js("window.dispatchEvent(new Event('afterprint'))");
    assertThat(browser.js("return document.documentElement.getAttribute('data-print')")).as("data-print after printing").isNull();
    tabTo("[data-print=content]");
    browser.pressSpace();
    assertThat(browser.js("return window.gkPrinted")).as("window.print() calls, with data-print at the time")
        .isEqualTo(List.of("page", "content"));
  }

  private static double rootFontSize() {
    return number(browser.js("return parseFloat(getComputedStyle(document.documentElement).fontSize)"));
  }

  private static Object focusedAttribute(String name) {
    return browser.js("return document.activeElement.getAttribute(arguments[0])", name);
  }

  private static boolean shown(String selector) {
    return (Boolean) browser.js("const el = document.querySelector(arguments[0]); return el.getClientRects().length > 0", selector);
  }

  private static String bodyStyle(String property) {
    return (String) browser.js("return getComputedStyle(document.body)[arguments[0]]", property);
  }

  private static double bodyLineHeightInEms() {
    return number(browser.js("const cs = getComputedStyle(document.body); return parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)"));
  }

  private static String statusText() {
    return (String) browser.js("return document.querySelector('.tools [role=status]').textContent");
  }
}
