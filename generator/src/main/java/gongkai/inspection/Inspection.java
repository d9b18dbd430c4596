package gongkai.inspection;

import gongkai.check.CheckedSite;
import gongkai.content.SectionKind;
import gongkai.content.SectionPage;
import gongkai.site.ReportPage;
import gongkai.site.Section;
import gongkai.site.Site;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a site against the inspection indicators ({@link Rule}) as of one day. Deterministic: the
 * same content and the same day give the same report; the clock is read only by the caller, when no
 * day is given.
 */
public final class Inspection {
  /**
   * Items due within this many days are reported as reminders (not counted): a weekly scheduled
   * check then warns at least once before an item counts. Ours, not the indicator's.
   */
  static final int REMIND_DAYS = 7;

  private Inspection() {}

  /**
   * @param asOf the day of the inspection, in the site's time zone
   */
  public static InspectionReport run(CheckedSite checked, LocalDate asOf) {
    Site site = checked.standard();
    Map<String, SectionPage> pages = new HashMap<>();
    checked.content().sectionPages().forEach(page -> pages.put(page.name(), page));
    List<Finding> findings = new ArrayList<>();

    // 首页不更新: the home page lists the newest reports of the site.
    LocalDate newest = site.reports().stream().map(Inspection::day).max(LocalDate::compareTo).orElse(null);
    if (newest == null) {
      findings.add(new Finding(Rule.HOME_NOT_UPDATED, "content/", 0, "首页", null, null, 0));
    } else {
      LocalDate homeDue = newest.plusDays(Rule.HOME_DAYS);
      if (!asOf.plusDays(REMIND_DAYS).isBefore(homeDue)) {
        findings.add(new Finding(Rule.HOME_NOT_UPDATED, "content/", 0, "首页", newest, homeDue, ChronoUnit.DAYS.between(homeDue, asOf)));
      }
    }

    for (Section section : site.sections()) {
      SectionPage page = pages.get(section.name());
      SectionKind kind = page == null ? SectionKind.OTHER : page.kind();
      String file = page == null ? "content/" + section.name() + "/" : page.source().displayPath().toString().replace('\\', '/');
      int line = page == null ? 0 : page.kindLine();
      String subject = section.name() + "（" + section.title() + "）";
      if (section.reports().isEmpty()) {
        findings.add(new Finding(Rule.EMPTY_SECTION, file, line, subject, null, null, 0));
        continue;
      }
      LocalDate sectionNewest = section.reports().stream().map(Inspection::day).max(LocalDate::compareTo).orElseThrow();
      LocalDate due = switch (kind) {
        case NEWS -> sectionNewest.plusDays(Rule.NEWS_DAYS);
        case NOTICES, POLICIES -> sectionNewest.plusMonths(Rule.NOTICE_MONTHS);
        case OTHER -> null;
      };
      // Late, or due within the reminder's days: an editor is told before the inspectors count it.
      if (due != null && !asOf.plusDays(REMIND_DAYS).isBefore(due)) {
        findings.add(new Finding(Rule.SECTION_NOT_UPDATED, file, line, subject + " " + kind.label(), sectionNewest, due,
            ChronoUnit.DAYS.between(due, asOf)));
      }
    }
    Map<String, String> files = new HashMap<>();
    for (gongkai.content.Report report : checked.content().reports()) {
      files.put(gongkai.site.UrlScheme.reportPath(report.source().folders(), report.meta().slug()),
          report.source().displayPath().toString().replace('\\', '/'));
    }
    // 政策文件 and 解读 双向关联: gongkai links both sides from the one `interprets` (RelationLinks), so
    // what can be missing is the link itself. Risks, not vetoes: the indicators deduct for it.
    for (Section section : site.sections()) {
      SectionPage page = pages.get(section.name());
      boolean policies = page != null && page.kind() == SectionKind.POLICIES;
      for (ReportPage report : section.reports()) {
        boolean interpretation = report.meta().title().contains("解读");
        String file = files.getOrDefault(report.path(), "content/");
        if (interpretation && report.relations().interprets() == null) {
          findings.add(new Finding(Rule.INTERPRETATION_WITHOUT_POLICY, file, 0, report.meta().title(), null, null, 0));
        } else if (policies && !interpretation && report.relations().interpretations().isEmpty()) {
          findings.add(new Finding(Rule.POLICY_WITHOUT_INTERPRETATION, file, 0, report.meta().title(), null, null, 0));
        }
      }
    }
    return new InspectionReport(asOf, findings);
  }

  /** A report's 发布日期 as a day in the site's zone (dates are parsed into it). */
  private static LocalDate day(ReportPage report) {
    return report.meta().date().value().toLocalDate();
  }
}
