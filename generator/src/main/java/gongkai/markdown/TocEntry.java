package gongkai.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a table of contents, with the headings nested below it.
 *
 * @param heading the heading
 * @param children deeper headings up to the next heading of this level or higher
 */
public record TocEntry(Heading heading, List<TocEntry> children) {
  public TocEntry {
    children = List.copyOf(children);
  }

  /** Nests a flat list of headings by level; a heading deeper than its predecessor's child becomes that child. */
  public static List<TocEntry> nest(List<Heading> headings) {
    return nest(headings, 0, headings.size());
  }

  private static List<TocEntry> nest(List<Heading> headings, int from, int to) {
    List<TocEntry> entries = new ArrayList<>();
    int i = from;
    while (i < to) {
      Heading head = headings.get(i);
      int end = i + 1;
      while (end < to && headings.get(end).level() > head.level()) {
        end++;
      }
      entries.add(new TocEntry(head, nest(headings, i + 1, end)));
      i = end;
    }
    return entries;
  }
}
