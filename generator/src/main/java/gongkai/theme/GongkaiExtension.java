package gongkai.theme;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import java.util.Map;

/** Registers gongkai's template filters, one class each, as Pebble's CoreExtension does. */
final class GongkaiExtension extends AbstractExtension {
  @Override
  public Map<String, Filter> getFilters() {
    return Map.of(
        DisplayDateFilter.NAME, new DisplayDateFilter(),
        IsoDateFilter.NAME, new IsoDateFilter());
  }
}
