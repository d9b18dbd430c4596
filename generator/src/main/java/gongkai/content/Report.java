package gongkai.content;

import java.util.List;
import java.util.Objects;

/**
 * A disclosure report: one Markdown file with its front matter. A value, compared by its parts.
 *
 * <p>A report parsed from a file does not hold its body: it reads it from the file's text, which
 * is itself held only while memory allows ({@link SourceFile#read}).
 */
public final class Report {
  private final SourceFile source;
  private final FrontMatter meta;
  private final String markdown; // null when read from the source's text
  private final int bodyLength;
  private final int bodyFirstLine;
  private final List<AttachmentFile> attachments;

  /**
   * @param source the file
   * @param meta its front matter
   * @param markdown the body after the front matter
   * @param bodyFirstLine the file line the body starts on, for problems found in the body
   * @param attachments the files {@code meta.attachments()} lists, found and checked, in that order
   */
  public Report(SourceFile source, FrontMatter meta, String markdown, int bodyFirstLine, List<AttachmentFile> attachments) {
    this(source, meta, Objects.requireNonNull(markdown, "markdown"), markdown.length(), bodyFirstLine, attachments);
  }

  private Report(
      SourceFile source, FrontMatter meta, String markdown, int bodyLength, int bodyFirstLine, List<AttachmentFile> attachments) {
    this.source = Objects.requireNonNull(source, "source");
    this.meta = Objects.requireNonNull(meta, "meta");
    this.markdown = markdown;
    this.bodyLength = bodyLength;
    this.bodyFirstLine = bodyFirstLine;
    this.attachments = List.copyOf(attachments);
  }

  /** A report whose body is the end of its file's text, {@code bodyLength} characters long. */
  static Report inFile(SourceFile source, FrontMatter meta, int bodyLength, int bodyFirstLine, List<AttachmentFile> attachments) {
    return new Report(source, meta, null, bodyLength, bodyFirstLine, attachments);
  }

  public SourceFile source() {
    return source;
  }

  public FrontMatter meta() {
    return meta;
  }

  /** The body after the front matter. */
  public String markdown() {
    if (markdown != null) {
      return markdown;
    }
    String text = source.text();
    return text.substring(text.length() - bodyLength);
  }

  public int bodyFirstLine() {
    return bodyFirstLine;
  }

  public List<AttachmentFile> attachments() {
    return attachments;
  }

  /** The section folder the report belongs to, e.g. {@code gkml}. */
  public String section() {
    // Asked for every report whenever a site is assembled: the first segment alone, not the whole split.
    int slash = source.relativePath().indexOf('/');
    return slash < 0 ? source.folders().get(0) : source.relativePath().substring(0, slash);
  }

  @Override
  public boolean equals(Object other) {
    // The same object first: comparing by value would read (and maybe make again) the text.
    return other == this || other instanceof Report that
        && source.equals(that.source)
        && meta.equals(that.meta)
        // Bodies read from equal texts are equal when they are as long: no copy of either is made.
        && (markdown == null && that.markdown == null ? bodyLength == that.bodyLength : markdown().equals(that.markdown()))
        && bodyFirstLine == that.bodyFirstLine
        && attachments.equals(that.attachments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, meta, bodyFirstLine);
  }

  @Override
  public String toString() {
    return "Report[" + source.relativePath() + ", " + meta + "]";
  }
}
