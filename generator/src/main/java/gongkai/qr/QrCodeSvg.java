package gongkai.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The QR code of 扫码使用手机浏览本页内容 as a compact inline SVG (DESIGN.md, "Reader-facing targets",
 * "QR"): one path of black modules on an explicit white square, so it scans the same on paper and in
 * dark mode, named for screen readers by {@code aria-label}, and sized by CSS (no width or height).
 * The same text and label always give the same bytes.
 */
public final class QrCodeSvg {
  // ISO/IEC 18004 requires a light margin of at least 4 modules on every side, and DESIGN.md ("QR")
  // keeps the full 4: phone readers find the finder patterns by that margin, and the page around
  // the SVG may not be white.
  public static final int QUIET_ZONE = 4;

  private final ErrorCorrectionLevel level;

  /** Error correction M, as DESIGN.md asks: 15% of the code may be lost to a crease or a smudge. */
  public QrCodeSvg() {
    this(ErrorCorrectionLevel.M);
  }

  public QrCodeSvg(ErrorCorrectionLevel level) {
    this.level = Objects.requireNonNull(level, "level");
  }

  /**
   * Encodes {@code text} exactly as given (callers pass an absolute URL already percent-encoded).
   *
   * @throws IllegalArgumentException if the text is empty or too long for a QR code, or the label is
   *     blank
   */
  public String svg(String text, String label) {
    if (label.isBlank()) {
      throw new IllegalArgumentException(
          "the QR code has no label — give it the text screen readers announce, e.g. 扫码使用手机浏览本页内容");
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("the text for the QR code is empty — pass the page's absolute URL");
    }
    QrEncoder.DataBits data = QrEncoder.dataBits(text, level);
    ByteMatrix modules = data == null ? zxingEncode(text) : null;
    int width = data == null ? modules.getWidth() : data.layout().size;
    int size = width + 2 * QUIET_ZONE;
    // About 2.3 KB for a page address; sized once so the path is written without copying.
    StringBuilder svg = new StringBuilder(3072);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 ")
        .append(size).append(' ').append(size)
        .append("\" role=\"img\" aria-label=\"");
    appendEscaped(svg, label);
    svg.append("\" shape-rendering=\"crispEdges\"><rect width=\"").append(size)
        .append("\" height=\"").append(size)
        .append("\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
    if (data == null) {
      svg.append(QrPath.trace(modules, QUIET_ZONE));
    } else {
      QrPath.append(svg, QrMaskChoice.best(data), data.layout().words, width, QUIET_ZONE);
    }
    svg.append("\"/></svg>");
    return svg.toString();
  }

  /**
   * What QrEncoder leaves to ZXing (text in numeric or alphanumeric mode, which page addresses
   * never are): ZXing's encoder with its own choice of mask.
   */
  private ByteMatrix zxingEncode(String text) {
    try {
      return Encoder.encode(text, level, hints(text)).getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "the text is too long for a QR code with error correction " + level + " ("
              + text.getBytes(StandardCharsets.UTF_8).length + " bytes) — shorten the URL",
          e);
    }
  }

  /**
   * Non-ASCII text is encoded as UTF-8, which ZXing announces with an ECI header. ASCII is left
   * without the hint: its bytes are the same in ZXing's default ISO-8859-1, and the header's 12 bits
   * would push, for example, a 62-character URL from 33 to 37 modules.
   */
  private static Map<EncodeHintType, ?> hints(String text) {
    return text.chars().allMatch(c -> c < 0x80) ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");
  }

  /** ZXing's encoding of {@code text} with its own choice of mask, for comparison in tests. */
  ByteMatrix zxingMatrix(String text) throws WriterException {
    return Encoder.encode(text, level, hints(text)).getMatrix();
  }

  /** The matrix {@link #svg} draws. */
  ByteMatrix matrix(String text) {
    QrEncoder.DataBits data = QrEncoder.dataBits(text, level);
    if (data == null) {
      return zxingEncode(text);
    }
    long[] rows = QrMaskChoice.best(data);
    int size = data.layout().size;
    int words = data.layout().words;
    ByteMatrix out = new ByteMatrix(size, size);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        out.set(x, y, (rows[y * words + (x >>> 6)] >>> x & 1) == 1);
      }
    }
    return out;
  }

  private static void appendEscaped(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }
}
