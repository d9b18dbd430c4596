package gongkai.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.problem.GithubAnnotation;
import gongkai.problem.Problem;
import gongkai.problem.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints an {@link InspectionReport} in the site's language: one line per finding, as a problem
 * prints ({@code file:line: 单项否决|风险|提醒: what — what to do}), then one summary line; or as GitHub
 * annotations with the same summary; or as one JSON document for other tools.
 */
public enum InspectionPrinter {
  TEXT,
  GITHUB,
  JSON;

  private static final String SOURCE = "国办秘函〔2019〕19号";

  /** {@code text}, {@code github} or {@code json}; null for anything else. */
  public static InspectionPrinter named(String name) {
    for (InspectionPrinter printer : values()) {
      if (printer.name().toLowerCase(Locale.ROOT).equals(name)) {
        return printer;
      }
    }
    return null;
  }

  /**
   * @param chinese whether the site's language is Chinese (else English)
   * @param asOfGiven whether the day was given ({@code --as-of}), or is today in {@code zone}
   */
  public void print(PrintWriter out, InspectionReport report, boolean chinese, boolean asOfGiven, String zone) {
    if (this == JSON) {
      out.println(json(report));
      return;
    }
    out.println(chinese
        ? "检查日期：" + report.asOf() + (asOfGiven ? "（--as-of）" : "（" + zone + " 的今天）") + "，依据 " + SOURCE + "《政府网站与政务新媒体检查指标》"
        : "Inspection as of " + report.asOf() + (asOfGiven ? " (--as-of)" : " (today in " + zone + ")")
            + ", against " + SOURCE + " 《政府网站与政务新媒体检查指标》");
    for (Finding finding : report.findings()) {
      if (this == GITHUB) {
        Severity severity = report.isVeto(finding) ? Severity.ERROR : Severity.WARNING;
        String what = label(report, finding, chinese) + ": " + what(finding, chinese);
        Path file = Path.of(finding.file());
        out.println(GithubAnnotation.of(severity == Severity.ERROR
            ? Problem.at(file, finding.line(), 1, what, fix(finding, chinese))
            : Problem.warning(file, finding.line(), 1, what, fix(finding, chinese))));
      } else {
        out.println(finding.file() + (finding.line() == 0 ? "" : ":" + finding.line()) + ": " + label(report, finding, chinese)
            + ": " + what(finding, chinese) + " — " + fix(finding, chinese));
      }
    }
    out.println(summary(report, chinese));
  }

  private static String label(InspectionReport report, Finding finding, boolean chinese) {
    if (!finding.counts()) {
      return chinese ? "提醒" : "reminder";
    }
    return report.isVeto(finding) ? (chinese ? "单项否决" : "veto") : (chinese ? "风险" : "risk");
  }

  private static String what(Finding f, boolean chinese) {
    String rule = f.rule().label(chinese);
    return switch (f.rule()) {
      case HOME_NOT_UPDATED -> f.newest() == null
          ? (chinese ? rule + "：网站还没有任何信息" : rule + ": the site has no report yet")
          : chinese
              ? rule + "：最新信息的发布日期是 " + f.newest() + late(f, true) + "（" + SOURCE + "：监测2周，首页无信息更新的，即单项否决）"
              : rule + ": the newest report is dated " + f.newest() + late(f, false) + " (" + SOURCE + ": no update on the home page in 2 weeks is a veto)";
      case SECTION_NOT_UPDATED -> chinese
          ? rule + " " + f.subject() + "：最新发布日期 " + f.newest() + late(f, true)
          : rule + " " + f.subject() + ": newest report dated " + f.newest() + late(f, false);
      case EMPTY_SECTION -> chinese
          ? rule + " " + f.subject() + "：栏目中没有任何信息（空白栏目超过（含）5个即单项否决）"
          : rule + " " + f.subject() + ": the section holds no report (5 or more empty sections are a veto)";
      case POLICY_WITHOUT_INTERPRETATION -> chinese
          ? rule + "《" + f.subject() + "》：政策文件类栏目中的文件没有关联的政策解读（检查时核对政策文件与解读是否双向关联）"
          : rule + " 《" + f.subject() + "》: a document of a 政策文件类 section has no 政策解读 linked to it";
      case INTERPRETATION_WITHOUT_POLICY -> chinese
          ? rule + "《" + f.subject() + "》：标题是解读，但没有写明解读的是哪个文件"
          : rule + " 《" + f.subject() + "》: the title says 解读, but it names no document it interprets";
    };
  }

