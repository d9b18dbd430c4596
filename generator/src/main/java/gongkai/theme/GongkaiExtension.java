package gongkai.theme;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import gongkai.content.QrErrorCorrection;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import java.util.Map;

/** Registers gongkai's template filters, one class each, as Pebble's CoreExtension does. */
final class GongkaiExtension extends AbstractExtension {
  private final Map<String, Filter> filters;

  GongkaiExtension(QrErrorCorrection qrLevel) {
    this.filters =
        Map.of(
            DateFilter.DISPLAY.name(), DateFilter.DISPLAY,
            DateFilter.ISO.name(), DateFilter.ISO,
            QrSvgFilter.NAME, new QrSvgFilter(new QrCodeSvg(ErrorCorrectionLevel.valueOf(qrLevel.name()))));
  }

  @Override
  public Map<String, Filter> getFilters() {
    return filters;
  }
}
