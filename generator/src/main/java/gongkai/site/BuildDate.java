package gongkai.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day a build counts as today, in the site's zone, for {@code expires}: a report whose
 * {@code expires} has come shows as 失效. This is the one input of a build that is not in
 * {@code content/}, so the same content built on another day may give other pages.
 *
 * <p>{@code SOURCE_DATE_EPOCH} (seconds since 1970-01-01 UTC), when set, is that day instead of the
 * clock, as the reproducible-builds specification defines the variable for build systems to
 * exchange a timestamp (https://reproducible-builds.org/specs/source-date-epoch/): a rebuild with
 * the same value gives the same bytes.
 */
public final class BuildDate {
  static final String VARIABLE = "SOURCE_DATE_EPOCH";

  private BuildDate() {}

  public static LocalDate today(ZoneId zone) {
    return of(System.getenv(VARIABLE), Instant.now(), zone);
  }

  /** {@code epoch} when it is a number of seconds, else {@code now}; a value that is no number is ignored. */
  static LocalDate of(String epoch, Instant now, ZoneId zone) {
    Instant instant = now;
    if (epoch != null && epoch.strip().matches("[0-9]{1,12}")) {
      instant = Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
    }
    return instant.atZone(zone).toLocalDate();
  }
}
