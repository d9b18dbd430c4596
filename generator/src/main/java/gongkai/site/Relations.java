package gongkai.site;

import java.util.List;

/**
 * A report's links to the reports its life is bound up with, each side's link derived from the one
 * side the publisher wrote.
 *
 * @param replacedBy the report that replaced this one (替代文件), or null
 * @param replaces the reports this one replaced
 * @param interprets the policy this 政策解读 explains, or null
 * @param interpretations the 政策解读 of this policy (相关解读)
 */
public record Relations(PageLink replacedBy, List<PageLink> replaces, PageLink interprets, List<PageLink> interpretations) {
  public static final Relations NONE = new Relations(null, List.of(), null, List.of());

  public Relations {
    replaces = List.copyOf(replaces);
    interpretations = List.copyOf(interpretations);
  }

  /** Whether the page has a 相关文件 list: a successor, a predecessor or the policy it explains. */
  public boolean hasDocuments() {
    return replacedBy != null || !replaces.isEmpty() || interprets != null;
  }
}
