package gongkai.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata of a report, as the content contract in DESIGN.md defines it.
 *
 * @param title 标题
 * @param indexNo 索引号; null only in sections that are not disclosure sections
 * @param publisher 发布机构; defaults to the site's organization
 * @param date 发布日期
 * @param written 成文日期, or null
 * @param docNo 文号, or null
 * @param category 主题分类, or null
 * @param keywords 主题词
 * @param validity 有效性 as written, or null; the site model gives it on the build date
 * @param summary 摘要, or null
 * @param attachments 附件
 * @param slug the URL segment
 * @param draft built only with {@code --drafts}
 * @param params every key the contract does not define, in file order, for templates
 * @param lifecycle dates in force, relations to other reports and revisions
 */
public record FrontMatter(
    String title,
    IndexNumber indexNo,
    String publisher,
    DisclosureDate date,
    DisclosureDate written,
    String docNo,
    String category,
    List<String> keywords,
    Validity validity,
    String summary,
    List<Attachment> attachments,
    String slug,
    boolean draft,
    Map<String, Object> params,
    Lifecycle lifecycle) {

  public FrontMatter {
    lifecycle = lifecycle == null ? Lifecycle.NONE : lifecycle;
    keywords = List.copyOf(keywords);
    attachments = List.copyOf(attachments);
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** Metadata that says nothing about the document's life; {@code validity} is one of {@link Validity}'s labels or null. */
  public FrontMatter(
      String title,
      IndexNumber indexNo,
      String publisher,
      DisclosureDate date,
      DisclosureDate written,
      String docNo,
      String category,
      List<String> keywords,
      String validity,
      String summary,
      List<Attachment> attachments,
      String slug,
      boolean draft,
      Map<String, Object> params) {
    this(title, indexNo, publisher, date, written, docNo, category, keywords, validity == null ? null : Validity.parse(validity),
        summary, attachments, slug, draft, params, Lifecycle.NONE);
  }

  /** When the document last changed in substance: {@code updated}, else 发布日期. */
  public DisclosureDate lastChanged() {
    return lifecycle.updated() == null ? date : lifecycle.updated();
  }
}
