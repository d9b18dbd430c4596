package gongkai.markdown;

import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Bounds the Markdown parser's work on link reference definitions ({@code [r1]: https://…}): flexmark
 * reads a paragraph of them one by one, copying the rest of the paragraph each time, so thousands
 * in a row take minutes (5,000 lines: 90 s). A blank line between groups makes each its own
 * paragraph, which costs nothing more; a longer run is told at its first line, and the body is
 * not parsed at all.
 */
final class ReferenceRuns {
  /** At most about a second of parsing; more than any real report has in one block. */
  static final int MAX_RUN = 500;

  private static final Pattern DEFINITION = Pattern.compile(" {0,3}\\[[^\\]]+\\]:.*");

  private ReferenceRuns() {}

  /** The problem with the first over-long run of definitions in {@code body}, whose first line is file line {@code firstLine} (0 for the whole file); null when there is none. */
  static Problem problem(Path file, int firstLine, String body) {
    if (body.indexOf("]:") < 0) {
      return null;
    }
    String[] lines = body.split("\n", -1);
    int start = -1;
    for (int i = 0; i <= lines.length; i++) {
      boolean definition = i < lines.length && DEFINITION.matcher(lines[i]).matches();
      if (definition && start < 0) {
        start = i;
      } else if (!definition && start >= 0) {
        if (i - start > MAX_RUN) {
          return Problem.at(file, firstLine == 0 ? 0 : firstLine + start, Message.of("markdown.references.run", i - start, MAX_RUN),
              Message.of("markdown.references.run.fix", MAX_RUN));
        }
        start = -1;
      }
    }
    return null;
  }
}
