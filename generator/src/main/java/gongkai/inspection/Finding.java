package gongkai.inspection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing the inspection would count against the site.
 *
 * @param rule the indicator item
 * @param file the file an editor opens to fix it ({@code content/tzgg/_index.md}), as shown
 * @param line its line there, or 0
 * @param subject what is concerned, e.g. the section {@code tzgg（通知公告）}
 * @param newest the newest 发布日期 concerned, or null (an empty section)
 * @param due the last day the item was (or is) met: after it the item counts; null when it does not depend on a date
 * @param daysLate days since {@code due}; 0 or negative for a reminder: the item is met for that many days more
 */
record Finding(Rule rule, String file, int line, String subject, LocalDate newest, LocalDate due, long daysLate) {
  Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(subject, "subject");
  }

  /** Whether the inspection counts it now (not a reminder of a coming deadline). */
  boolean counts() {
    return due == null || daysLate > 0;
  }
}
