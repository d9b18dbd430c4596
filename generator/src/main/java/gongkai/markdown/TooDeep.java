package gongkai.markdown;

import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.nio.file.Path;

/**
 * A body the Markdown parser cannot take: flexmark parses and renders nested blocks, and matches
 * some lines (a thematic break of thousands of {@code - }), by recursion, so a line of thousands of
 * {@code >} or {@code - } overflows the stack. That is a publisher's mistake, told at the line with
 * the most such markers, not a crash.
 */
final class TooDeep {
  private static final String MARKERS = "->*+_#[]`|";

  private TooDeep() {}

  /**
   * @param bodyFirstLine the file line the body starts on (0 to name the whole file)
   */
  static Problem problem(Path file, int bodyFirstLine, String markdown) {
    String[] lines = markdown.split("\\R", -1);
    int worst = 0;
    long most = -1;
    int deepest = 0;
    int deepestLevel = -1;
    for (int i = 0; i < lines.length; i++) {
      long markers = lines[i].chars().filter(c -> MARKERS.indexOf(c) >= 0).count();
      if (markers > most) {
        most = markers;
        worst = i;
      }
      int level = listLevel(lines[i]);
      if (level > deepestLevel) {
        deepestLevel = level;
        deepest = i;
      }
    }
    // A list nested over hundreds of lines has one marker a line: its deepest item is the place to
    // look, not the first line with a marker.
    if (deepestLevel > most) {
      return Problem.at(
          file,
          bodyFirstLine == 0 ? 0 : bodyFirstLine + deepest,
          Message.of("markdown.too-deep.list", deepestLevel),
          Message.of("markdown.too-deep.list.fix"));
    }
    return Problem.at(
        file,
        bodyFirstLine == 0 ? 0 : bodyFirstLine + worst,
        Message.of("markdown.too-deep", most, MARKERS),
        Message.of("markdown.too-deep.fix"));
  }

  /** How deep a list item's line is nested, by its indentation (two columns a level, a tab four); 0 for other lines. */
  private static int listLevel(String line) {
    int columns = 0;
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      columns += line.charAt(i) == '\t' ? 4 : 1;
      i++;
    }
    boolean item = i < line.length() && "-*+>".indexOf(line.charAt(i)) >= 0
        || i < line.length() && Character.isDigit(line.charAt(i));
    return item ? columns / 2 + 1 : 0;
  }
}
