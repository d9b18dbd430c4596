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
 * @param validity 有效性, or null
 * @param summary 摘要, or null
 * @param attachments 附件
 * @param slug the URL segment
 * @param draft built only with {@code --drafts}
 * @param params every key the contract does not define, in file order, for templates
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
    String validity,
    String summary,
    List<Attachment> attachments,
    String slug,
    boolean draft,
    Map<String, Object> params) {

  public FrontMatter {
    keywords = List.copyOf(keywords);
    attachments = List.copyOf(attachments);
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }
}
