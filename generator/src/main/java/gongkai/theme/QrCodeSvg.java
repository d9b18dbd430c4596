package gongkai.theme;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The QR code of 扫码使用手机浏览本页内容 as a compact inline SVG (DESIGN.md, "Reader-facing targets",
 * "QR"): one path of black modules on an explicit white square, so it scans the same on paper and in
 * dark mode, named for screen readers by {@code aria-label}, and sized by CSS (no width or height).
 * The same text and label always give the same bytes.
 */
final class QrCodeSvg {
  // ISO/IEC 18004 requires a light margin of at least 4 modules on every side, and DESIGN.md ("QR")
  // keeps the full 4: phone readers find the finder patterns by that margin, and the page around
  // the SVG may not be white.
  static final int QUIET_ZONE = 4;

  private final ErrorCorrectionLevel level;

  /** Error correction M, as DESIGN.md asks: 15% of the code may be lost to a crease or a smudge. */
  QrCodeSvg() {
    this(ErrorCorrectionLevel.M);
  }

  QrCodeSvg(ErrorCorrectionLevel level) {
    this.level = Objects.requireNonNull(level, "level");
  }

  /**
   * Encodes {@code text} exactly as given (callers pass an absolute URL already percent-encoded).
   *
   * @throws IllegalArgumentException if the text is empty or too long for a QR code, or the label is
   *     blank
   */
  String svg(String text, String label) {
    if (label.isBlank()) {
      throw new IllegalArgumentException(
          "the QR code has no label — give it the text screen readers announce, e.g. 扫码使用手机浏览本页内容");
    }
    ByteMatrix modules = encode(text);
    int size = modules.getWidth() + 2 * QUIET_ZONE;
    StringBuilder svg = new StringBuilder(2560);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 ")
        .append(size).append(' ').append(size)
        .append("\" role=\"img\" aria-label=\"");
    appendEscaped(svg, label);
    svg.append("\" shape-rendering=\"crispEdges\"><rect width=\"").append(size)
        .append("\" height=\"").append(size)
        .append("\" fill=\"#fff\"/><path fill=\"#000\" d=\"").append(QrPath.trace(modules, QUIET_ZONE))
        .append("\"/></svg>");
    return svg.toString();
  }

  private ByteMatrix encode(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("the text for the QR code is empty — pass the page's absolute URL");
    }
    try {
      // Built once with mask 0, then masked as ZXing would choose (QrMaskChoice): the same code, an
      // eighth of the work.
      QRCode first = Encoder.encode(text, level, withMask(hints(text), 0));
      ByteMatrix zero = first.getMatrix();
      return QrMaskChoice.fits(zero.getWidth())
          ? QrMaskChoice.best(zero, first.getVersion(), level)
          : Encoder.encode(text, level, hints(text)).getMatrix();
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
    return encode(text);
  }

  private static Map<EncodeHintType, ?> withMask(Map<EncodeHintType, ?> hints, int mask) {
    Map<EncodeHintType, Object> with = new java.util.EnumMap<>(EncodeHintType.class);
    with.putAll(hints);
    with.put(EncodeHintType.QR_MASK_PATTERN, mask);
    return with;
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
