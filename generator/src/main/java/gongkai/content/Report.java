package gongkai.content;

import java.util.List;
import java.util.Objects;

/**
 * A disclosure report: one Markdown file with its front matter.
 *
 * @param source the file
 * @param meta its front matter
 * @param markdown the body after the front matter
 * @param bodyFirstLine the file line the body starts on, for problems found in the body
 * @param attachments the files {@code meta.attachments()} lists, found and checked, in that order
 */
public record Report(
    SourceFile source, FrontMatter meta, String markdown, int bodyFirstLine, List<AttachmentFile> attachments) {
  public Report {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(markdown, "markdown");
    attachments = List.copyOf(attachments);
  }

  /** The section folder the report belongs to, e.g. {@code gkml}. */
  public String section() {
    // Asked for every report whenever a site is assembled: the first segment alone, not the whole split.
    int slash = source.relativePath().indexOf('/');
    return slash < 0 ? source.folders().get(0) : source.relativePath().substring(0, slash);
  }
}
