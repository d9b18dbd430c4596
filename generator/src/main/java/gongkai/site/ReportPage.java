package gongkai.site;

import gongkai.content.FrontMatter;
import gongkai.content.Validity;
import gongkai.markdown.RenderedBody;
import java.util.List;
import java.util.Map;

/**
 * A report as the site shows it.
 *
 * @param path site path, e.g. {@code gkml/2024/fazhi-report/}
 * @param url root-relative link to the page
 * @param absoluteUrl the page's address in its edition, for the QR code
 * @param canonicalUrl the standard edition's address, for {@code rel=canonical}
 * @param meta the front matter
 * @param body the rendered body and its headings
 * @param attachments its 附件, in front-matter order
 * @param section the section it is listed in
 * @param previous the newer neighbour in the section list (上一篇), or null
 * @param next the older neighbour in the section list (下一篇), or null
 * @param validity 有效性 on the day the site was built ({@code expires} counted), or null when not stated
 * @param relations its 相关文件 and 相关解读
 */
public record ReportPage(
    String path,
    String url,
    String absoluteUrl,
    String canonicalUrl,
    FrontMatter meta,
    RenderedBody body,
    List<AttachmentLink> attachments,
    PageLink section,
    PageLink previous,
    PageLink next,
    Validity validity,
    Relations relations) {

  public ReportPage {
    attachments = List.copyOf(attachments);
    relations = relations == null ? Relations.NONE : relations;
  }

  /** A page whose validity is as written and which has no relations. */
  public ReportPage(
      String path,
      String url,
      String absoluteUrl,
      String canonicalUrl,
      FrontMatter meta,
      RenderedBody body,
      List<AttachmentLink> attachments,
      PageLink section,
      PageLink previous,
      PageLink next) {
    this(path, url, absoluteUrl, canonicalUrl, meta, body, attachments, section, previous, next, meta.validity(), Relations.NONE);
  }

  /** Whether the document is in force: not stated counts as in force, as do 有效 and 已修改. */
  public boolean inForce() {
    return validity == null || validity.inForce();
  }

  /** Whether the page shows a notice at its top: not in force, or amended by a successor. */
  public boolean hasValidityNotice() {
    return !inForce() || validity == Validity.AMENDED;
  }

  public String title() {
    return meta.title();
  }

  /** Keys the content contract does not define, for themes. */
  public Map<String, Object> params() {
    return meta.params();
  }

  ReportPage withNeighbours(PageLink previous, PageLink next) {
    return new ReportPage(path, url, absoluteUrl, canonicalUrl, meta, body, attachments, section, previous, next, validity, relations);
  }

  ReportPage withRelations(Relations relations) {
    return new ReportPage(path, url, absoluteUrl, canonicalUrl, meta, body, attachments, section, previous, next, validity, relations);
  }
}
