package gongkai.theme;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Formats a 发布日期 or 成文日期 (any {@link TemporalAccessor}; the content stage's dates are) with a time pattern when the publisher gave a time, and a date
 * pattern otherwise. Fixed patterns, so the output never depends on the machine's locale.
 */
final class DateFilter implements Filter {
  /**
   * {@code date | display_date}: {@code 2024-01-02 15:54:42}, or {@code 2024-01-02} when no time was
   * given, as Chinese disclosure pages show 发布日期.
   */
  static final DateFilter DISPLAY = new DateFilter("display_date", "uuuu-MM-dd HH:mm:ss");

  /** {@code date | iso_date}: the machine-readable form for {@code <time datetime>}, with the offset. */
  static final DateFilter ISO = new DateFilter("iso_date", "uuuu-MM-dd'T'HH:mm:ssXXX");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

  private final String name;
  private final DateTimeFormatter dateTime;

  private DateFilter(String name, String dateTimePattern) {
    this.name = name;
    this.dateTime = DateTimeFormatter.ofPattern(dateTimePattern);
  }

  String name() {
    return name;
  }

  @Override
  public List<String> getArgumentNames() {
    return List.of();
  }

  @Override
  public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
    if (input == null) {
      return null;
    }
    if (!(input instanceof TemporalAccessor date)) {
      throw new PebbleException(null, name + " needs a date, got " + input.getClass().getSimpleName(), lineNumber, self.getName());
    }
    return (date.isSupported(ChronoField.HOUR_OF_DAY) ? dateTime : DATE).format(date);
  }
}
