package gongkai.markdown;

import gongkai.cache.Hash128;
import gongkai.cache.MemoryBudget;
import gongkai.content.ReportFolder;
import gongkai.problem.Problem;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A report body as HTML: a value, compared by its parts.
 *
 * <p>A body rendered for a build may be {@linkplain #recallable recallable}: what the page shows of
 * it, most of a site's memory, is then held within the {@link MemoryBudget}, and rendered again from
 * the report when the budget let it go. A site's memory then does not grow with its text (100,000
 * reports in a 1 GB heap), while a site that fits keeps every body rendered once.
 */
public final class RenderedBody {
  private final List<ReportFolder.Found> files;
  private final List<Problem> removedHtml;
  private final String key;
  private final Shown strong; // null when recallable
  private final MemoryBudget.Slot<Shown> held;
  private final Supplier<RenderedBody> renderAgain;

  /** What the page shows of the body; the part a recallable body lets go. */
  private record Shown(String html, List<Heading> headings, List<TocEntry> toc) {
    /** Bytes on the heap, near enough: a heading and its 目录 entry take about its text twice over. */
    long size() {
      long size = MemoryBudget.sizeOf(html);
      for (Heading heading : headings) {
        size += 2 * (MemoryBudget.sizeOf(heading.text()) + MemoryBudget.sizeOf(heading.id()));
      }
      return size;
    }
  }

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
    Objects.requireNonNull(html, "html");
    this.strong = new Shown(html, List.copyOf(headings), List.copyOf(toc));
    this.files = List.copyOf(files);
    this.removedHtml = List.copyOf(removedHtml);
    this.key = keyOf(strong, this.files);
    this.held = null;
    this.renderAgain = null;
  }

  private RenderedBody(RenderedBody body, Supplier<RenderedBody> renderAgain) {
    this.strong = null;
    this.held = MemoryBudget.SHARED.slot();
    held.set(body.shown(), body.shown().size());
    this.files = body.files;
    this.removedHtml = body.removedHtml;
    this.key = body.key;
    this.renderAgain = renderAgain;
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
   * This body, with what the page shows of it (HTML, headings, 目录) held only while memory allows.
   *
   * @param renderAgain renders the same body again from the report; it is called when the collector
   *     took what this one held, and what it returns must have this body's {@link #key()}
   */
  public RenderedBody recallable(Supplier<RenderedBody> renderAgain) {
    return new RenderedBody(this, Objects.requireNonNull(renderAgain));
  }

  private Shown shown() {
    if (strong != null) {
      return strong;
    }
    Shown shown = held.get();
    if (shown == null) {
      RenderedBody again = renderAgain.get();
      if (!again.key.equals(key)) {
        throw new IllegalStateException("the body rendered again differs from the first rendering");
      }
      shown = again.shown();
      held.set(shown, shown.size());
    }
    return shown;
  }

  /** The body's HTML, ready to place inside the page's article; rendered again if it was let go. */
  public String html() {
    return shown().html();
  }

  /** Lets the HTML go as the collector would, so tests can see it rendered again. */
  void forget() {
    if (held != null) {
      held.drop();
    }
  }

  public List<Heading> headings() {
    return shown().headings();
  }

  public List<TocEntry> toc() {
    return shown().toc();
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

  private static String keyOf(Shown shown, List<ReportFolder.Found> files) {
    return new Hash128().add(shown.html()).add(shown.headings().toString()).add(files.toString()).hex();
  }

  @Override
  public boolean equals(Object other) {
    // The same object first: comparing by value would read (and maybe make again) the text.
    return other == this || other instanceof RenderedBody that
        && key.equals(that.key)
        && shown().equals(that.shown())
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
    return "RenderedBody[key=" + key + ", files=" + files + ", removedHtml=" + removedHtml + "]";
  }
}
