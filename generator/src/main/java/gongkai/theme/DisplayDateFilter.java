package gongkai.theme;

import gongkai.content.DisclosureDate;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code date | display_date}: {@code 2024-01-02 15:54:42}, or {@code 2024-01-02} when no time was
 * given, as Chinese disclosure pages show 发布日期. Fixed patterns, so the output never depends on
 * the machine's locale.
 */
final class DisplayDateFilter implements Filter {
  static final String NAME = "display_date";
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
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
