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
        ByteMatrix ours = qr.matrix(url);
        assertThat(ours.getWidth()).as(url).isEqualTo(zxing.getWidth());
        for (int y = 0; y < zxing.getHeight(); y++) {
          assertThat(ours.getArray()[y]).as("%s, level %s, row %d", url, level, y).isEqualTo(zxing.getArray()[y]);
        }
        widths = Math.max(widths, zxing.getWidth());
      }
    }
    // The URLs reach past version 11, so ZXing's own path for wide symbols is compared too.
    assertThat(widths).isGreaterThan(64);
  }
}
