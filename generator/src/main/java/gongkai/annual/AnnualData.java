package gongkai.annual;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/**
 * The figures of one annual report, as read from its front matter.
 *
 * @param file the report, for problems
 * @param line the file line of {@code annual_report}
 * @param year the 年度 the report covers, or null when missing or invalid
 * @param yearLine the file line of 年度 (the key's line when missing)
 * @param rows by table key (主动公开, 依申请公开, 复议诉讼), then by row key, in file order
 * @param tableLines the file line of each table key
 */
public record AnnualData(
    Path file, int line, Integer year, int yearLine,
    Map<String, Map<String, FigureRow>> rows, Map<String, Integer> tableLines) {

  public AnnualData {
    rows = Map.copyOf(rows);
    tableLines = Map.copyOf(tableLines);
  }

  /** The row of {@code table}, or null when the report has none. */
  public FigureRow row(AnnualFormat.Table table, AnnualFormat.Row row) {
    Map<String, FigureRow> rowsOf = rows.get(table.key());
    return rowsOf == null ? null : rowsOf.get(row.key());
  }

  /** The figure in column {@code column} of a row; null when missing or invalid. */
  public BigDecimal value(AnnualFormat.Table table, AnnualFormat.Row row, int column) {
    FigureRow figures = row(table, row);
    Figure figure = figures == null ? null : figures.figure(column);
    return figure == null ? null : figure.value();
  }

  /** The line of the table key, or of annual_report when the table is missing. */
  public int tableLine(AnnualFormat.Table table) {
    return tableLines.getOrDefault(table.key(), line);
  }
}
