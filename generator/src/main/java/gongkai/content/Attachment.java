package gongkai.content;

/**
 * A 附件 listed in front matter.
 *
 * @param file path relative to the report's Markdown file
 * @param title what readers see; the file name when not given
 */
public record Attachment(String file, String title) {
  public Attachment {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("an attachment needs a file");
    }
    title = title == null || title.isBlank() ? file.substring(file.lastIndexOf('/') + 1) : title;
  }
}
