package gongkai.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QrMaskChoiceTest {
  /**
   * URLs of every length from a bare host to past the widest symbol QrLayout keeps, ASCII and
   * Chinese, so every version up to 11 and every mask is met; seeded, so a failure repeats.
   */
  private static List<String> urls() {
    Random random = new Random(18004);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_/%年度报告公开";
    List<String> urls = new ArrayList<>();
    for (int length = 1; length <= 280; length++) {
      for (int i = 0; i < 3; i++) {
        StringBuilder url = new StringBuilder("https://www.example.gov.cn/");
        for (int c = 0; c < length; c++) {
          url.append(alphabet.charAt(random.nextInt(i == 2 ? alphabet.length() : alphabet.length() - 6)));
        }
        urls.add(url.toString());
      }
    }
    return urls;
  }

  @Test
  void everyModuleIsAsZxingsOwnChoiceOfMaskMakesIt() throws Exception {
    int widths = 0;
    for (ErrorCorrectionLevel level : ErrorCorrectionLevel.values()) {
      QrCodeSvg qr = new QrCodeSvg(level);
      for (String url : urls()) {
        ByteMatrix zxing = qr.zxingMatrix(url);
        if (zxing.getWidth() > WIDEST_OWN) {
          continue; // QrCodeSvg hands these to ZXing itself: comparing them would compare ZXing with ZXing
        }
        ByteMatrix ours = qr.matrix(url);
        assertThat(ours.getWidth()).as(url).isEqualTo(zxing.getWidth());
        for (int y = 0; y < zxing.getHeight(); y++) {
          assertThat(ours.getArray()[y]).as("%s, level %s, row %d", url, level, y).isEqualTo(zxing.getArray()[y]);
        }
        widths = Math.max(widths, zxing.getWidth());
      }
    }
    assertThat(widths).as("every version QrEncoder makes, up to 11").isEqualTo(WIDEST_OWN);
  }

  /** Version 11, the widest symbol QrEncoder makes itself (QrLayout). */
  private static final int WIDEST_OWN = 61;

  /**
   * Symbols wider than QrEncoder's are ZXing's; what is checked of them is that a reader apart from
   * ZXing (zbar) reads back the address from the SVG the page carries.
   */
  @Test
  void symbolsWiderThanOursReadBackWithAnIndependentReader() {
    String url = "https://www.example.gov.cn/gkml/" + "年度报告公开/".repeat(20);
    String encoded = percentEncoded(url); // as pages encode their addresses
    QrCodeSvg qr = new QrCodeSvg(ErrorCorrectionLevel.M);
    assertThat(qr.matrix(encoded).getWidth()).as("wider than version 11").isGreaterThan(WIDEST_OWN);
    byte[] png = gongkai.QrDecoder.svgToPng(qr.svg(encoded, "QR"), 800);
    assertThat(gongkai.QrDecoder.decodeWithZbar(png)).isEqualTo(encoded);
  }

  private static String percentEncoded(String url) {
    StringBuilder out = new StringBuilder();
    for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      out.append(b >= 0 ? Character.toString((char) b) : String.format("%%%02X", b & 0xff));
    }
    return out.toString();
  }
}
