package gongkai.annual;

import gongkai.problem.Problem;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks that need more than one report's figures, or the body: the markers, and one year against the one before. */
public final class AnnualReportComparison {
  private AnnualReportComparison() {}

  /** An annual report with valid figures, and the section it is in. */
  public record Entry(String section, Path file, AnnualData data) {}

  /**
   * A marker naming no table or placing one without figures is an error; a table with figures the
   * body does not place is a warning.
   */
  public static List<Problem> markers(Path file, List<AnnualMarkers.Marker> markers, AnnualData data) {
    List<Problem> problems = new ArrayList<>();
    for (AnnualMarkers.Marker marker : markers) {
      if (AnnualFormat.table(marker.name()) == null) {
        problems.add(Problem.at(file, marker.line(), AnnualMessages.unknownMarker(marker.name()), AnnualMessages.UNKNOWN_MARKER_FIX));
      } else if (data == null) {
        problems.add(Problem.at(file, marker.line(), AnnualMessages.markerWithoutData(marker.name()), AnnualMessages.MARKER_WITHOUT_DATA_FIX));
      }
    }
    if (data != null) {
      for (AnnualFormat.Table table : AnnualFormat.TABLES) {
        if (markers.stream().noneMatch(m -> m.name().equals(table.number()))) {
          problems.add(Problem.warning(file, data.tableLine(table), 1,
              AnnualMessages.tableNotPlaced(table), AnnualMessages.tableNotPlacedFix(table)));
        }
      }
    }
    return problems;
  }

  /** A warning where 二 上年结转 differs from 四 结转下年度继续办理 of the same section's report of the year before. */
  public static List<Problem> carriedOver(List<Entry> reports) {
    List<Problem> problems = new ArrayList<>();
    AnnualFormat.Table three = AnnualFormat.THREE;
    for (Entry now : reports) {
      Integer year = now.data().year();
      if (year == null) {
        continue;
      }
      Entry before = reports.stream()
          .filter(e -> e.section().equals(now.section()) && Integer.valueOf(year - 1).equals(e.data().year()))
          .findFirst().orElse(null);
      if (before == null) {
        continue;
      }
      for (int c = 0; c < AnnualFormat.APPLICANT_COLUMNS.size(); c++) {
        BigDecimal in = now.data().value(three, AnnualFormat.CARRIED_IN, c);
        BigDecimal out = before.data().value(three, AnnualFormat.CARRIED_OUT, c);
        if (in != null && out != null && in.compareTo(out) != 0) {
          Figure figure = now.data().row(three, AnnualFormat.CARRIED_IN).figure(c);
          problems.add(Problem.warning(now.file(), figure.line(), figure.column(),
              AnnualMessages.carriedDiffers(AnnualFormat.APPLICANT_COLUMNS.get(c), in, year - 1, out,
                  before.file().toString().replace('\\', '/')),
              AnnualMessages.CARRIED_FIX));
        }
      }
    }
    return problems;
  }
}
