package gongkai.search;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.parser.Tag;

/**
 * The text of a rendered report body, exactly as {@code Jsoup.parseBodyFragment(html).text()} gives
 * it, without building a document tree for the markup the Markdown renderer writes: a jsoup parse
 * was most of the search index's cost. {@link #fast} reads well-formed markup of the renderer's
 * tags (paragraphs, headings, lists, tables, code, links, emphasis; closed in order, attribute
 * values quoted, the entities it escapes with) and follows jsoup's text rules: whitespace runs made
 * one space except in {@code <pre>}, a space before a block or {@code <br>} and after a block that
 * has a sibling which is text or an inline element, and the whole trimmed. Anything else, where the
 * HTML parsing algorithm (WHATWG HTML §13.2.6) would close, move or add elements (a block inside a
 * paragraph, text in a table, a comment, an unknown tag or entity), is left to jsoup. The tags'
 * block and whitespace properties are jsoup's own ({@link Tag}). HtmlTextTest compares both on the
 * sample site, on tricky markup and on random markup.
 */
final class HtmlToText {
  private HtmlToText() {}

  /** The text of {@code html}, as jsoup's {@code Element.text()} of its body fragment. */
  static String of(String html) {
    String text = fast(html);
    return text != null ? text : Jsoup.parseBodyFragment(html).text();
  }

  // What an element may contain, so that the HTML tree builder keeps it as written.
  private static final int FLOW = 0; // blocks and inline content: the body, li, blockquote, div
  private static final int PHRASING_BLOCK = 1; // inline content only: p, h1–h6, th, td, caption
  private static final int INLINE = 2; // inline content only: a, em, strong, code, ...
  private static final int PRE = 3; // code only
  private static final int LIST = 4; // li only
  private static final int TABLE = 5; // caption, colgroup, thead, tbody
  private static final int TABLE_SECTION = 6; // tr
  private static final int ROW = 7; // th, td
  private static final int VOID_INLINE = 8; // br, img
  private static final int VOID_BLOCK = 9; // hr
  private static final int COLUMN_GROUP = 10; // col only
  private static final int VOID_COLUMN = 11; // col

  private static final String[] NAMES = {
    "li", "blockquote", "div",
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td", "caption",
    "a", "em", "strong", "code", "del", "s", "sup", "sub", "span", "b", "i", "u", "mark", "small", "abbr", "kbd", "ins",
    "pre", "ul", "ol", "table", "thead", "tbody", "tr", "br", "img", "hr", "colgroup", "col",
  };
  private static final int[] KIND = new int[NAMES.length];
  private static final boolean[] BLOCK = new boolean[NAMES.length];
  private static final boolean[] FORMAT_AS_BLOCK = new boolean[NAMES.length];
  private static final boolean[] PRESERVE = new boolean[NAMES.length];
  private static final Map<String, Integer> INDEX = new HashMap<>();
  private static final int LI;
  private static final int A;
  private static final int BR;
  private static final int CODE;

  static {
    for (int t = 0; t < NAMES.length; t++) {
      String name = NAMES[t];
      INDEX.put(name, t);
      Tag tag = Tag.valueOf(name);
      BLOCK[t] = tag.isBlock();
      FORMAT_AS_BLOCK[t] = tag.formatAsBlock();
      PRESERVE[t] = tag.preserveWhitespace();
      KIND[t] = switch (name) {
        case "li", "blockquote", "div" -> FLOW;
        case "p", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td", "caption" -> PHRASING_BLOCK;
        case "pre" -> PRE;
        case "ul", "ol" -> LIST;
        case "table" -> TABLE;
        case "thead", "tbody" -> TABLE_SECTION;
        case "tr" -> ROW;
        case "br", "img" -> VOID_INLINE;
        case "hr" -> VOID_BLOCK;
        case "colgroup" -> COLUMN_GROUP;
        case "col" -> VOID_COLUMN;
        default -> INLINE;
      };
    }
    LI = INDEX.get("li");
    A = INDEX.get("a");
    BR = INDEX.get("br");
    CODE = INDEX.get("code");
  }

  /** Whether an element {@code child} may be in one of {@code parentKind} without the tree builder changing anything. */
  private static boolean allowed(int parentKind, int child) {
    String name = NAMES[child];
    return switch (parentKind) {
      case FLOW -> switch (KIND[child]) {
        case FLOW -> child != LI;
        case PHRASING_BLOCK -> !name.equals("th") && !name.equals("td") && !name.equals("caption");
        case INLINE, PRE, LIST, TABLE, VOID_INLINE, VOID_BLOCK -> true;
        default -> false;
      };
      case PHRASING_BLOCK, INLINE -> KIND[child] == INLINE || KIND[child] == VOID_INLINE;
      case PRE -> child == CODE;
      case LIST -> child == LI;
      // The annual report's tables have a caption and column groups.
      case TABLE -> KIND[child] == TABLE_SECTION || KIND[child] == COLUMN_GROUP || name.equals("caption");
      case COLUMN_GROUP -> KIND[child] == VOID_COLUMN;
      case TABLE_SECTION -> KIND[child] == ROW;
      case ROW -> name.equals("th") || name.equals("td");
      default -> false;
    };
  }

