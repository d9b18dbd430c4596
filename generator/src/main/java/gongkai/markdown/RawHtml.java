package gongkai.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import gongkai.content.Report;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Finds the raw HTML in a parsed report and says what HtmlSanitizer takes out of it, line by line. */
final class RawHtml {
  private RawHtml() {}

  static boolean isIn(Node document) {
    for (Node node : document.getDescendants()) {
      if (isRaw(node)) {
        return true;
      }
    }
    return false;
  }

  /** One problem per raw HTML piece that loses something, at its line in the report's file. */
  static List<Problem> removals(Node document, Report report) {
    List<Problem> problems = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (!isRaw(node)) {
        continue;
      }
      List<Object> removed = HtmlSanitizer.removals(node.getChars().toString());
      if (!removed.isEmpty()) {
        problems.add(
            Problem.warning(
                report.source().displayPath(),
                report.bodyFirstLine() + node.getLineNumber(),
                1,
                Message.of("markdown.raw-html.removed", removed),
                Message.of("markdown.raw-html.removed.fix")));
      }
    }
    return problems;
  }

  private static boolean isRaw(Node node) {
    return node instanceof HtmlBlockBase || node instanceof HtmlInlineBase;
  }
}
