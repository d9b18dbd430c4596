package gongkai.content;

import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts {@code gongkai new} writes in a report's body for the editor to replace — the
 * （导语：…）, （第一部分标题）, （正文。） of a report and the （请填写…。） of an annual report — found
 * where they are left, so template text is never published.
 */
public final class Placeholders {
  /** Every prompt the skeletons write (cli.ReportSkeleton, annual.AnnualSkeleton), and nothing an editor writes. */
  static final Pattern PROMPT =
      Pattern.compile("（(?:导语：[^（）\\n]{0,40}|正文。|第[一二三四五六七八九十]+部分标题|请填写[^（）\\n]{1,40}。)）");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

  private Placeholders() {}

  /** Whether {@code text} holds a prompt (for tests of the skeletons). */
  public static boolean contains(String text) {
    return PROMPT.matcher(text).find();
  }

  /**
   * Adds an error at each prompt left in {@code body}, outside code blocks.
   *
   * @param firstLine the file line of the body's first line
   */
  static void check(Path file, String body, int firstLine, Problems problems) {
    String[] lines = body.split("\n", -1);
    boolean inFence = false;
    for (int i = 0; i < lines.length; i++) {
      if (FENCE.matcher(lines[i]).find()) {
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        continue;
      }
      Matcher m = PROMPT.matcher(lines[i]);
      while (m.find()) {
        int column = lines[i].codePointCount(0, m.start()) + 1;
        problems.add(Problem.at(file, firstLine + i, column, Message.of("content.placeholder", m.group()),
            Message.of("content.placeholder.fix")));
      }
    }
  }
}