  /** jsoup's text of {@code html}, or null where its markup is not of the kind read here. */
  static String fast(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int[] stack = new int[16];
    int depth = 0;
    int anchors = 0;
    int n = html.length();
    int i = 0;
    while (i < n) {
      if (html.charAt(i) == '<') {
        boolean end = i + 1 < n && html.charAt(i + 1) == '/';
        int nameStart = end ? i + 2 : i + 1;
        int nameEnd = HtmlLexer.nameEnd(html, nameStart);
        Integer found = nameEnd > nameStart ? INDEX.get(html.substring(nameStart, nameEnd)) : null;
        if (found == null) {
          return null; // a comment, a doctype, an unknown tag, or '<' as text
        }
        int t = found;
        if (end) {
          if (nameEnd >= n || html.charAt(nameEnd) != '>' || depth == 0 || stack[depth - 1] != t) {
            return null;
          }
          depth--;
          anchors -= t == A ? 1 : 0;
          i = nameEnd + 1;
          tail(out, t, html, i);
          continue;
        }
        int close = HtmlLexer.attributesEnd(html, nameEnd);
        if (close < 0) {
          return null;
        }
        boolean selfClosing = html.charAt(close - 1) == '/';
        boolean isVoid = KIND[t] == VOID_INLINE || KIND[t] == VOID_BLOCK || KIND[t] == VOID_COLUMN;
        int parentKind = depth == 0 ? FLOW : KIND[stack[depth - 1]];
        if (selfClosing && !isVoid || !allowed(parentKind, t) || t == A && anchors > 0) {
          return null;
        }
        i = close + 1;
        // TextAccumulator.head: a space before a block or a line break, unless the text ends with one.
        if (out.length() > 0 && (BLOCK[t] || t == BR) && !endsWithSpace(out)) {
          out.append(' ');
        }
        if (isVoid) {
          tail(out, t, html, i);
        } else {
          if (KIND[t] == PRE && i < n && html.charAt(i) == '\n') {
            return null; // the parser drops a line break right after <pre>
          }
          if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
          }
          stack[depth++] = t;
          anchors += t == A ? 1 : 0;
        }
      } else {
        int parentKind = depth == 0 ? FLOW : KIND[stack[depth - 1]];
        boolean structure = parentKind == LIST || parentKind == TABLE || parentKind == TABLE_SECTION || parentKind == ROW;
        boolean preserve = preserves(stack, depth);
        while (i < n) {
          char c = html.charAt(i);
          if (c == '<') {
            break;
          }
          int cp;
          if (c == '&') {
            long entity = HtmlLexer.entity(html, i);
            if (entity < 0 || structure) {
              return null;
            }
            cp = (int) entity;
            i += (int) (entity >>> 32);
          } else if (c == '\r' || c == 0) {
            return null; // the parser's input stream preprocessing changes these
          } else {
            cp = c;
            i++;
          }
          if (structure && cp != ' ' && cp != '\t' && cp != '\n' && cp != '\f') {
            return null; // the tree builder moves text out of a table ("foster parenting")
          }
          if (preserve) {
            out.appendCodePoint(cp);
          } else if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r' || cp == 0xA0) {
            // StringUtil.appendNormalisedWhitespace: one space for a run, none after a space.
            if (!endsWithSpace(out)) {
              out.append(' ');
            }
          } else if (cp != 0x200B && cp != 0xAD) { // StringUtil.isInvisibleChar
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return depth == 0 ? out.toString().trim() : null;
  }

  /**
   * TextAccumulator.tail: after a block whose next sibling is text or an element that is not
   * formatted as a block, a space, unless the text ends with one. The sibling is what follows the
   * element's end in the markup: an end tag means the parent ends, so there is none.
   */
  private static void tail(StringBuilder out, int t, String html, int at) {
    if (!BLOCK[t] || at >= html.length() || endsWithSpace(out)) {
      return;
    }
    if (html.charAt(at) != '<') {
      out.append(' ');
      return;
    }
    int nameEnd = HtmlLexer.nameEnd(html, at + 1);
    Integer next = nameEnd > at + 1 ? INDEX.get(html.substring(at + 1, nameEnd)) : null;
    if (next != null && !FORMAT_AS_BLOCK[next]) {
      out.append(' ');
    } // an unknown sibling sends the whole text to jsoup anyway
  }

  /** Element.preserveWhitespace: the text's parent or one of its five nearest ancestors keeps whitespace. */
  private static boolean preserves(int[] stack, int depth) {
    for (int k = depth - 1; k >= 0 && k >= depth - 6; k--) {
      if (PRESERVE[stack[k]]) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithSpace(StringBuilder out) {
    return out.length() > 0 && out.charAt(out.length() - 1) == ' ';
  }
}
