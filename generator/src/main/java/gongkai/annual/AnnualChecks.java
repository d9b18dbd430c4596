package gongkai.annual;

import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The relationships between the figures that 国办公开办函〔2021〕30号 fixes, each broken one a problem
 * at the total's line naming the cell:
 *
 * <ul>
 *   <li>table 三, each row: 总计 is the sum of the six applicant columns (自然人 and the five kinds of
 *       法人或其他组织 — 总计 is the column after them, over the same 申请人情况);
 *   <li>table 三, each column: （七）总计 is the sum of （一）（二） and the sub-items of （三）…（六) (the
 *       groups （三）…（六） have no figures of their own in the format, only their numbered sub-items);
 *   <li>table 三, each column: 一 + 二 = 三（七） + 四 — the format's own note in the corner cell,
 *       "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和";
 *   <li>table 四: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, for 行政复议 and for each kind of 行政诉讼.
 * </ul>
 *
 * A relationship is checked only when all its figures are valid (the reader reports the others).
 */
public final class AnnualChecks {
  private AnnualChecks() {}

  public static List<Problem> check(AnnualData data) {
    List<Problem> problems = new ArrayList<>();
    AnnualFormat.Table three = AnnualFormat.THREE;
    int total = AnnualFormat.APPLICANT_COLUMNS.size() - 1;
    for (AnnualFormat.Row row : three.rows()) {
      List<BigDecimal> parts = new ArrayList<>();
      for (int c = 0; c < total; c++) {
        parts.add(data.value(three, row, c));
      }
      sum(data, three, row, total, parts, Message.of("annual.sum.applicant-columns"), problems);
    }
    for (int c = 0; c <= total; c++) {
      List<BigDecimal> parts = new ArrayList<>();
      for (AnnualFormat.Row row : AnnualFormat.RESULT_ROWS) {
        parts.add(data.value(three, row, c));
      }
      sum(data, three, AnnualFormat.RESULT_TOTAL, c, parts, "（一）…（六）", problems);
      balance(data, c, problems);
    }
    AnnualFormat.Table four = AnnualFormat.FOUR;
    int outcomes = AnnualFormat.OUTCOMES.size() - 1;
    for (AnnualFormat.Row row : four.rows()) {
      List<BigDecimal> parts = new ArrayList<>();
      for (int c = 0; c < outcomes; c++) {
        parts.add(data.value(four, row, c));
      }
      sum(data, four, row, outcomes, parts, Message.of("annual.sum.outcomes"), problems);
    }
    return problems;
  }

  private static void sum(AnnualData data, AnnualFormat.Table table, AnnualFormat.Row row, int column,
      List<BigDecimal> parts, Object words, List<Problem> problems) {
    BigDecimal value = data.value(table, row, column);
    if (value == null || parts.contains(null)) {
      return;
    }
    BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(value) != 0) {
      Figure figure = data.row(table, row).figure(column);
      String cell = AnnualDataReader.cell(row, AnnualFormat.columns(table, row).get(column));
      problems.add(Problem.at(data.file(), figure.line(), figure.column(),
          AnnualMessages.sumMismatch(cell, value, words, sum), AnnualMessages.SUM_FIX));
    }
  }

  private static void balance(AnnualData data, int column, List<Problem> problems) {
    AnnualFormat.Table three = AnnualFormat.THREE;
    BigDecimal received = data.value(three, AnnualFormat.RECEIVED, column);
    BigDecimal carriedIn = data.value(three, AnnualFormat.CARRIED_IN, column);
    BigDecimal handled = data.value(three, AnnualFormat.RESULT_TOTAL, column);
    BigDecimal carriedOut = data.value(three, AnnualFormat.CARRIED_OUT, column);
    if (received == null || carriedIn == null || handled == null || carriedOut == null) {
      return;
    }
    BigDecimal in = received.add(carriedIn);
    BigDecimal out = handled.add(carriedOut);
    if (in.compareTo(out) != 0) {
      Figure figure = data.row(three, AnnualFormat.CARRIED_OUT).figure(column);
      problems.add(Problem.at(data.file(), figure.line(), figure.column(),
          AnnualMessages.balance(AnnualFormat.APPLICANT_COLUMNS.get(column), in, out, received, carriedIn, handled, carriedOut),
          AnnualMessages.BALANCE_FIX));
    }
  }
}
