package gongkai.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SVG is byte for byte what the slow, obvious pipeline gives: ZXing's own encoder with its own
 * choice of mask (eight symbols built and scored), outlined by the tracer as it was before
 * (QrPathReference), in the same markup. Built pages must not change when the QR code gets faster.
 */
class QrCodeSvgReferenceTest {
  private static final String LABEL = "扫码使用手机浏览本页内容 ";

  /**
   * Page addresses as a build makes them, random ones of every length from a bare host to past one
   * 64-bit word a row (ASCII, percent-encoded and raw Chinese), and texts ZXing puts
   * in numeric or alphanumeric mode rather than bytes; seeded, so a failure repeats.
   */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 400; i += 7) {
      String path = String.format("jtj/gkml/%d/r%06d/", 2015 + i % 10, i);
      texts.add("https://www.example.gov.cn/" + path);
      texts.add("https://www.example.gov.cn/care/" + path);
    }
    Random random = new Random(20240102);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_/.%ABCDEF年度报告公开";
    for (int length = 0; length <= 300; length++) {
      for (int kind = 0; kind < 2; kind++) {
        StringBuilder text = new StringBuilder("https://gk.example.org/");
        for (int c = 0; c < length; c++) {
          text.append(alphabet.charAt(random.nextInt(kind == 1 ? alphabet.length() : alphabet.length() - 6)));
        }
        texts.add(text.toString());
      }
    }
    texts.add("HTTPS://WWW.EXAMPLE.GOV.CN/JTJ/GKML/2024/");
    texts.add("2024012345678901234567890");
    texts.add("a");
    texts.add("年");
    return texts;
  }

  @Test
  void svgIsByteForByteTheReferencePipelines() throws Exception {
    int checked = 0;
    for (ErrorCorrectionLevel level : ErrorCorrectionLevel.values()) {
      QrCodeSvg qr = new QrCodeSvg(level);
      for (String text : texts()) {
        String label = LABEL + text + " <&\">";
        assertThat(qr.svg(text, label)).as("%s, level %s", text, level).isEqualTo(reference(text, label, level));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(2000);
  }

  /** Every version 1 to 40 at every level: the fullest symbol of each, the emptiest and one between. */
  @ParameterizedTest
  @EnumSource(VersionTexts.Kind.class)
  void everyVersionAtEveryLevelIsTheReferencePipelines(VersionTexts.Kind kind) throws Exception {
    for (ErrorCorrectionLevel level : ErrorCorrectionLevel.values()) {
      QrCodeSvg qr = new QrCodeSvg(level);
      List<VersionTexts.Text> texts = VersionTexts.texts(level, kind, 100 + level.ordinal());
      for (VersionTexts.Text text : texts) {
        assertThat(qr.svg(text.text(), LABEL))
            .as("%s, version %d, level %s", text.text(), text.version(), level)
            .isEqualTo(reference(text.text(), LABEL, level))
            .contains("viewBox=\"0 0 " + (17 + 4 * text.version() + 8) + " ");
      }
      assertThat(texts).extracting(VersionTexts.Text::version).containsAll(range(1, 40));
    }
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      numbers.add(i);
    }
    return numbers;
  }

  private static String reference(String text, String label, ErrorCorrectionLevel level) throws Exception {
    Map<EncodeHintType, ?> hints =
        text.chars().allMatch(c -> c < 0x80) ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");
    ByteMatrix modules = Encoder.encode(text, level, hints).getMatrix();
    int size = modules.getWidth() + 8;
    String escaped = label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + size + " " + size
        + "\" role=\"img\" aria-label=\"" + escaped + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size
        + "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + QrPathReference.trace(modules, 4)
        + "\"/></svg>";
  }
}
