package gongkai.theme;

import gongkai.content.DisclosureDate;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** {@code date | iso_date}: the machine-readable form for {@code <time datetime>}, with the offset when a time was given. */
final class IsoDateFilter implements Filter {
  static final String NAME = "iso_date";
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

  @Override
  public List<String> getArgumentNames() {
    return List.of();
  }

  @Override
  public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
    if (input == null) {
      return null;
    }
    if (!(input instanceof DisclosureDate date)) {
      throw new PebbleException(null, NAME + " needs a date, got " + input.getClass().getSimpleName(), lineNumber, self.getName());
    }
    return (date.hasTime() ? DATE_TIME : DATE).format(date.value());
  }
}