  private static String late(Finding f, boolean chinese) {
    if (f.daysLate() > 0) {
      return chinese ? "，更新期限 " + f.due() + "，已超期 " + f.daysLate() + " 天" : ", due by " + f.due() + ", " + days(f.daysLate()) + " late";
    }
    if (f.daysLate() == 0) {
      return chinese ? "，今天（" + f.due() + "）是更新的最后一天" : ", today (" + f.due() + ") is the last day to update";
    }
    return chinese ? "，更新期限 " + f.due() + "（还有 " + -f.daysLate() + " 天）" : ", due by " + f.due() + " (" + days(-f.daysLate()) + " left)";
  }

  private static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

  private static String fix(Finding f, boolean chinese) {
    return switch (f.rule()) {
      case HOME_NOT_UPDATED -> chinese ? "发布一条新信息（首页列出全站最新信息）" : "publish a new report (the home page lists the newest)";
      case SECTION_NOT_UPDATED -> chinese ? "在该栏目发布新信息；不再更新的栏目应归档或删除" : "publish a report in the section, or archive or remove a section no longer kept";
      case EMPTY_SECTION -> chinese ? "发布该栏目的信息，或删除这个栏目" : "publish the section's first report, or remove the section";
      case POLICY_WITHOUT_INTERPRETATION -> chinese
          ? "在解读文件的 front matter 中写 interprets: <本文件的路径>，两边页面都会显示关联"
          : "write interprets: <this file's path> in the interpretation's front matter; both pages then link each other";
      case INTERPRETATION_WITHOUT_POLICY -> chinese
          ? "写 interprets: <被解读文件在 content/ 下的路径>，两边页面都会显示关联"
          : "write interprets: <the policy's path below content/>; both pages then link each other";
    };
  }

  static String summary(InspectionReport report, boolean chinese) {
    List<Rule> vetoes = report.vetoes();
    long risks = report.findings().stream().filter(f -> f.counts() && !report.isVeto(f)).count();
    long reminders = report.findings().stream().filter(f -> !f.counts()).count();
    String names = vetoes.stream().map(rule -> rule.label(chinese)).collect(Collectors.joining(chinese ? "、" : ", "));
    if (chinese) {
      return "检查结论：" + (vetoes.isEmpty() ? "未触发单项否决" : "触发单项否决 " + vetoes.size() + " 项（" + names + "），网站将被判为不合格")
          + "；风险 " + risks + " 项，提醒 " + reminders + " 项。";
    }
    return "Result: " + (vetoes.isEmpty() ? "no veto item met" : vetoes.size() + " veto item" + (vetoes.size() == 1 ? "" : "s")
        + " met (" + names + "); the site would be judged 不合格") + "; " + risks + " risk" + (risks == 1 ? "" : "s") + ", "
        + reminders + " reminder" + (reminders == 1 ? "" : "s") + ".";
  }

  private static String json(InspectionReport report) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("as_of", report.asOf().toString());
    root.put("source", SOURCE);
    root.put("failed", report.failed());
    ArrayNode vetoes = root.putArray("vetoes");
    report.vetoes().forEach(rule -> vetoes.add(rule.label(true)));
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode item = findings.addObject();
      item.put("rule", f.rule().label(true));
      item.put("level", f.counts() ? (report.isVeto(f) ? "veto" : "risk") : "reminder");
      item.put("file", f.file());
      item.put("line", f.line());
      item.put("subject", f.subject());
      item.put("newest", date(f.newest()));
      item.put("due", date(f.due()));
      item.put("days_late", f.daysLate());
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
