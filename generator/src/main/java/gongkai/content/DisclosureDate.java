package gongkai.content;

import gongkai.problem.Message;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 发布日期 or 成文日期: a date, or a date and time, in the site's time zone.
 *
 * @param value the moment, in the site's zone (midnight when only a date was given)
 * @param hasTime whether the publisher gave a time of day, so pages show it only when given
 * @param hasSeconds whether the time was given with seconds, so pages show {@code 16:34} as written,
 *     not as {@code 16:34:00}
 *
 * <p>As a {@link TemporalAccessor} it has the time-of-day fields only when the publisher gave a time,
 * so a formatter (the theme's {@code display_date}) can tell the two apart without knowing this type;
 * likewise {@link ChronoField#SECOND_OF_MINUTE} only when seconds were written.
 */
public record DisclosureDate(ZonedDateTime value, boolean hasTime, boolean hasSeconds) implements Comparable<DisclosureDate>, TemporalAccessor {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern OFFSET = Pattern.compile(".*(Z|[+-]\\d{2}:?\\d{2})$");
  private static final Pattern SECONDS = Pattern.compile(".*T\\d{2}:\\d{2}:\\d{2}.*");
  // As editors type dates and as portals show 成文日期: 2021年8月18日, 2021年08月18日 16:34.
  private static final Pattern CHINESE =
      Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");

  public DisclosureDate {
    Objects.requireNonNull(value, "value");
    hasSeconds = hasSeconds && hasTime;
  }

  /** A date, or a date and time with seconds. */
  public DisclosureDate(ZonedDateTime value, boolean hasTime) {
    this(value, hasTime, hasTime);
  }

  /**
   * Parses ISO 8601 {@code 2024-01-02}, {@code 2024-01-02 15:54:42}, {@code 2024-01-02T15:54} or
   * with an offset ({@code 2024-01-02T15:54:42+08:00}), which is converted to {@code zone}, and the
   * Chinese form {@code 2021年8月18日} or {@code 2021年8月18日 16:34}.
   *
   * @throws InvalidValue with a publisher-facing message
   */
  public static DisclosureDate parse(String text, ZoneId zone) {
    DisclosureDate date = parseAnyYear(text, zone);
    // An offset can carry 9999-12-31T23:59-14:00 into the year 10000, which ISO 8601 writes
    // +10000-01-01 and no page or feed reader expects; such a date is a typo, told at its line.
    int year = date.value().getYear();
    if (year < 1 || year > 9999) {
      throw new InvalidValue(Message.of("content.date.out-of-range", text));
    }
    return date;
  }

  private static DisclosureDate parseAnyYear(String text, ZoneId zone) {
    String s = text.strip();
    try {
      Matcher chinese = CHINESE.matcher(s);
      if (chinese.matches()) {
        return chinese(chinese, zone);
      }
      if (DATE.matcher(s).matches()) {
        return new DisclosureDate(LocalDate.parse(s).atStartOfDay(zone), false);
      }
      String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + "T" + s.substring(11).strip() : s;
      boolean seconds = SECONDS.matcher(iso).matches();
      if (OFFSET.matcher(iso).matches()) {
        return new DisclosureDate(OffsetDateTime.parse(iso).atZoneSameInstant(zone), true, seconds);
      }
      return new DisclosureDate(LocalDateTime.parse(iso).atZone(zone), true, seconds);
    } catch (DateTimeException e) {
      throw new InvalidValue(Message.of("content.date.invalid", text));
    }
  }

  private static DisclosureDate chinese(Matcher m, ZoneId zone) {
    LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    if (m.group(4) == null) {
      return new DisclosureDate(day.atStartOfDay(zone), false);
    }
    LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    return new DisclosureDate(day.atTime(time).atZone(zone), true, m.group(6) != null);
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
    if (field == ChronoField.SECOND_OF_MINUTE && !hasSeconds) {
      return false;
    }
    return field != null && field.isTimeBased() ? hasTime : value.isSupported(field);
  }

  @Override
  public long getLong(TemporalField field) {
    if (field.isTimeBased() && !hasTime) {
      throw new UnsupportedTemporalTypeException("no time of day given: " + field);
    }
    if (field == ChronoField.SECOND_OF_MINUTE && !hasSeconds) {
      throw new UnsupportedTemporalTypeException("no seconds given: " + field);
    }
    return value.getLong(field);
  }
}
