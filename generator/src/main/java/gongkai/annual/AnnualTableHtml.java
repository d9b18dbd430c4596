package gongkai.annual;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes the three tables as HTML laid out as the format lays them out (AnnualFormat): merged header
 * cells as {@code colspan}/{@code rowspan}, a {@code <caption>}, and every figure cell naming its row
 * and column headers by {@code headers} (the tables have two and three levels of headers, which
 * {@code scope} alone cannot express, WCAG technique H43). Each table sits in a scroll box of its
 * own so a phone scrolls the table, never the page.
 */
public final class AnnualTableHtml {
  private AnnualTableHtml() {}

  /** The table numbered 二, 三 or 四 with the report's figures. */
  public static String table(AnnualFormat.Table table, AnnualData data) {
    StringBuilder html = new StringBuilder();
    html.append("<div class=\"table-scroll annual-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"表")
        .append(table.number()).append(" ").append(table.caption().substring(2)).append("\">\n");
    switch (table.number()) {
      case "二" -> two(html, data);
      case "三" -> three(html, data);
      default -> four(html, data);
    }
    return html.append("</div>\n").toString();
  }

  private static void open(StringBuilder html, AnnualFormat.Table table) {
    html.append("<table class=\"annual-table annual-table-").append(table == AnnualFormat.TWO ? 2 : table == AnnualFormat.THREE ? 3 : 4)
        .append("\">\n<caption>").append(table.caption()).append("</caption>\n");
  }

  private static void two(StringBuilder html, AnnualData data) {
    AnnualFormat.Table two = AnnualFormat.TWO;
    open(html, two);
    html.append("<colgroup><col class=\"annual-label\"><col span=\"3\"></colgroup>\n");
    int b = 0;
    int r = 0;
    for (AnnualFormat.Block block : AnnualFormat.BLOCKS) {
      b++;
      String section = "nb2-s" + b;
      html.append("<tbody>\n<tr><th colspan=\"4\" id=\"").append(section).append("\" class=\"annual-block\">")
          .append(block.heading()).append("</th></tr>\n");
      String span = block.columns().size() == 1 ? " colspan=\"3\"" : "";
      html.append("<tr><th id=\"").append(section).append("-h0\" headers=\"").append(section).append("\">")
          .append(AnnualFormat.CONTENT).append("</th>");
      for (int c = 0; c < block.columns().size(); c++) {
        html.append("<th").append(span).append(" id=\"").append(section).append("-h").append(c + 1)
            .append("\" headers=\"").append(section).append("\">").append(block.columns().get(c)).append("</th>");
      }
      html.append("</tr>\n");
      for (AnnualFormat.Row row : block.rows()) {
        String rowId = "nb2-r" + (++r);
        html.append("<tr><th id=\"").append(rowId).append("\" headers=\"").append(section).append(' ').append(section)
            .append("-h0\">").append(row.label()).append("</th>");
        for (int c = 0; c < block.columns().size(); c++) {
          html.append("<td").append(span).append(" headers=\"").append(section).append(' ').append(section).append("-h")
              .append(c + 1).append(' ').append(rowId).append("\">").append(figure(data.value(two, row, c))).append("</td>");
        }
        html.append("</tr>\n");
      }
      html.append("</tbody>\n");
    }
    html.append("</table>\n");
  }

  private static void three(StringBuilder html, AnnualData data) {
    AnnualFormat.Table three = AnnualFormat.THREE;
    open(html, three);
    html.append("<colgroup><col span=\"3\" class=\"annual-label\"><col span=\"7\"></colgroup>\n<thead>\n");
    html.append("<tr><td colspan=\"3\" rowspan=\"3\" class=\"annual-note\">").append(AnnualFormat.NOTE)
        .append("</td><th colspan=\"7\" id=\"nb3-ap\" scope=\"colgroup\">").append(AnnualFormat.APPLICANTS).append("</th></tr>\n");
    html.append("<tr><th rowspan=\"2\" id=\"nb3-c0\" headers=\"nb3-ap\">").append(AnnualFormat.NATURAL)
        .append("</th><th colspan=\"5\" id=\"nb3-lg\" headers=\"nb3-ap\" scope=\"colgroup\">").append(AnnualFormat.LEGAL)
        .append("</th><th rowspan=\"2\" id=\"nb3-c6\" headers=\"nb3-ap\">").append(AnnualFormat.TOTAL).append("</th></tr>\n<tr>");
    for (int c = 0; c < AnnualFormat.LEGAL_KINDS.size(); c++) {
      html.append("<th id=\"nb3-c").append(c + 1).append("\" headers=\"nb3-ap nb3-lg\">")
          .append(AnnualFormat.LEGAL_KINDS.get(c)).append("</th>");
    }
    html.append("</tr>\n</thead>\n<tbody>\n");
    rowThree(html, data, AnnualFormat.RECEIVED, "nb3-r1", "<th colspan=\"3\" id=\"nb3-r1\">" + AnnualFormat.RECEIVED.label() + "</th>", "");
    rowThree(html, data, AnnualFormat.CARRIED_IN, "nb3-r2", "<th colspan=\"3\" id=\"nb3-r2\">" + AnnualFormat.CARRIED_IN.label() + "</th>", "");
    List<AnnualFormat.Row> results = AnnualFormat.RESULT_ROWS;
    int span = results.size() + 1;
    String group = null;
    int r = 2;
    for (int i = 0; i < results.size(); i++) {
      AnnualFormat.Row row = results.get(i);
      String id = "nb3-r" + (++r);
      StringBuilder head = new StringBuilder();
      if (i == 0) {
        head.append("<th rowspan=\"").append(span).append("\" id=\"nb3-g\" class=\"annual-group\">").append(AnnualFormat.RESULTS).append("</th>");
      }
      String headers = "nb3-g";
      if (row.group() == null) {
        head.append("<th colspan=\"2\" id=\"").append(id).append("\" headers=\"nb3-g\">").append(row.label()).append("</th>");
      } else {
        String groupId = "nb3-g" + row.group().charAt(1);
        if (!row.group().equals(group)) {
          long size = results.stream().filter(x -> row.group().equals(x.group())).count();
          head.append("<th rowspan=\"").append(size).append("\" id=\"").append(groupId)
              .append("\" headers=\"nb3-g\" class=\"annual-group\">").append(row.group()).append("</th>");
        }
        headers = "nb3-g " + groupId;
        head.append("<th id=\"").append(id).append("\" headers=\"").append(headers).append("\">").append(row.label()).append("</th>");
      }
      group = row.group();
      rowThree(html, data, row, headers + " " + id, head.toString(), "");
    }
    String total = "nb3-r" + (++r);
    rowThree(html, data, AnnualFormat.RESULT_TOTAL, "nb3-g " + total,
        "<th colspan=\"2\" id=\"" + total + "\" headers=\"nb3-g\">" + AnnualFormat.RESULT_TOTAL.label() + "</th>", " class=\"annual-total\"");
    String out = "nb3-r" + (++r);
    rowThree(html, data, AnnualFormat.CARRIED_OUT, out,
        "<th colspan=\"3\" id=\"" + out + "\">" + AnnualFormat.CARRIED_OUT.label() + "</th>", "");
    html.append("</tbody>\n</table>\n");
  }

  private static void rowThree(StringBuilder html, AnnualData data, AnnualFormat.Row row, String rowHeaders, String head, String cls) {
    html.append("<tr").append(cls).append('>').append(head);
    for (int c = 0; c < AnnualFormat.APPLICANT_COLUMNS.size(); c++) {
      String column = c == 0 || c == 6 ? "nb3-ap nb3-c" + c : "nb3-ap nb3-lg nb3-c" + c;
      html.append("<td headers=\"").append(rowHeaders).append(' ').append(column).append("\">")
          .append(figure(data.value(AnnualFormat.THREE, row, c))).append("</td>");
    }
    html.append("</tr>\n");
  }

  private static void four(StringBuilder html, AnnualData data) {
    AnnualFormat.Table four = AnnualFormat.FOUR;
    open(html, four);
    List<String> outcomes = AnnualFormat.OUTCOMES;
    html.append("<thead>\n<tr><th colspan=\"5\" id=\"nb4-a\" scope=\"colgroup\">").append(AnnualFormat.REVIEW)
        .append("</th><th colspan=\"10\" id=\"nb4-l\" scope=\"colgroup\">").append(AnnualFormat.LAWSUIT).append("</th></tr>\n<tr>");
    for (int c = 0; c < outcomes.size(); c++) {
      html.append("<th rowspan=\"2\" id=\"nb4-a").append(c).append("\" headers=\"nb4-a\">").append(outcomes.get(c)).append("</th>");
    }
    List<AnnualFormat.Row> kinds = four.rows().subList(1, 3);
    for (int k = 0; k < kinds.size(); k++) {
      html.append("<th colspan=\"5\" id=\"nb4-k").append(k).append("\" headers=\"nb4-l\" scope=\"colgroup\">")
          .append(kinds.get(k).label()).append("</th>");
    }
    html.append("</tr>\n<tr>");
    for (int k = 0; k < kinds.size(); k++) {
      for (int c = 0; c < outcomes.size(); c++) {
        html.append("<th id=\"nb4-k").append(k).append('-').append(c).append("\" headers=\"nb4-l nb4-k").append(k).append("\">")
            .append(outcomes.get(c)).append("</th>");
      }
    }
    html.append("</tr>\n</thead>\n<tbody>\n<tr>");
    for (int c = 0; c < outcomes.size(); c++) {
      html.append("<td headers=\"nb4-a nb4-a").append(c).append("\">").append(figure(data.value(four, four.rows().get(0), c))).append("</td>");
    }
    for (int k = 0; k < kinds.size(); k++) {
      for (int c = 0; c < outcomes.size(); c++) {
        html.append("<td headers=\"nb4-l nb4-k").append(k).append(" nb4-k").append(k).append('-').append(c).append("\">")
            .append(figure(data.value(four, kinds.get(k), c))).append("</td>");
      }
    }
    html.append("</tr>\n</tbody>\n</table>\n");
  }

  private static String figure(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
