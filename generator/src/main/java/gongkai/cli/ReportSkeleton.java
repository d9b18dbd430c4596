package gongkai.cli;

import gongkai.content.IndexNumber;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The text of a new report: front matter with the keys a report needs, the optional ones commented
 * out for the editor to fill in, and a body outline with the 一、 headings the 目录导读 is made of.
 */
final class ReportSkeleton {
  // 发布日期 as pages show it (DESIGN.md: "shown as 2024-01-02 15:54:42"); the time keeps two
  // reports of one day in order.
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  // A title YAML reads back unchanged without quotes: no indicator first, no ': ' or ' #', and not
  // a word or number YAML would type (true, null, 2024).
  private static final Pattern PLAIN = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^\\n]*");
  private static final Pattern TYPED = Pattern.compile("(?i)true|false|yes|no|on|off|null|~|[-+.0-9].*");

  private ReportSkeleton() {}

  /**
   * @param indexNo the 索引号, or null outside disclosure sections
   * @param publisher the site's organization, or empty to leave publisher out
   */
  static String text(String title, IndexNumber indexNo, String publisher, ZonedDateTime date) {
    return text(title, indexNo, publisher, date, null);
  }

  /**
   * As {@link #text(String, IndexNumber, String, ZonedDateTime)}; with {@code annualYear}, the
   * 政府信息公开工作年度报告 of that year: its figures block at zero and the format's six-part outline.
   */
  static String text(String title, IndexNumber indexNo, String publisher, ZonedDateTime date, Integer annualYear) {
    StringBuilder s = new StringBuilder("---\n");
    s.append("title: ").append(scalar(title)).append('\n');
    if (indexNo != null) {
      s.append("index_no: ").append(indexNo).append('\n');
    }
    if (!publisher.isBlank()) {
      s.append("publisher: ").append(scalar(publisher)).append('\n');
    }
    s.append("date: ").append(DATE.format(date)).append('\n');
    if (annualYear != null) {
      s.append("category: 政府信息公开年报\n");
      s.append(gongkai.annual.AnnualSkeleton.figures(annualYear));
      s.append("---\n\n").append(gongkai.annual.AnnualSkeleton.body(annualYear));
      return s.toString();
    }
    s.append("""
        # 可选：删去行首的 # 再填写（gongkai 的 docs/writing-reports.md 列出全部键）
        # summary: 一句话摘要，用于列表、订阅源和页面描述
        # category: 主题分类
        # doc_no: 文号，年份用六角括号，如 ×政发〔2024〕3号
        # keywords: [主题词, 主题词]
        ---

        （导语：说明本文的依据和目的。）

        ## 一、（第一部分标题）

        （正文。）

        ## 二、（第二部分标题）

        （正文。）
        """);
    return s.toString();
  }

  /** {@code text} as a YAML scalar: plain when that reads back the same, else double-quoted. */
  static String scalar(String text) {
    boolean plain = PLAIN.matcher(text).matches() && !TYPED.matcher(text).matches()
        && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":") && text.equals(text.strip());
    if (plain) {
      return text;
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
