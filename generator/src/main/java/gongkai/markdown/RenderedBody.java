package gongkai.markdown;

import gongkai.content.Hash128;
import gongkai.content.ReportFolder;
import gongkai.problem.Problem;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A report body as HTML: a value, compared by its parts.
 *
 * <p>A body rendered for a build may be {@linkplain #recallable recallable}: its HTML, most of a
 * site's memory, is then held only while memory allows, and rendered again from the report's file
 * when the collector took it. A site's memory then does not grow with its text (issue 8: 100,000
 * reports in a 1 GB heap), while a site that fits keeps every body rendered once.
 *
 * @see #html()
 */
public final class RenderedBody {
  private final List<Heading> headings;
  private final List<TocEntry> toc;
  private final List<ReportFolder.Found> files;
  private final List<Problem> removedHtml;
  private final String key;
  private final String strongHtml; // null when recallable
  private volatile SoftReference<String> softHtml;
  private final Supplier<String> renderAgain;

  /**
   * @param html the body's HTML, ready to place inside the page's article
   * @param headings every heading in document order
   * @param toc the headings nested for the 目录导读
   * @param files the images and other files the body names by a relative address, found beside the
   *     report; they are published at the same place beside its page
   * @param removedHtml what the sanitiser took out of the report's raw HTML, one problem per piece;
   *     the build goes on without it (it is the safe outcome), so these are warnings to show
   */
  public RenderedBody(
      String html, List<Heading> headings, List<TocEntry> toc, List<ReportFolder.Found> files, List<Problem> removedHtml) {
    this(html, headings, toc, files, removedHtml, keyOf(html, headings, files), null);
  }

  private RenderedBody(String html, List<Heading> headings, List<TocEntry> toc, List<ReportFolder.Found> files,
      List<Problem> removedHtml, String key, Supplier<String> renderAgain) {
    Objects.requireNonNull(html, "html");
    this.headings = List.copyOf(headings);
    this.toc = List.copyOf(toc);
    this.files = List.copyOf(files);
    this.removedHtml = List.copyOf(removedHtml);
    this.key = key;
    this.renderAgain = renderAgain;
    this.strongHtml = renderAgain == null ? html : null;
    this.softHtml = renderAgain == null ? null : new SoftReference<>(html);
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

  /**
   * This body, with its HTML held only while memory allows.
   *
   * @param renderAgain renders the same HTML again from the report's file; it is called when the
   *     collector took the HTML, and what it returns must have this body's {@link #key()}
   */
  public RenderedBody recallable(Supplier<String> renderAgain) {
    return new RenderedBody(html(), headings, toc, files, removedHtml, key, Objects.requireNonNull(renderAgain));
  }

  /** The body's HTML, ready to place inside the page's article; rendered again if it was let go. */
  public String html() {
    if (strongHtml != null) {
      return strongHtml;
    }
    String html = softHtml.get();
    if (html == null) {
      html = renderAgain.get();
      if (!keyOf(html, headings, files).equals(key)) {
        throw new IllegalStateException("the body rendered again differs from the first rendering");
      }
      softHtml = new SoftReference<>(html);
    }
    return html;
  }

  /** Lets the HTML go as the collector would, so tests can see it rendered again. */
  void forget() {
    if (softHtml != null) {
      softHtml.clear();
    }
  }

  public List<Heading> headings() {
    return headings;
  }

  public List<TocEntry> toc() {
    return toc;
  }

  public List<ReportFolder.Found> files() {
    return files;
  }

  public List<Problem> removedHtml() {
    return removedHtml;
  }

  /** A hash of everything a page shows of the body, for build-cache keys; equal bodies have equal keys. */
  public String key() {
    return key;
  }

  private static String keyOf(String html, List<Heading> headings, List<ReportFolder.Found> files) {
    return new Hash128().add(html).add(headings.toString()).add(files.toString()).hex();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RenderedBody that
        && key.equals(that.key)
        && html().equals(that.html())
        && headings.equals(that.headings)
        && files.equals(that.files)
        && removedHtml.equals(that.removedHtml);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** Names the body by its key: its HTML may be long, and may have to be rendered again to be read. */
  @Override
  public String toString() {
    return "RenderedBody[key=" + key + ", headings=" + headings + ", files=" + files + ", removedHtml=" + removedHtml + "]";
  }
}
