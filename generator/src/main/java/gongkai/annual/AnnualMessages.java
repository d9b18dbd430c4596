package gongkai.annual;

import java.math.BigDecimal;
import java.util.List;

/** Every message the annual report's checks give, in one place. */
final class AnnualMessages {
  private AnnualMessages() {}

  static final String NOT_MAPPING = "'annual_report' must be a mapping of the report's tables";
  static final String NOT_MAPPING_FIX = "write 主动公开:, 依申请公开: and 复议诉讼: below it, indented (gongkai new --annual-report writes them)";

  static String unknownKey(String key, List<String> known) {
    return "'" + key + "' is not a part of annual_report (known: " + String.join(", ", known) + ")";
  }

  static String unknownRow(AnnualFormat.Table table, String key) {
    return "'" + key + "' is not a row of table " + table.number() + " (" + table.caption() + ")";
  }

  static String unknownRowFix(AnnualFormat.Table table) {
    return "use one of: " + String.join(", ", table.rows().stream().map(AnnualFormat.Row::key).toList());
  }

  static String tableNotMapping(AnnualFormat.Table table) {
    return "table " + table.number() + " '" + table.key() + "' must be a mapping of its rows";
  }

  static String missingTable(AnnualFormat.Table table) {
    return "table " + table.number() + " (" + table.key() + ") is missing from annual_report";
  }

  static final String MISSING_TABLE_FIX = "add it with every row (gongkai new --annual-report writes a complete block)";

  static String missingRow(AnnualFormat.Row row) {
    return row.words() + " is missing";
  }

  static String rowFix(AnnualFormat.Row row, List<String> columns) {
    return "add '" + row.key() + ": [" + String.join(", ", columns) + "]' with a figure for each, 0 where there is none";
  }

  static String rowNotList(AnnualFormat.Row row, List<String> columns) {
    return row.words() + " must be a list of " + columns.size() + " figures";
  }

  static String tooMany(AnnualFormat.Row row, int count, List<String> columns) {
    return row.words() + " has " + count + " figures but the table has " + columns.size() + " columns ("
        + String.join(", ", columns) + ")";
  }

  static final String TOO_MANY_FIX = "remove the extra figures";

  static String missingFigure(String cell) {
    return cell + " is missing";
  }

  static final String MISSING_FIGURE_FIX = "write the figure, 0 where there is none; a missing figure is not read as 0";

  static String notNumber(String cell, String text) {
    return cell + " is '" + text + "', not a number";
  }

  static final String NOT_NUMBER_FIX = "write the figure in ASCII digits, e.g. 12";

  static String negative(String cell, BigDecimal value) {
    return cell + " is " + value.toPlainString() + ": a figure cannot be negative";
  }

  static final String NEGATIVE_FIX = "write the number of cases, 0 or more";

  static String notWhole(String cell, BigDecimal value) {
    return cell + " is " + value.toPlainString() + ": it counts cases, so it is a whole number";
  }

  static final String NOT_WHOLE_FIX = "write a whole number; only 行政事业性收费 (万元) may have decimals";

  static String sumMismatch(String cell, BigDecimal value, String parts, BigDecimal sum) {
    return cell + " is " + value.toPlainString() + " but " + parts + " add up to " + sum.toPlainString();
  }

  static final String SUM_FIX = "correct the total or the figures it adds up";

  static String balance(String column, BigDecimal in, BigDecimal out, BigDecimal received, BigDecimal carriedIn,
      BigDecimal handled, BigDecimal carriedOut) {
    return "三 / " + column + ": 一 本年新收 (" + received.toPlainString() + ") + 二 上年结转 (" + carriedIn.toPlainString()
        + ") is " + in.toPlainString() + " but 三（七）总计 (" + handled.toPlainString() + ") + 四 结转下年度继续办理 ("
        + carriedOut.toPlainString() + ") is " + out.toPlainString();
  }

  static final String BALANCE_FIX =
      "every application received or carried in is handled or carried to next year (格式: 第一项加第二项之和，等于第三项加第四项之和)";

  static final String YEAR_MISSING = "'年度' (the year the report covers) is missing from annual_report";
  static final String YEAR_FIX = "add '年度: 2025' below annual_report";

  static String yearInvalid(String text) {
    return "'年度' is '" + text + "', not a year";
  }

  static String carriedDiffers(String column, BigDecimal now, int lastYear, BigDecimal then, String lastFile) {
    return "三、二、上年结转 / " + column + " is " + now.toPlainString() + " but the " + lastYear + " report ("
        + lastFile + ") carried " + then.toPlainString() + " to this year (四、结转下年度继续办理)";
  }

  static final String CARRIED_FIX = "check both figures: what one year carries over, the next year takes in";

  static String unknownMarker(String name) {
    return "{{年报表格 " + name + "}} names no table of the annual report";
  }

  static final String UNKNOWN_MARKER_FIX = "write {{年报表格 二}}, {{年报表格 三}} or {{年报表格 四}}";

  static String markerWithoutData(String name) {
    return "{{年报表格 " + name + "}} places a table, but the front matter has no annual_report figures";
  }

  static final String MARKER_WITHOUT_DATA_FIX = "add the figures under annual_report (see docs/年度报告.md)";

  static String tableNotPlaced(AnnualFormat.Table table) {
    return "table " + table.number() + " (" + table.caption() + ") has figures but the body does not place it";
  }

  static String tableNotPlacedFix(AnnualFormat.Table table) {
    return "write a line {{年报表格 " + table.number() + "}} under the heading " + table.caption();
  }
}
