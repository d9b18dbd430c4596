package gongkai.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import gongkai.content.Report;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Finds the raw HTML in a parsed report and says what HtmlSanitizer takes out of it, line by line. */
final class RawHtml {
  private static final java.util.regex.Pattern UNCLOSED =
      java.util.regex.Pattern.compile(" {0,3}<(script|pre|style|textarea)(?=[\\s>]|$)", java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final java.util.regex.Pattern ANGLE_ADDRESS = java.util.regex.Pattern.compile("\\]\\(<([^<>\\n]* [^<>\\n]*)>\\)");

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
      String raw = node.getChars().toString();
      java.util.regex.Matcher open = node instanceof HtmlBlockBase ? UNCLOSED.matcher(raw) : null;
      if (open != null && open.lookingAt() && !raw.toLowerCase(java.util.Locale.ROOT).contains("</" + open.group(1).toLowerCase(java.util.Locale.ROOT))) {
        // CommonMark §4.6, HTML block kind 1: <script>, <pre>, <style> or <textarea> runs to its
        // closing tag or to the end of the document, so one left open takes every line after it. A
        // warning, as every raw HTML the cleaner changes: the page is still made, without them.
        long after = raw.stripTrailing().chars().filter(c -> c == '\n').count();
        problems.add(
            Problem.warning(
                report.source().displayPath(),
                report.bodyFirstLine() + node.getLineNumber(),
                1,
                Message.of("markdown.raw-html.unclosed", "<" + open.group(1) + ">", after),
                Message.of("markdown.raw-html.unclosed.fix", "</" + open.group(1) + ">")));
        continue;
      }
      if (node instanceof HtmlInlineBase && afterLinkText(node) && raw.contains(" ")) {
        continue; // told of as a whole address by angleAddresses
      }
      List<Object> removed = HtmlSanitizer.removals(raw);
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

  /**
   * A link or image address in angle brackets with a space, {@code ![图](<客运量 示意图.png>)}:
   * CommonMark §6.3 allows it, but flexmark's parser reads it as text or as a tag, so the link or
   * image would vanish with at most "raw HTML removed" said of it.
   */
  static List<Problem> angleAddresses(Node document, Report report) {
    List<Problem> problems = new ArrayList<>();
    if (document.getChars().indexOf("](<") < 0) {
      return problems;
    }
    for (Node node : document.getDescendants()) {
      if (node instanceof Paragraph) {
        angleAddresses(node, report, problems);
      }
    }
    return problems;
  }

  private static void angleAddresses(Node paragraph, Report report, List<Problem> problems) {
    String text = paragraph.getChars().toString();
    java.util.regex.Matcher address = ANGLE_ADDRESS.matcher(text);
    while (address.find()) {
      int line = (int) text.substring(0, address.start()).chars().filter(c -> c == '\n').count();
      problems.add(
          Problem.at(
              report.source().displayPath(),
              report.bodyFirstLine() + paragraph.getLineNumber() + line,
              Message.of("markdown.link.angle-address", "<" + address.group(1) + ">"),
              Message.of("markdown.link.angle-address.fix", "(" + address.group(1).replace(" ", "%20") + ")")));
    }
  }

  /** Whether the node starts right after the {@code ](} of a link or image, as {@code ![图](<a b.png>)}. */
  private static boolean afterLinkText(Node node) {
    int start = node.getChars().getStartOffset();
    CharSequence base = node.getChars().getBaseSequence();
    return start >= 2 && base.charAt(start - 2) == ']' && base.charAt(start - 1) == '(';
  }

  private static boolean isRaw(Node node) {
    return node instanceof HtmlBlockBase || node instanceof HtmlInlineBase;
  }
}
