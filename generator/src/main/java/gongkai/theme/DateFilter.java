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
 * pattern otherwise; seconds only when the publisher wrote them. Fixed patterns, so the output never depends on the machine's locale.
 */
final class DateFilter implements Filter {
  /**
   * {@code date | display_date}: {@code 2024-01-02 15:54:42}, or {@code 2024-01-02} when no time was
   * given, as Chinese disclosure pages show 发布日期; {@code 2024-04-06 16:34} when the time was
   * written without seconds.
   */
  static final DateFilter DISPLAY = new DateFilter("display_date", "uuuu-MM-dd HH:mm:ss", "uuuu-MM-dd HH:mm");

  /** {@code date | iso_date}: the machine-readable form for {@code <time datetime>}, with the offset. */
  // HTML's valid global date and time string may leave out the seconds (HTML §2.3.5.8).
  static final DateFilter ISO = new DateFilter("iso_date", "uuuu-MM-dd'T'HH:mm:ssXXX", "uuuu-MM-dd'T'HH:mmXXX");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

  private final String name;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter minutes;

  private DateFilter(String name, String dateTimePattern, String minutesPattern) {
    this.name = name;
    this.dateTime = DateTimeFormatter.ofPattern(dateTimePattern);
    this.minutes = DateTimeFormatter.ofPattern(minutesPattern);
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
    if (!date.isSupported(ChronoField.HOUR_OF_DAY)) {
      return DATE.format(date);
    }
    return (date.isSupported(ChronoField.SECOND_OF_MINUTE) ? dateTime : minutes).format(date);
  }
}
