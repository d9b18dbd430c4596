package gongkai.markdown;

/**
 * A heading of a report body.
 *
 * @param level 1–6, as in {@code <h1>}–{@code <h6>}
 * @param id the element id, unique within the page
 * @param text the heading's plain text
 */
public record Heading(int level, String id, String text) {
  public Heading {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("heading level must be 1–6, was " + level);
    }
  }
}
