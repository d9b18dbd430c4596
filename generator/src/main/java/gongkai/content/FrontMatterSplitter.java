package gongkai.content;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;

/** Separates the {@code ---} fenced YAML block at the top of a Markdown file from its body. */
final class FrontMatterSplitter {
  private static final String FENCE = "---";

  private FrontMatterSplitter() {}

  /**
   * The parts of a file.
   *
   * @param yaml the text between the fences
   * @param yamlFirstLine the file line of the YAML's first line (2 when the file opens with the fence)
   * @param body the Markdown after the closing fence
   * @param bodyFirstLine the file line of the body's first line
   */
  record Split(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {}

  static Split split(SourceFile file) {
    // Line by line from the top, without splitting the body: the fences are near the start.
    String text = file.text();
    int end = lineEnd(text, 0);
    if (!isFence(text, 0, end)) {
      throw new BuildFailedException(
          Problem.at(
              file.displayPath(),
              1,
              Message.of("content.front-matter.missing"),
              Message.of("content.front-matter.missing.fix")));
    }
    int yamlStart = end + 1;
    for (int line = 1; end < text.length(); line++) {
      int start = end + 1;
      end = lineEnd(text, start);
      if (isFence(text, start, end)) {
        String yaml = start > yamlStart ? text.substring(yamlStart, start - 1) : "";
        String body = end < text.length() ? text.substring(end + 1) : "";
        return new Split(yaml, 2, body, line + 2);
      }
    }
    throw new BuildFailedException(
        Problem.at(
            file.displayPath(),
            1,
            Message.of("content.front-matter.unclosed"),
            Message.of("content.front-matter.unclosed.fix")));
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /** Whether the line from {@code start} to {@code end} is {@code ---} and nothing but trailing white space. */
  private static boolean isFence(String text, int start, int end) {
    if (end - start < FENCE.length() || !text.startsWith(FENCE, start)) {
      return false;
    }
    for (int i = start + FENCE.length(); i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
