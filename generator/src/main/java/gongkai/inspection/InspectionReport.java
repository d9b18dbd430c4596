package gongkai.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * What an inspection found on one day.
 *
 * @param asOf the day inspected
 * @param findings every finding, home page first, then sections in the site's order
 */
public record InspectionReport(LocalDate asOf, List<Finding> findings) {
  public InspectionReport {
    findings = List.copyOf(findings);
  }

  /** The findings of {@code rule} the inspection counts (reminders left out). */
  List<Finding> of(Rule rule) {
    return findings.stream().filter(f -> f.rule() == rule && f.counts()).toList();
  }

  /** Whether {@code finding} is part of a veto item met. */
  boolean isVeto(Finding finding) {
    return finding.counts() && vetoed(finding.rule());
  }

  /** Whether {@code rule}'s findings reach its veto count (单项否决). */
  boolean vetoed(Rule rule) {
    return rule.vetoCount() > 0 && of(rule).size() >= rule.vetoCount();
  }

  /** The rules whose veto count is reached: any one makes the site 不合格. */
  public List<Rule> vetoes() {
    return java.util.Arrays.stream(Rule.values()).filter(this::vetoed).toList();
  }

  /** Whether the site would be judged 不合格. */
  public boolean failed() {
    return !vetoes().isEmpty();
  }
}
