package gongkai.check;

import gongkai.annual.AnnualChecks;
import gongkai.annual.AnnualData;
import gongkai.annual.AnnualDataReader;
import gongkai.annual.AnnualMarkers;
import gongkai.annual.AnnualReportComparison;
import gongkai.content.ParsedContent;
import gongkai.content.Report;
import gongkai.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every 政府信息公开工作年度报告 of the site (a report with {@code annual_report} figures): each
 * figure, the totals the format fixes, the {@code {{年报表格 …}}} markers of its body, and — where the
 * report of the year before is in the same section — that what it carried over is what this year took in.
 */
public final class AnnualReportCheck {
  private AnnualReportCheck() {}

  /** Every problem, in report order. */
  public static List<Problem> check(ParsedContent content) {
    List<Problem> problems = new ArrayList<>();
    List<AnnualReportComparison.Entry> reports = new ArrayList<>();
    for (Report report : content.reports()) {
      List<AnnualMarkers.Marker> markers = AnnualMarkers.find(report.markdown(), report.bodyFirstLine());
      boolean figures = AnnualDataReader.holdsFigures(report.meta().params());
      if (!figures && markers.isEmpty()) {
        continue;
      }
      AnnualData data = null;
      boolean valid = false;
      if (figures) {
        AnnualDataReader.Result read = AnnualDataReader.read(report.source().displayPath(), report.source().text());
        data = read.data();
        problems.addAll(read.problems());
        if (data != null) {
          List<Problem> sums = AnnualChecks.check(data);
          problems.addAll(sums);
          valid = read.problems().isEmpty() && sums.isEmpty();
        }
      }
      problems.addAll(AnnualReportComparison.markers(report.source().displayPath(), markers, data));
      if (valid) {
        reports.add(new AnnualReportComparison.Entry(report.section(), report.source().displayPath(), data));
      }
    }
    problems.addAll(AnnualReportComparison.carriedOver(reports));
    return problems;
  }

}
