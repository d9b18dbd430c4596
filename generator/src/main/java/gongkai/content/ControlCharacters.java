package gongkai.content;

import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import gongkai.problem.Visible;
import java.nio.file.Path;

/**
 * Finds the characters a page cannot hold in a body: a control character or a noncharacter
 * (NUL, U+0001, ESC, backspace, form feed, U+FFFE …) would be copied into the HTML as it is, which
 * is invalid there ({@link Visible}); they come in unseen with text pasted from other programs.
 */
final class ControlCharacters {
  /** Enough to show the kind of mistake; a file full of them (a binary pasted in) says no more with more. */
  static final int MAX_PER_FILE = 10;

  private ControlCharacters() {}

  /** Adds an error at the first such character of each line of {@code body}, whose first line is file line {@code firstLine}. */
  static void check(Path file, String body, int firstLine, Problems problems) {
    if (Visible.firstForbidden(body) < 0) {
      return;
    }
    int line = firstLine;
    int column = 1;
    int found = 0;
    boolean reported = false;
    for (int i = 0; i < body.length() && found < MAX_PER_FILE; ) {
      int c = body.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
        reported = false;
        continue;
      }
      if (!reported && Visible.forbiddenInHtml(c)) {
        problems.add(Problem.at(file, line, column, Message.of("content.body.control", Visible.name(c)),
            Message.of("content.body.control.fix")));
        reported = true;
        found++;
      }
      column++;
    }
  }
}
