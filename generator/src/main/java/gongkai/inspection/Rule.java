package gongkai.inspection;

import gongkai.problem.Message;

/**
 * The items of 《政府网站与政务新媒体检查指标》 (国办秘函〔2019〕19号, 第一部分 单项否决指标) that gongkai
 * can see from content alone. The figures are the indicator's, as its text reads (and as provincial
 * 通报 quote it), not settings:
 *
 * <ul>
 *   <li>首页不更新: "监测2周，首页无信息更新的，即单项否决。"
 *   <li>栏目不更新 (1): "监测时间点前2周内的动态、要闻类栏目，以及监测时间点前6个月内的通知公告、政策文件类一级栏目，
 *       累计超过（含）5个未更新" — 单项否决; a stale section below that count is still reported.
 *   <li>栏目不更新 (3): "空白栏目数量超过（含）5个" — 单项否决; fewer are reported too.
 * </ul>
 *
 * <p>Item (2) of 栏目不更新 ("应更新但长期未更新的栏目数量超过（含）10个") names no period, so gongkai does
 * not guess one; sections with a period are counted by item (1). Broken links (扣分: 链接可用性) never
 * reach a site: the build refuses them.
 */
public enum Rule {
  HOME_NOT_UPDATED(1),
  SECTION_NOT_UPDATED(5),
  EMPTY_SECTION(5),
  POLICY_WITHOUT_INTERPRETATION(0),
  INTERPRETATION_WITHOUT_POLICY(0);

  /** How many days a 动态要闻类 section may go without an update: "监测时间点前2周内". */
  static final int NEWS_DAYS = 14;
  /** How many months a notice or policy section may go without one: "监测时间点前6个月内". */
  static final int NOTICE_MONTHS = 6;
  /** "监测2周，首页无信息更新". */
  static final int HOME_DAYS = 14;

  private final int vetoCount;

  Rule(int vetoCount) {
    this.vetoCount = vetoCount;
  }

  /** The item's name: in Chinese as the indicators name it (首页不更新), in English as explained. */
  public Message label() {
    return switch (this) {
      case HOME_NOT_UPDATED -> Message.of("inspection.rule.home-not-updated");
      case SECTION_NOT_UPDATED -> Message.of("inspection.rule.section-not-updated");
      case EMPTY_SECTION -> Message.of("inspection.rule.empty-section");
      case POLICY_WITHOUT_INTERPRETATION -> Message.of("inspection.rule.policy-without-interpretation");
      case INTERPRETATION_WITHOUT_POLICY -> Message.of("inspection.rule.interpretation-without-policy");
    };
  }

  /**
   * How many findings of this rule make a veto (单项否决): 1 for the home page, 5 for stale or empty
   * sections ("超过（含）5个"), 0 when the item is a deduction only.
   */
  int vetoCount() {
    return vetoCount;
  }
}
