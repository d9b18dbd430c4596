package gongkai.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 发布日期 or 成文日期: a date, or a date and time, in the site's time zone.
 *
 * @param value the moment, in the site's zone (midnight when only a date was given)
 * @param hasTime whether the publisher gave a time of day, so pages show it only when given
 *
 * <p>As a {@link TemporalAccessor} it has the time-of-day fields only when the publisher gave a time,
 * so a formatter (the theme's {@code display_date}) can tell the two apart without knowing this type.
 */
public record DisclosureDate(ZonedDateTime value, boolean hasTime) implements Comparable<DisclosureDate>, TemporalAccessor {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern OFFSET = Pattern.compile(".*(Z|[+-]\\d{2}:?\\d{2})$");

  public DisclosureDate {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Parses ISO 8601 {@code 2024-01-02}, {@code 2024-01-02 15:54:42}, {@code 2024-01-02T15:54} or
   * with an offset ({@code 2024-01-02T15:54:42+08:00}), which is converted to {@code zone}.
   *
   * @throws IllegalArgumentException with a publisher-facing message
   */
  public static DisclosureDate parse(String text, ZoneId zone) {
    String s = text.strip();
    try {
      if (DATE.matcher(s).matches()) {
        return new DisclosureDate(LocalDate.parse(s).atStartOfDay(zone), false);
      }
      String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + "T" + s.substring(11).strip() : s;
      if (OFFSET.matcher(iso).matches()) {
        return new DisclosureDate(OffsetDateTime.parse(iso).atZoneSameInstant(zone), true);
      }
      return new DisclosureDate(LocalDateTime.parse(iso).atZone(zone), true);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date");
    }
  }

  @Override
  public int compareTo(DisclosureDate other) {
    // Sorting every report by date compares often: in one offset (the site's time zone, as a rule)
    // the local fields order the same as the instants, without computing either.
    if (value.getOffset().equals(other.value.getOffset())) {
      return value.toLocalDateTime().compareTo(other.value.toLocalDateTime());
    }
    return value.toInstant().compareTo(other.value.toInstant());
  }

  @Override
  public boolean isSupported(TemporalField field) {
    return field != null && field.isTimeBased() ? hasTime : value.isSupported(field);
  }

  @Override
  public long getLong(TemporalField field) {
    if (field.isTimeBased() && !hasTime) {
      throw new UnsupportedTemporalTypeException("no time of day given: " + field);
    }
    return value.getLong(field);
  }
}
