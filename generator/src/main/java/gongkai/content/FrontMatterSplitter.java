package gongkai.content;

import gongkai.problem.BuildFailedException;
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
    String[] lines = file.text().split("\n", -1);
    if (lines.length == 0 || !isFence(lines[0])) {
      throw new BuildFailedException(
          Problem.at(
              file.displayPath(),
              1,
              "front matter is missing",
              "start the file with a line '---', the keys (title, index_no, date …), then another '---'"));
    }
    for (int i = 1; i < lines.length; i++) {
      if (isFence(lines[i])) {
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
        return new Split(yaml, 2, body, i + 2);
      }
    }
    throw new BuildFailedException(
        Problem.at(
            file.displayPath(),
            1,
            "front matter is not closed",
            "add a line '---' after the last front-matter key"));
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals(FENCE);
  }
}
