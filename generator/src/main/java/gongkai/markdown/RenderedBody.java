package gongkai.markdown;

import java.util.List;
import java.util.Objects;

/**
 * A report body as HTML.
 *
 * @param html the body's HTML, ready to place inside the page's article
 * @param headings every heading in document order
 * @param toc the headings nested for the 目录导读
 */
public record RenderedBody(String html, List<Heading> headings, List<TocEntry> toc) {
  public RenderedBody {
    Objects.requireNonNull(html, "html");
    headings = List.copyOf(headings);
    toc = List.copyOf(toc);
  }

  public static RenderedBody of(String html, List<Heading> headings) {
    return new RenderedBody(html, headings, TocEntry.nest(headings));
  }
}
