package gongkai.theme;

import gongkai.qr.QrCodeSvg;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import gongkai.qr.QrErrorCorrection;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import java.util.Map;

/** Registers gongkai's template filters and functions, one class each, as Pebble's CoreExtension does. */
final class GongkaiExtension extends AbstractExtension {
  private final Map<String, Filter> filters;
  private final Map<String, Function> functions;

  GongkaiExtension(QrErrorCorrection qrLevel, ThemeAssets assets) {
    this.functions = Map.of(AssetFunction.NAME, new AssetFunction(assets));
    this.filters =
        Map.of(
            DateFilter.DISPLAY.name(), DateFilter.DISPLAY,
            DateFilter.ISO.name(), DateFilter.ISO,
            BreakableFilter.NAME, new BreakableFilter(),
            QrSvgFilter.NAME, new QrSvgFilter(new QrCodeSvg(ErrorCorrectionLevel.valueOf(qrLevel.name()))));
  }

  @Override
  public Map<String, Filter> getFilters() {
    return filters;
  }

  @Override
  public Map<String, Function> getFunctions() {
    return functions;
  }
}
