package gongkai.annual;

import java.util.List;

/**
 * One row of figures in front matter.
 *
 * @param line the file line of the row's key
 * @param figures its figures in the table's column order; fewer than the table has when some are missing
 */
public record FigureRow(int line, List<Figure> figures) {
  public FigureRow {
    figures = List.copyOf(figures);
  }

  /** Figure {@code i}, or null when the row has fewer. */
  public Figure figure(int i) {
    return i < figures.size() ? figures.get(i) : null;
  }
}
