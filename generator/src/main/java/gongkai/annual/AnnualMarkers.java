package gongkai.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the body places the tables: a line of its own {@code {{年报表格 三}}} (ASCII or full-width
 * braces, as a Chinese input method may type them). Markdown renders the line as a paragraph of
 * plain text, which the HTML sanitiser keeps, so the marker reaches the rendered body in every
 * edition and is replaced there by the table.
 */
public final class AnnualMarkers {
  private static final String OPEN = "[{｛]{2}\\s*年报表格\\s*";
  private static final String CLOSE = "\\s*[}｝]{2}";
  private static final Pattern LINE = Pattern.compile("^\\s*" + OPEN + "(\\S*?)" + CLOSE + "\\s*$");
  private static final Pattern PARAGRAPH = Pattern.compile("<p>\\s*" + OPEN + "([二三四])" + CLOSE + "\\s*</p>");

  private AnnualMarkers() {}

  /** A marker in the body: the table it names as written, and its file line. */
  public record Marker(String name, int line) {}

  /** The markers of a body whose first line is file line {@code firstLine}. */
  public static List<Marker> find(String markdown, int firstLine) {
    List<Marker> markers = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
      }
      Matcher m = LINE.matcher(line);
      if (!fenced && m.matches()) {
        markers.add(new Marker(m.group(1), firstLine + i));
      }
    }
    return markers;
  }

  /** {@code html} with each marker paragraph replaced by its table; without figures, unchanged. */
  public static String place(String html, AnnualData data) {
    if (data == null || html.indexOf("年报表格") < 0) {
      return html;
    }
    Matcher m = PARAGRAPH.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(AnnualTableHtml.table(AnnualFormat.table(m.group(1)), data)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
