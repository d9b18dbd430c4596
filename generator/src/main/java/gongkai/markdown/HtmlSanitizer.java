package gongkai.markdown;

import gongkai.problem.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML of a report body that contains raw HTML, so a report can carry tables, {@code
 * <sub>} or {@code <abbr>} but never script. What is kept is a deliberate list: text and structure
 * elements, tables, {@code a[href]} and {@code img[src]}. Everything that runs code or loads
 * another document is dropped with its content ({@code script}, {@code style}, {@code iframe},
 * {@code object}, {@code embed}, {@code form}, {@code svg}, {@code math}, {@code meta}, {@code
 * base}), as are event handlers and {@code style} attributes (the pages promise a CSP of {@code
 * default-src 'self'}, which blocks inline style anyway), and addresses {@link LinkPolicy}
 * refuses ({@code javascript:}, {@code data:}, {@code vbscript:}, …).
 */
final class HtmlSanitizer {
  /**
   * The classes flexmark and MarkdownRenderer write themselves; a report cannot borrow the theme's
   * classes (e.g. to hide text from sighted readers only).
   */
  private static final Pattern OWN_CLASSES =
      Pattern.compile(
          "footnotes|footnote-ref|footnote-backref|url|align-(left|center|right)|valign-(top|middle|bottom)"
              + "|language-[A-Za-z0-9_+-]+|" + TableScroll.CLASS + "|gongwen-(addressee|attachments|signature|copy|label)");

  /** The elements whose Word-era {@code align} and {@code valign} become classes the theme styles. */
  private static final Set<String> ALIGNED = Set.of("td", "th", "tr", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6");

  private static final Pattern ALIGN = Pattern.compile("left|center|right");
  private static final Pattern VALIGN = Pattern.compile("top|middle|bottom");

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

  private static final Safelist SAFELIST =
      new Safelist()
          .addTags(
              "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd", "samp", "var",
              "div", "span", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption",
              "b", "i", "u", "s", "em", "strong", "small", "mark", "del", "ins", "sub", "sup", "abbr", "dfn", "cite",
              "q", "time", "ruby", "rt", "rp", "wbr",
              "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
              "a", "img")
          // Ids only where the Markdown renderer writes them: headings (目录导读), footnotes.
          .addAttributes("h1", "id")
          .addAttributes("h2", "id")
          .addAttributes("h3", "id")
          .addAttributes("h4", "id")
          .addAttributes("h5", "id")
          .addAttributes("h6", "id")
          .addAttributes("li", "id")
          .addAttributes("sup", "id", "class")
          .addAttributes("div", "class")
          .addAttributes("span", "class")
          .addAttributes("p", "class")
          .addAttributes("tr", "class")
          .addAttributes("code", "class")
          .addAttributes("th", "class", "colspan", "rowspan", "scope", "abbr")
          .addAttributes("td", "class", "colspan", "rowspan")
          .addAttributes("col", "span")
          .addAttributes("colgroup", "span")
          .addAttributes("ol", "start", "reversed", "type")
          .addAttributes("a", "href", "title", "class", "hreflang")
          .addAttributes("img", "src", "alt", "title", "width", "height")
          .addAttributes("abbr", "title")
          .addAttributes("dfn", "title")
          .addAttributes("q", "cite")
          .addAttributes("blockquote", "cite")
          .addAttributes("del", "cite", "datetime")
          .addAttributes("ins", "cite", "datetime")
          .addAttributes("time", "datetime")
          .preserveRelativeLinks(true);

  private HtmlSanitizer() {}

  /** {@code html}, a rendered body, with everything outside the list removed. */
  static String clean(String html) {
    Document dirty = Jsoup.parseBodyFragment(html);
    alignmentToClasses(dirty.body());
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    for (Element element : clean.body().getAllElements()) {
      for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
        if (!keeps(attribute)) {
          element.removeAttr(attribute.getKey());
        } else if (URL_ATTRIBUTES.contains(attribute.getKey())) {
          attribute.setValue(validUrl(attribute.getValue()));
        }
      }
    }
    repair(clean.body());
    TableScroll.wrap(clean.body());
    // Removing an element moves its children up, which can leave nesting a browser would parse
    // differently (<p> inside <p> after an unclosed <marquee>). Parsing the result again until it
    // stops changing gives markup that reads back as written (HTML Standard §13.2 tree building).
    String out = serialise(clean);
    for (int i = 0; i < 3; i++) {
      String again = serialise(Jsoup.parseBodyFragment(out));
      if (again.equals(out)) {
        break;
      }
      out = again;
    }
    return out;
  }

