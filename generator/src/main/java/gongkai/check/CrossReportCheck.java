package gongkai.check;

import gongkai.content.FrontMatter;
import gongkai.content.IndexNumber;
import gongkai.content.ParsedContent;
import gongkai.content.Report;
import gongkai.content.SourceFile;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks across the parsed reports that no single file can show: a 索引号 used twice (an error: the
 * 索引号 identifies one disclosure), a 索引号 whose year is neither the 发布日期's nor the 成文日期's, and
 * a 文号 written with ASCII or other brackets instead of 〔〕 (warnings).
 */
public final class CrossReportCheck {
  // GB/T 9704-2012 §7.2.4: the year of a 发文字号 is enclosed in 六角括号 〔〕. Editors often type
  // [2024], (2024), （2024）, ［2024］ or 【2024】 instead.
  private static final Pattern WRONG_BRACKETS = Pattern.compile("[\\[(（［【]\\s*(\\d{4})\\s*[\\])）］】]");

  private CrossReportCheck() {}

  /** Every problem, in report order; errors and warnings. */
  public static List<Problem> check(ParsedContent content) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Report> byIndexNo = new HashMap<>();
    for (Report report : content.reports()) {
      FrontMatter meta = report.meta();
      if (meta.indexNo() != null) {
        Report first = byIndexNo.putIfAbsent(meta.indexNo().toString(), report);
        // Found only for a problem: reading every file's front matter again took most of the check's time.
        java.util.function.Supplier<KeyLine> key = () -> KeyLine.find(report.source(), "index_no");
        if (first != null) {
          KeyLine firstKey = KeyLine.find(first.source(), "index_no");
          problems.add(
              Problem.at(
                  file(report), key.get().line(), key.get().valueColumn(),
                  Message.of("check.index.duplicate", meta.indexNo(),
                      first.source().displayPath().toString().replace('\\', '/') + ":" + firstKey.line()),
                  Message.of("check.index.duplicate.fix")));
        }
        yearProblem(report, key).ifPresent(problems::add);
      }
      docNoProblem(report).ifPresent(problems::add);
    }
    return problems;
  }

  private static java.util.Optional<Problem> yearProblem(Report report, java.util.function.Supplier<KeyLine> line) {
    FrontMatter meta = report.meta();
    if (!meta.indexNo().hasYear()) {
      return java.util.Optional.empty(); // a declared scheme without a year part
    }
    int year = meta.indexNo().year();
    int published = meta.date().value().getYear();
    Integer written = meta.written() == null ? null : meta.written().value().getYear();
    if (year == published || written != null && year == written) {
      return java.util.Optional.empty();
    }
    KeyLine key = line.get();
    // The report's own number with the year changed, in its own form (any code, month and serial kept).
    IndexNumber fixed = meta.indexNo().withYear(written != null ? written : published);
    String text = meta.indexNo().text();
    int yearColumn = key.valueColumn() + text.codePointCount(0, meta.indexNo().yearAt().start());
    Message message =
        written == null
            ? Message.of("check.index.year-not-published", year, published)
            : Message.of("check.index.year-neither", year, published, written);
    return java.util.Optional.of(
        Problem.warning(
            file(report), key.line(), yearColumn,
            message,
            Message.of("check.index.year.fix", fixed)));
  }

  private static java.util.Optional<Problem> docNoProblem(Report report) {
    String docNo = report.meta().docNo();
    if (docNo == null) {
      return java.util.Optional.empty();
    }
    Matcher m = WRONG_BRACKETS.matcher(docNo);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    String fixed = WRONG_BRACKETS.matcher(docNo).replaceAll("〔$1〕");
    KeyLine key = KeyLine.find(report.source(), "doc_no");
    int column = key.valueColumn();
    int at = key.text().indexOf(m.group(), column - 1 < 0 ? 0 : column - 1);
    if (at >= 0) {
      column = key.text().codePointCount(0, at) + 1;
    }
    return java.util.Optional.of(
        Problem.warning(
            file(report), key.line(), column,
            Message.of("check.doc-no.brackets", docNo, "" + m.group().charAt(0) + m.group().charAt(m.group().length() - 1)),
            Message.of("check.doc-no.brackets.fix", fixed)));
  }

  private static Path file(Report report) {
    return report.source().displayPath();
  }

  /**
   * Where a top-level front-matter key is written: its file line, and the column its value starts
   * in. Front matter is short, so reading it again is cheaper than carrying the parser's positions
   * on every report.
   *
   * @param line the file line, 1 when the key is not found
   * @param valueColumn the 1-based column of the value, 1 when not found
   * @param text the line's text
   */
  record KeyLine(int line, int valueColumn, String text) {
    static KeyLine find(SourceFile file, String key) {
      Pattern pattern = Pattern.compile("^" + Pattern.quote(key) + "\\s*:\\s*['\"]?");
      String[] lines = file.text().split("\n", -1);
      for (int i = 1; i < lines.length && !lines[i].stripTrailing().equals("---"); i++) {
        Matcher m = pattern.matcher(lines[i]);
        if (m.find()) {
          return new KeyLine(i + 1, lines[i].codePointCount(0, m.end()) + 1, lines[i]);
        }
      }
      return new KeyLine(1, 1, "");
    }
  }
}
