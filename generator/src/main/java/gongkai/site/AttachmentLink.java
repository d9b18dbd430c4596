package gongkai.site;

import gongkai.content.AttachmentFile;

/**
 * A report's attachment as its page lists it.
 *
 * @param file the file found in {@code content/}
 * @param path the site path it is copied to, beside the standard page: {@code gkml/2024/x/附件1.pdf}
 * @param url root-relative link to it, the same in both editions
 * @param size its size for readers, e.g. {@code 12.3 KB}
 */
public record AttachmentLink(AttachmentFile file, String path, String url, String size) {
  public String title() {
    return file.title();
  }

  /** {@code PDF}, {@code Word}, {@code 图片}, … */
  public String type() {
    return file.type();
  }
}
