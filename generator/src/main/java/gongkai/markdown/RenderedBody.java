package gongkai.markdown;

import gongkai.content.ReportFolder;
import gongkai.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A report body as HTML.
 *
 * @param html the body's HTML, ready to place inside the page's article
 * @param headings every heading in document order
 * @param toc the headings nested for the 目录导读
 * @param files the images and other files the body names by a relative address, found beside the
 *     report; they are published at the same place beside its page
 * @param removedHtml what the sanitiser took out of the report's raw HTML, one problem per piece;
 *     the build goes on without it (it is the safe outcome), so these are warnings to show
 */
public record RenderedBody(
    String html, List<Heading> headings, List<TocEntry> toc, List<ReportFolder.Found> files, List<Problem> removedHtml) {
  public RenderedBody {
    Objects.requireNonNull(html, "html");
    headings = List.copyOf(headings);
    toc = List.copyOf(toc);
    files = List.copyOf(files);
    removedHtml = List.copyOf(removedHtml);
  }

  public static RenderedBody of(String html, List<Heading> headings) {
    return of(html, headings, List.of());
  }

  public static RenderedBody of(String html, List<Heading> headings, List<ReportFolder.Found> files) {
    return of(html, headings, files, List.of());
  }

  public static RenderedBody of(
      String html, List<Heading> headings, List<ReportFolder.Found> files, List<Problem> removedHtml) {
    return new RenderedBody(html, headings, TocEntry.nest(headings), files, removedHtml);
  }
}
