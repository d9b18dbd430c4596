package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.QrDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 扫码使用手机浏览本页内容, as a reader does it: the code as Chromium draws it on a phone-sized screen
 * is photographed (a viewport screenshot, page text around it included), decoded, and the decoded
 * address opened — it must be the same page, in the same edition.
 */
class QrCodeBrowserTest extends BrowserTestBase {
  static final int PHONE = 375;

  /** Every page but the 404 pages, which are served at whatever address was mistyped. */
  static List<String> pagesWithCodes() {
    return site.pages().stream().filter(page -> !page.endsWith("404.html")).toList();
  }

  @ParameterizedTest(name = "/{0}")
  @MethodSource("pagesWithCodes")
  void screenshotAtPhoneWidthDecodesToThePageAndOpensIt(String page) throws IOException {
    open(page, PHONE);
    browser.js("document.querySelector('.page-qr').scrollIntoView({block: 'center'})");
    Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
    byte[] png = Base64.getDecoder().decode((String) shot.get("data"));

    String decoded = QrDecoder.decodePng(ImageIO.read(new ByteArrayInputStream(png)));

    assertThat(decoded).isEqualTo(site.url(page));
    String title = browser.driver().getTitle();
    browser.open(decoded);
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(site.url(page));
    assertThat(browser.driver().getTitle()).isEqualTo(title);
  }

  @ParameterizedTest(name = "/{0}")
  @MethodSource("pagesWithCodes")
  void codeIsLargeEnoughToScanFromAPhoneScreen(String page) {
    open(page, PHONE);
    // At least 3 CSS px per module (41 modules for the longest sample URL), so a second phone's
    // camera resolves every module from a comfortable distance; and square, never squeezed.
    long width = browser.jsLong("return Math.round(document.querySelector('svg.qr-code').getBoundingClientRect().width)");
    long height = browser.jsLong("return Math.round(document.querySelector('svg.qr-code').getBoundingClientRect().height)");
    assertThat(width).isGreaterThanOrEqualTo(123);
    assertThat(height).isEqualTo(width);
  }
}
