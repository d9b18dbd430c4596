package gongkai.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.problem.GithubAnnotation;
import gongkai.problem.Language;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import gongkai.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Prints an {@link InspectionReport} in the site's language: one line per finding, as a problem
 * prints ({@code file:line: 单项否决|风险|提醒: what — what to do}), then one summary line; or as GitHub
 * annotations with the same summary; or as one JSON document for other tools.
 */
public enum InspectionPrinter {
  TEXT,
  GITHUB,
  JSON;

  /** The document the items are from, named in every header and in the JSON. */
  private static final String SOURCE = "国办秘函〔2019〕19号";
  /** The JSON names each item as the indicators do, whatever the run's language: tools match on it. */
  private static final MessageCatalogue CHINESE = MessageCatalogue.of(Language.ZH_CN);

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
   * @param words the run's language
   * @param asOfGiven whether the day was given ({@code --as-of}), or is today in {@code zone}
   */
  public void print(PrintWriter out, InspectionReport report, MessageCatalogue words, boolean asOfGiven, String zone) {
    if (this == JSON) {
      out.println(json(report));
      return;
    }
    out.println(words.format(asOfGiven
        ? Message.of("inspection.header.as-of", report.asOf(), SOURCE, zone)
        : Message.of("inspection.header.today", report.asOf(), SOURCE, zone)));
    for (Finding finding : report.findings()) {
      Message label = label(report, finding);
      if (this == GITHUB) {
        Message what = Message.of("inspection.labelled", label, what(finding));
        Path file = Path.of(finding.file());
        Problem problem = report.isVeto(finding)
            ? Problem.at(file, finding.line(), 1, what, fix(finding))
            : Problem.warning(file, finding.line(), 1, what, fix(finding));
        out.println(GithubAnnotation.of(problem, words));
      } else {
        // As a problem prints (Problem.line), with the inspection's level in place of 错误/警告.
        out.println(finding.file() + (finding.line() == 0 ? "" : ":" + finding.line()) + ": " + words.format(label)
            + ": " + words.format(what(finding)) + " — " + words.format(fix(finding)));
      }
    }
    out.println(words.format(summary(report)));
  }

  private static Message label(InspectionReport report, Finding finding) {
    if (!finding.counts()) {
      return Message.of("inspection.level.reminder");
    }
    return report.isVeto(finding) ? Message.of("inspection.level.veto") : Message.of("inspection.level.risk");
  }

  private static Message what(Finding f) {
    Message rule = f.rule().label();
    return switch (f.rule()) {
      case HOME_NOT_UPDATED -> f.newest() == null
          ? Message.of("inspection.home.empty", rule)
          : Message.of("inspection.home.stale", rule, f.newest(), late(f), SOURCE);
      case SECTION_NOT_UPDATED -> Message.of("inspection.section.stale", rule, f.subject(), f.newest(), late(f));
      case EMPTY_SECTION -> Message.of("inspection.section.empty", rule, f.subject());
      case POLICY_WITHOUT_INTERPRETATION -> Message.of("inspection.policy.without-interpretation", rule, f.subject());
      case INTERPRETATION_WITHOUT_POLICY -> Message.of("inspection.interpretation.without-policy", rule, f.subject());
    };
  }

  private static Message late(Finding f) {
    if (f.daysLate() > 0) {
      return Message.count("inspection.due.late", f.daysLate(), f.due());
    }
    if (f.daysLate() == 0) {
      return Message.of("inspection.due.today", f.due());
    }
    return Message.count("inspection.due.left", -f.daysLate(), f.due());
  }

  private static Message fix(Finding f) {
    return switch (f.rule()) {
      case HOME_NOT_UPDATED -> Message.of("inspection.home.fix");
      case SECTION_NOT_UPDATED -> Message.of("inspection.section.stale.fix");
      case EMPTY_SECTION -> Message.of("inspection.section.empty.fix");
      case POLICY_WITHOUT_INTERPRETATION -> Message.of("inspection.policy.without-interpretation.fix");
      case INTERPRETATION_WITHOUT_POLICY -> Message.of("inspection.interpretation.without-policy.fix");
    };
  }

  static Message summary(InspectionReport report) {
    List<Rule> vetoes = report.vetoes();
    long risks = report.findings().stream().filter(f -> f.counts() && !report.isVeto(f)).count();
    long reminders = report.findings().stream().filter(f -> !f.counts()).count();
    Message verdict = vetoes.isEmpty()
        ? Message.of("inspection.summary.no-veto")
        : Message.count("inspection.summary.vetoes", vetoes.size(), vetoes.stream().map(Rule::label).toList());
    return Message.of("inspection.summary", verdict,
        Message.count("inspection.count.risk", risks), Message.count("inspection.count.reminder", reminders));
  }

  private static String json(InspectionReport report) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("as_of", report.asOf().toString());
    root.put("source", SOURCE);
    root.put("failed", report.failed());
    ArrayNode vetoes = root.putArray("vetoes");
    report.vetoes().forEach(rule -> vetoes.add(CHINESE.format(rule.label())));
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode item = findings.addObject();
      item.put("rule", CHINESE.format(f.rule().label()));
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
