package gongkai.site;

import gongkai.content.FrontMatter;
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
    PageLink next) {

  public ReportPage {
    attachments = List.copyOf(attachments);
  }

  public String title() {
    return meta.title();
  }

  /** Keys the content contract does not define, for themes. */
  public Map<String, Object> params() {
    return meta.params();
  }

  ReportPage withNeighbours(PageLink previous, PageLink next) {
    return new ReportPage(path, url, absoluteUrl, canonicalUrl, meta, body, attachments, section, previous, next);
  }
}
