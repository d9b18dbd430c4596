package gongkai.theme;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code meta.docNo | breakable}: a code (文号, 索引号) that a narrow screen may break after each
 * {@code /} or {@code -} and nowhere else: each part in a {@code <span class="code-part">} the
 * theme keeps on one line, a {@code <wbr>} after each separator. The text is escaped; null stays
 * null.
 */
final class BreakableFilter implements Filter {
  static final String NAME = "breakable";

  @Override
  public List<String> getArgumentNames() {
    return List.of();
  }

  @Override
  public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
    return input == null ? null : new SafeString(markup(input.toString()));
  }

  static String markup(String code) {
    StringBuilder out = new StringBuilder(code.length() + 64);
    int start = 0;
    for (int i = 0; i <= code.length(); i++) {
      boolean end = i == code.length();
      if (end || code.charAt(i) == '/' || code.charAt(i) == '-') {
        int stop = end ? i : i + 1;
        if (stop > start) {
          out.append("<span class=\"code-part\">").append(escape(code.substring(start, stop))).append("</span>");
          if (!end) {
            out.append("<wbr>");
          }
        }
        start = stop;
      }
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
