package gongkai.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QrMaskChoiceTest {
  /** Version 40, the widest QR symbol (ISO/IEC 18004 §5.3.1: 17 + 4 × version modules). */
  private static final int WIDEST = 177;

  /**
   * URLs of every length from a bare host to past one 64-bit word a row, ASCII and Chinese, so
   * every version up to 12 and every mask is met; seeded, so a failure repeats.
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
        widths = Math.max(widths, assertSameModules(qr, url, level));
      }
    }
    assertThat(widths).as("past one word a row").isGreaterThan(64);
  }

  /** Every version 1 to 40 at every level, the fullest symbol of each and the emptiest. */
  @ParameterizedTest
  @EnumSource(VersionTexts.Kind.class)
  void everyVersionAtEveryLevelIsAsZxingMakesIt(VersionTexts.Kind kind) throws Exception {
    for (ErrorCorrectionLevel level : ErrorCorrectionLevel.values()) {
      QrCodeSvg qr = new QrCodeSvg(level);
      Set<Integer> versions = new TreeSet<>();
      for (VersionTexts.Text text : VersionTexts.texts(level, kind, level.ordinal())) {
        int width = assertSameModules(qr, text.text(), level);
        assertThat(width).as("%s, level %s", text.text(), level).isEqualTo(17 + 4 * text.version());
        versions.add(text.version());
      }
      assertThat(versions).as("level %s", level).hasSize(40);
    }
  }

  /** Compares the matrix QrCodeSvg draws with ZXing's own; returns its width. */
  private static int assertSameModules(QrCodeSvg qr, String url, ErrorCorrectionLevel level) throws Exception {
    ByteMatrix zxing = qr.zxingMatrix(url);
    ByteMatrix ours = qr.matrix(url);
    assertThat(ours.getWidth()).as(url).isEqualTo(zxing.getWidth());
    for (int y = 0; y < zxing.getHeight(); y++) {
      assertThat(ours.getArray()[y]).as("%s, level %s, row %d", url, level, y).isEqualTo(zxing.getArray()[y]);
    }
    return zxing.getWidth();
  }

  /**
   * The penalty of any modules, not only of QR symbols, is ZXing's Encoder.calculateMaskPenalty, at
   * every width: noise of three densities with finder-like patterns (light on one side, both or
   * neither) and long runs planted across the rows and columns, where they straddle 64-bit words.
   */
  @Test
  void penaltyIsZxingsForAnyModulesAtEveryWidth() throws Exception {
    Method zxing = Encoder.class.getDeclaredMethod("calculateMaskPenalty", ByteMatrix.class);
    zxing.setAccessible(true);
    Random random = new Random(7_8_3);
    List<Integer> sizes = new ArrayList<>(List.of(7, 11, 12, 63, 64, 65, 66, 127, 128, 129, 130));
    for (int size = 21; size <= WIDEST; size += 4) {
      sizes.add(size);
    }
    for (int size : sizes) {
      for (int trial = 0; trial < 12; trial++) {
        ByteMatrix modules = new ByteMatrix(size, size);
        double density = new double[] {0.2, 0.5, 0.8}[trial % 3];
        for (int y = 0; y < size; y++) {
          for (int x = 0; x < size; x++) {
            modules.set(x, y, random.nextDouble() < density);
          }
        }
        for (int planted = 0; planted < size / 4; planted++) {
          plant(modules, random, trial % 2 == 0);
        }
        assertThat(penalty(modules)).as("size %d, trial %d", size, trial).isEqualTo((int) zxing.invoke(null, modules));
      }
    }
  }

  /** A finder-like 1011101 with some light modules around it, or a run, in a row or a column. */
  private static void plant(ByteMatrix modules, Random random, boolean nearWordEdges) {
    int size = modules.getWidth();
    String pattern = switch (random.nextInt(4)) {
      case 0 -> "00001011101";
      case 1 -> "10111010000";
      case 2 -> "000010111010000";
      default -> random.nextBoolean() ? "1".repeat(5 + random.nextInt(12)) : "0".repeat(5 + random.nextInt(12));
    };
    if (pattern.length() > size) {
      return;
    }
    int along = random.nextInt(size - pattern.length() + 1);
    if (nearWordEdges && size > 64) {
      int edge = 64 * (1 + random.nextInt((size - 1) / 64));
      along = Math.max(0, Math.min(size - pattern.length(), edge - random.nextInt(pattern.length() + 1)));
    }
    int across = random.nextInt(size);
    boolean row = random.nextBoolean();
    for (int i = 0; i < pattern.length(); i++) {
      boolean dark = pattern.charAt(i) == '1';
      if (row) {
        modules.set(along + i, across, dark);
      } else {
        modules.set(across, along + i, dark);
      }
    }
  }

  /** QrMaskChoice's penalty of the modules, in lines of as many words as they need. */
  private static int penalty(ByteMatrix modules) {
    int size = modules.getWidth();
    int words = (size + 63) / 64;
    long[] rows = new long[size * words];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (modules.get(x, y) == 1) {
          rows[y * words + x / 64] |= 1L << x;
        }
      }
    }
    long[] columns = QrLayout.transpose(rows, size, words);
    return words == 1 ? QrMaskChoice.penalty(rows, columns, size) : QrWidePenalty.penalty(rows, columns, size, words);
  }

  /** A reader apart from ZXing (zbar) reads back the address from a wide symbol's SVG. */
  @Test
  void wideSymbolsReadBackWithAnIndependentReader() {
    String url = "https://www.example.gov.cn/gkml/" + "年度报告公开/".repeat(20);
    String encoded = percentEncoded(url); // as pages encode their addresses
    QrCodeSvg qr = new QrCodeSvg(ErrorCorrectionLevel.M);
    assertThat(qr.matrix(encoded).getWidth()).as("wider than one word a row").isGreaterThan(64);
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
