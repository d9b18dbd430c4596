package gongkai.theme;

import gongkai.qr.QrCodeSvg;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code page.absoluteUrl | qr_svg(label)}: the page's QR code as inline SVG ({@link QrCodeSvg}),
 * returned as a {@link SafeString} so autoescaping leaves the markup alone; the label is escaped
 * into the SVG's {@code aria-label}.
 */
final class QrSvgFilter implements Filter {
  static final String NAME = "qr_svg";
  private static final String LABEL = "label";

  private final QrCodeSvg qr;

  QrSvgFilter(QrCodeSvg qr) {
    this.qr = Objects.requireNonNull(qr, "qr");
  }

  @Override
  public List<String> getArgumentNames() {
    return List.of(LABEL);
  }

  @Override
  public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
    if (!(input instanceof String url)) {
      throw new PebbleException(
          null,
          NAME + " needs the page's absolute URL as a string, got " + describe(input)
              + " — write {{ page.absoluteUrl | " + NAME + "(label) }}",
          lineNumber,
          self.getName());
    }
    if (!(args.get(LABEL) instanceof String label)) {
      throw new PebbleException(
          null,
          NAME + " needs a label string for screen readers, got " + describe(args.get(LABEL))
              + " — write " + NAME + "(\"扫码使用手机浏览本页内容\") or a UI string",
          lineNumber,
          self.getName());
    }
    try {
      return new SafeString(qr.svg(url, label));
    } catch (IllegalArgumentException e) {
      throw new PebbleException(e, NAME + ": " + e.getMessage(), lineNumber, self.getName());
    }
  }

  private static String describe(Object value) {
    return value == null ? "nothing" : value.getClass().getSimpleName();
  }
}
