package gongkai.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A document's life as its front matter states it: dates in force, its relations to other reports,
 * its revisions. Relations name other reports by their file path below {@code content/}, e.g.
 * {@code gkml/2023/jiaotong-guihua.md}; each relation is written on one side only, and the site
 * model derives the other.
 *
 * @param effective 施行日期, or null
 * @param expires 失效日期, the first day the document is no longer in force, or null
 * @param updated 更新日期, the last substantive change, or null
 * @param replacedBy the report that replaced this one ({@code replaced_by}), or null
 * @param replaces the reports this one replaced ({@code replaces})
 * @param interprets the policy this 政策解读 explains ({@code interprets}), or null
 * @param revisions 修订记录, in front-matter order
 */
public record Lifecycle(
    LocalDate effective,
    LocalDate expires,
    DisclosureDate updated,
    String replacedBy,
    List<String> replaces,
    String interprets,
    List<Revision> revisions) {

  /** A report that says nothing about its life. */
  public static final Lifecycle NONE = new Lifecycle(null, null, null, null, List.of(), null, List.of());

  public Lifecycle {
    replaces = List.copyOf(replaces);
    revisions = List.copyOf(revisions);
  }

  /**
   * The validity on {@code today}: {@code stated}, except that a document whose {@code expires} has
   * come counts as 失效 from that day (a repealed one stays 废止).
   */
  public Validity on(LocalDate today, Validity stated) {
    if (expires != null && !today.isBefore(expires) && (stated == null || stated.inForce())) {
      return Validity.EXPIRED;
    }
    return stated;
  }
}
