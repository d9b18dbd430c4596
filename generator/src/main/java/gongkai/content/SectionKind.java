package gongkai.content;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What kind of 栏目 a section is, in the terms of the State Council General Office's 《政府网站与政务新媒体
 * 检查指标》 (国办秘函〔2019〕19号), which sets how often each kind must be updated: 动态、要闻类栏目 and
 * 通知公告、政策文件类栏目 have an update rule; every other section has none. A section says its kind in
 * its {@code _index.md} ({@code kind: 通知公告类}); the rules themselves are {@code gongkai.inspection}'s.
 */
public enum SectionKind {
  /** 动态、要闻类栏目: 本地要闻, 部门动态, 工作进展 …. */
  NEWS("动态要闻类"),
  /** 通知公告类栏目: 通知公告, 公示公告 …. */
  NOTICES("通知公告类"),
  /** 政策文件类栏目: 政策文件, 规范性文件, 政策解读 …. */
  POLICIES("政策文件类"),
  /** Any other section: no update rule (an empty one still counts as a 空白栏目). */
  OTHER("其他");

  private final String label;

  SectionKind(String label) {
    this.label = label;
  }

  /** The word a section's {@code kind:} takes. */
  public String label() {
    return label;
  }

  /** The kind {@code label} names, or null. */
  public static SectionKind named(String label) {
    return Arrays.stream(values()).filter(kind -> kind.label.equals(label)).findFirst().orElse(null);
  }

  /** Every label, for a message: {@code 动态要闻类、通知公告类、政策文件类、其他}. */
  public static String labels() {
    return Arrays.stream(values()).map(SectionKind::label).collect(Collectors.joining("、"));
  }
}
