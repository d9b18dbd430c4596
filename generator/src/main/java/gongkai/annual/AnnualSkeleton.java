package gongkai.annual;

import java.util.List;

/**
 * The parts of a new annual report that come from the format: the {@code annual_report} block with
 * every row of the three tables at zero, each list's columns named in a comment, and a body with the
 * six parts of the format's outline and the tables' markers under 二, 三 and 四.
 */
public final class AnnualSkeleton {
  private AnnualSkeleton() {}

  /** The front-matter block, ending in a line end. */
  public static String figures(int year) {
    StringBuilder s = new StringBuilder();
    s.append("# 年度报告数据（国办公开办函〔2021〕30号 格式）：每个数字都要填，没有的填 0。\n");
    s.append("# 方括号里的数字依次对应表格各列，列名见每行末尾的注释；填好后 gongkai check 核对合计。\n");
    s.append(AnnualFormat.KEY).append(":\n");
    s.append("  ").append(AnnualFormat.YEAR).append(": ").append(year).append('\n');
    AnnualFormat.Table two = AnnualFormat.TWO;
    s.append("  # ").append(two.caption()).append('\n');
    s.append("  ").append(two.key()).append(":\n");
    for (AnnualFormat.Row row : two.rows()) {
      List<String> columns = AnnualFormat.columnsOf(row);
      String value = columns.size() == 1 ? "0" : zeros(columns.size());
      s.append(pad("    " + row.key() + ": " + value, 40)).append("# ").append(String.join("、", columns)).append('\n');
    }
    AnnualFormat.Table three = AnnualFormat.THREE;
    s.append("  # ").append(three.caption()).append("，每行依次为：")
        .append(String.join("、", AnnualFormat.APPLICANT_COLUMNS)).append('\n');
    s.append("  ").append(three.key()).append(":\n");
    for (AnnualFormat.Row row : three.rows()) {
      s.append(pad("    " + row.key() + ": " + zeros(7), 60)).append("# ").append(row.words().substring(2)).append('\n');
    }
    AnnualFormat.Table four = AnnualFormat.FOUR;
    s.append("  # ").append(four.caption()).append("，每行依次为：").append(String.join("、", AnnualFormat.OUTCOMES)).append('\n');
    s.append("  ").append(four.key()).append(":\n");
    for (AnnualFormat.Row row : four.rows()) {
      s.append(pad("    " + row.key() + ": " + zeros(5), 40)).append("# ").append(row.words().substring(2)).append('\n');
    }
    return s.toString();
  }

  /** The body: the six parts of the outline, with the tables placed. */
  public static String body(int year) {
    StringBuilder s = new StringBuilder();
    s.append("本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》"
        + "（国办公开办函〔2021〕30号）编制，所列数据的统计期限为").append(year).append("年1月1日至").append(year)
        .append("年12月31日。\n");
    for (String part : AnnualFormat.OUTLINE) {
      s.append("\n## ").append(part).append("\n\n");
      AnnualFormat.Table table = AnnualFormat.TABLES.stream().filter(t -> t.caption().equals(part)).findFirst().orElse(null);
      if (table != null) {
        s.append("{{年报表格 ").append(table.number()).append("}}\n");
      } else {
        s.append("（请填写").append(part.substring(2)).append("。）\n");
      }
    }
    return s.toString();
  }

  private static String zeros(int n) {
    return "[" + String.join(", ", java.util.Collections.nCopies(n, "0")) + "]";
  }

  private static String pad(String text, int width) {
    int w = text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
    return text + " ".repeat(Math.max(1, width - w));
  }
}