  /**
   * {@code url} with the characters no URL may hold as they are (WHATWG URL: space, quotes, angle
   * brackets, backslash, …) percent-encoded, so an address stays one valid address.
   */
  static String validUrl(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || " \"<>\\^`{|}".indexOf(c) >= 0 || c == 0x7f) {
        out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Makes what the list keeps valid where the removal left it incomplete: an image without an
   * address goes, one without a description gets an empty one (the alt-text check is the
   * publisher's, not the cleaner's), and list items, terms and captions out of their container are
   * unwrapped to their text.
   */
  private static void repair(Element body) {
    for (Element img : body.select("img")) {
      if (!img.hasAttr("src") || img.attr("src").isBlank()) {
        img.remove();
      } else if (!img.hasAttr("alt")) {
        img.attr("alt", "");
      }
    }
    for (Element element : body.select("li, dt, dd, figcaption, rt, rp")) {
      Element parent = element.parent();
      Set<String> containers = switch (element.normalName()) {
        case "li" -> Set.of("ul", "ol");
        case "dt", "dd" -> Set.of("dl");
        case "figcaption" -> Set.of("figure");
        default -> Set.of("ruby");
      };
      if (parent == null || !containers.contains(parent.normalName())) {
        element.unwrap();
      }
    }
  }

  /**
   * Turns what Word and older HTML write for layout into what the theme can express: {@code
   * align="center"} becomes class {@code align-center}, {@code valign="top"} class {@code
   * valign-top} (a row's alignment goes to its cells). Widths and heights have no class: the theme
   * sizes columns from their text, so they go.
   */
  private static void alignmentToClasses(Element body) {
    for (Element element : body.getAllElements()) {
      if (!ALIGNED.contains(element.normalName())) {
        continue;
      }
      String align = alignment(element, "align", ALIGN);
      String valign = alignment(element, "valign", VALIGN);
      if (element.normalName().equals("tr")) {
        for (Element cell : element.children()) {
          if (align != null && alignment(cell, "align", ALIGN) == null) {
            cell.attr("align", align);
          }
          if (valign != null && alignment(cell, "valign", VALIGN) == null) {
            cell.attr("valign", valign);
          }
        }
        continue;
      }
      if (align != null) {
        element.addClass("align-" + align);
      }
      if (valign != null && !element.normalName().matches("p|div|h[1-6]")) {
        element.addClass("valign-" + valign);
      }
    }
    // Word's own classes (class="xl65") would take the alignment's class down with them.
    for (Element element : body.getAllElements()) {
      if (ALIGNED.contains(element.normalName()) && element.hasAttr("class")) {
        java.util.Set<String> own = new java.util.LinkedHashSet<>(element.classNames());
        own.removeIf(name -> !OWN_CLASSES.matcher(name).matches());
        element.classNames(own);
      }
    }
  }

  private static String alignment(Element element, String attribute, Pattern values) {
    String value = element.attr(attribute).strip().toLowerCase(Locale.ROOT);
    return values.matcher(value).matches() ? value : null;
  }

  private static String serialise(Document document) {
    document.outputSettings().prettyPrint(false).charset("UTF-8");
    return document.body().html();
  }

  /**
   * What {@link #clean} would remove from {@code fragment}, one raw HTML piece of a report, in the
   * publisher's terms: {@code <script>}, {@code onerror attribute}, {@code javascript: address}
   * (a tag as it is written, the rest as messages).
   */
  static List<Object> removals(String fragment) {
    List<Object> removed = new ArrayList<>();
    Document document = Jsoup.parseBodyFragment(fragment);
    for (Element element : document.body().getAllElements()) {
      if (element == document.body()) {
        continue;
      }
      String tag = element.normalName();
      if (!SAFELIST.isSafeTag(tag)) {
        add(removed, "<" + tag + ">");
        continue;
      }
      for (Attribute attribute : element.attributes()) {
        if (ALIGNED.contains(tag) && (attribute.getKey().equalsIgnoreCase("align") && alignment(element, "align", ALIGN) != null
            || attribute.getKey().equalsIgnoreCase("valign") && alignment(element, "valign", VALIGN) != null)) {
          continue; // becomes a class (alignmentToClasses)
        }
        if (!SAFELIST.isSafeAttribute(tag, element, attribute)) {
          add(removed, Message.of("markdown.raw-html.attribute", attribute.getKey().toLowerCase(Locale.ROOT)));
        } else if (!keeps(attribute)) {
          add(removed, URL_ATTRIBUTES.contains(attribute.getKey())
              ? Message.of("markdown.raw-html.address", attribute.getValue())
              : Message.of("markdown.raw-html.class", attribute.getValue()));
        }
      }
    }
    return removed;
  }

  private static boolean keeps(Attribute attribute) {
    String key = attribute.getKey();
    if (URL_ATTRIBUTES.contains(key)) {
      return LinkPolicy.allows(attribute.getValue());
    }
    if (key.equals("class")) {
      String value = attribute.getValue().strip();
      return !value.isEmpty() && java.util.Arrays.stream(value.split("\\s+")).allMatch(name -> OWN_CLASSES.matcher(name).matches());
    }
    return true;
  }

  private static void add(List<Object> removed, Object what) {
    if (!removed.contains(what)) {
      removed.add(what);
    }
  }
}
