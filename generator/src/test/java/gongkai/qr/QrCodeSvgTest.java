package gongkai.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import gongkai.HtmlChecker;
import gongkai.QrDecoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrCodeSvgTest {
  private static final String SUB_PATH_URL = "https://www.example.gov.cn/jtj/gkml/2024/fazhi-report/";
  // 195 characters.
  private static final String LONG_URL =
      "https://www.example.gov.cn/jtj/gkml/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/"
          + "shenzhen-longgang-district-transport-bureau-government-information-disclosure-annual-report-2024/"
          + "index-full-text.html";
  private static final String LABEL = "扫码使用手机浏览本页内容";

  private final QrCodeSvg qr = new QrCodeSvg();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.example.gov.cn/",
        SUB_PATH_URL,
        "https://gk.example.org/xxgk/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/",
        LONG_URL
      })
  void svgDecodesToExactlyTheUrl(String url) {
    assertThat(QrDecoder.decodeSvg(qr.svg(url, LABEL))).isEqualTo(url);
  }

  @Test
  void zbarReadsTheSubPathUrl() {
    byte[] png = QrDecoder.svgToPng(qr.svg(SUB_PATH_URL, LABEL), 400);

    assertThat(QrDecoder.decodeWithZbar(png)).isEqualTo(SUB_PATH_URL);
  }

  @Test
  void nonAsciiTextIsEncodedAsUtf8() {
    String url = "https://gk.example.org/xxgk/2024/年度报告/";
    String svg = qr.svg(url, LABEL);

    assertThat(QrDecoder.decodeSvg(svg)).isEqualTo(url);
    assertThat(QrDecoder.decodeWithZbar(QrDecoder.svgToPng(svg, 400))).isEqualTo(url);
  }

  @Test
  void svgIsOnePathOfBlackModulesOnAWhiteSquareSizedByCss() {
    Element svg = parse(qr.svg(SUB_PATH_URL, LABEL));
    int size = modules(SUB_PATH_URL, ErrorCorrectionLevel.M).getWidth() + 8;

    assertThat(svg.attributes().asList()).extracting(a -> a.getKey() + "=" + a.getValue())
        .containsExactly(
            "xmlns=http://www.w3.org/2000/svg",
            "class=qr-code",
            "viewBox=0 0 " + size + " " + size,
            "role=img",
            "aria-label=" + LABEL,
            "shape-rendering=crispEdges");
    assertThat(svg.children()).extracting(Element::tagName).containsExactly("rect", "path");
    Element rect = svg.child(0);
    assertThat(List.of(rect.attr("x"), rect.attr("y"), rect.attr("width"), rect.attr("height"), rect.attr("fill")))
        .containsExactly("", "", Integer.toString(size), Integer.toString(size), "#fff");
    assertThat(svg.select("path")).hasSize(1);
    assertThat(svg.child(1).attr("fill")).isEqualTo("#000");
  }

  @Test
  void labelIsEscapedInTheAriaLabel() {
    String svg = qr.svg(SUB_PATH_URL, "<&\">");

    assertThat(svg).contains(" aria-label=\"&lt;&amp;&quot;&gt;\" ");
    assertThat(parse(svg).attr("aria-label")).isEqualTo("<&\">");
  }

  @Test
  void quietZoneIsFourModulesOnEverySide() {
    Element svg = parse(qr.svg(SUB_PATH_URL, LABEL));
    int modules = modules(SUB_PATH_URL, ErrorCorrectionLevel.M).getWidth();
    PathModules path = PathModules.parse(svg.selectFirst("path").attr("d"));

    assertThat(svg.attr("viewBox")).isEqualTo("0 0 " + (modules + 8) + " " + (modules + 8));
    // Finder patterns sit in three corners, so the dark modules reach all four sides of the symbol.
    assertThat(List.of(path.minX, path.minY, path.maxX, path.maxY)).containsExactly(4, 4, modules + 4, modules + 4);
  }

  @Test
  void pathFillsExactlyTheEncodersDarkModules() {
    ByteMatrix modules = modules(SUB_PATH_URL, ErrorCorrectionLevel.M);
    int size = modules.getWidth() + 8;

    boolean[][] filled = PathModules.parse(parse(qr.svg(SUB_PATH_URL, LABEL)).selectFirst("path").attr("d")).fill(size);

    assertThat(filled).isDeepEqualTo(withQuietZone(modules));
  }

  @Test
  void rsvgDrawsEveryModuleWhereTheEncoderPutIt() throws IOException {
    ByteMatrix modules = modules(SUB_PATH_URL, ErrorCorrectionLevel.M);
    int size = modules.getWidth() + 8;
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(QrDecoder.svgToPng(qr.svg(SUB_PATH_URL, LABEL), size * 10)));

    boolean[][] drawn = new boolean[size][size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        drawn[y][x] = (image.getRGB(x * 10 + 5, y * 10 + 5) & 0xffffff) == 0;
      }
    }

    assertThat(drawn).isDeepEqualTo(withQuietZone(modules));
  }

  @Test
  void lowerErrorCorrectionGivesASmallerCodeThatStillDecodes() {
    String low = new QrCodeSvg(ErrorCorrectionLevel.L).svg(LONG_URL, LABEL);
    String medium = qr.svg(LONG_URL, LABEL);

    assertThat(viewBoxSize(low)).isLessThan(viewBoxSize(medium));
    assertThat(viewBoxSize(medium)).isEqualTo(modules(LONG_URL, ErrorCorrectionLevel.M).getWidth() + 8);
    assertThat(QrDecoder.decodeSvg(low)).isEqualTo(LONG_URL);
    assertThat(QrDecoder.decodeSvg(medium)).isEqualTo(LONG_URL);
  }

  @Test
  void sameInputGivesTheSameBytes() {
    assertThat(new QrCodeSvg().svg(LONG_URL, LABEL)).isEqualTo(qr.svg(LONG_URL, LABEL));
  }

  @Test
  void svgForASixtyCharacterUrlFitsInTwoAndAHalfKilobytes() {
    String url = "https://www.example.gov.cn/jtj/gkml/2024/xxgk-annual-report/";
    assertThat(url).hasSize(60);

    assertThat(qr.svg(url, LABEL).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2500);
  }

  @Test
  void svgInlinedInAnHtmlPageIsValidHtml() {
    String html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>二维码</title></head>"
        + "<body><figure>" + qr.svg(SUB_PATH_URL, "<&\">") + "<figcaption>" + LABEL + "</figcaption></figure></body></html>\n";

    assertThat(HtmlChecker.errors(html)).isEmpty();
  }

  @Test
  void textTooLongForAQrCodeIsRejected() {
    String url = "https://www.example.gov.cn/" + "a".repeat(3000);

    assertThatThrownBy(() -> qr.svg(url, LABEL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text is too long for a QR code with error correction M (3027 bytes) — shorten the URL")
        .hasCauseInstanceOf(WriterException.class);
  }

  @Test
  void emptyTextIsRejected() {
    assertThatThrownBy(() -> qr.svg("", LABEL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void blankLabelIsRejected() {
    assertThatThrownBy(() -> qr.svg(SUB_PATH_URL, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no label");
  }

  private static ByteMatrix modules(String asciiUrl, ErrorCorrectionLevel level) {
    try {
      return Encoder.encode(asciiUrl, level).getMatrix();
    } catch (WriterException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean[][] withQuietZone(ByteMatrix modules) {
    int size = modules.getWidth() + 8;
    boolean[][] dark = new boolean[size][size];
    boolean[][] symbol = QrPathTest.grid(modules);
    for (int y = 0; y < symbol.length; y++) {
      System.arraycopy(symbol[y], 0, dark[y + 4], 4, symbol[y].length);
    }
    return dark;
  }

  private static Element parse(String svg) {
    Document document = Jsoup.parse(svg, "", Parser.xmlParser());
    return document.child(0);
  }

  private static int viewBoxSize(String svg) {
    return Integer.parseInt(parse(svg).attr("viewBox").split(" ")[3]);
  }
}
