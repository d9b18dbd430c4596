package gongkai.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import gongkai.content.Report;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a report body for what a reader would miss but a build would not: images without alt text
 * (WCAG 2.2 SC 1.1.1) and skipped heading levels (SC 1.3.1, a screen reader's outline), both
 * warnings; and lists every link with its file line and column, for the check of internal links over
 * the assembled site. It parses with the renderer's block syntax (tables, footnotes), so every
 * image and link the page will show is seen, and it renders nothing.
 */
public final class BodyCheck {
  private static final Parser PARSER = parser();
  private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+");

  /** For a body too deep to parse: MarkdownRenderer reports it as TooDeep at its line. */
  public static final Result NOTHING = new Result(List.of(), List.of());

  private BodyCheck() {}

  /**
   * A link in a body, at the place its address is written.
   *
   * @param address the address as written, e.g. {@code ../b/#一-概况}
   * @param line the file line
   * @param column the file column, in characters
   */
  public record BodyLink(String address, int line, int column) {}

  /**
   * What checking a body found.
   *
   * @param warnings images without alt text, skipped heading levels
   * @param links every link and link reference definition, in body order
   */
  public record Result(List<Problem> warnings, List<BodyLink> links) {
    public Result {
      warnings = List.copyOf(warnings);
      links = List.copyOf(links);
    }
  }

  /** Parses the body and checks it (a build checks the renderer's own parse: {@link #check(Report, Node)}). */
  public static Result check(Report report) {
    String markdown = report.markdown();
    if (ReferenceRuns.problem(report.source().displayPath(), report.bodyFirstLine(), markdown) != null) {
      return NOTHING; // MarkdownRenderer tells it, without parsing
    }
    Node document;
    try {
      document = PARSER.parse(markdown);
    } catch (StackOverflowError e) {
      return NOTHING;
    }
    return check(report, markdown, document);
  }

  /**
   * Checks a body already parsed with the renderer's block syntax, before anything changed it.
   * MarkdownRenderer calls this with its own parse, so a build parses each body once.
   *
   * @param markdown the report's body as parsed: a report reads it out of its file's text, so it is
   *     passed on rather than read again
   */
  static Result check(Report report, String markdown, Node document) {
    Positions at = new Positions(markdown, report.bodyFirstLine());
    List<Problem> warnings = new ArrayList<>();
    List<BodyLink> links = new ArrayList<>();
    // The page title is the page's h1, so the body's first heading should be an h2.
    int[] previousLevel = {1};
    walk(document, node -> {
      if (node instanceof Heading heading) {
        int level = heading.getLevel();
        if (level > previousLevel[0] + 1) {
          int offset = heading.getStartOffset();
          warnings.add(Problem.warning(report.source().displayPath(), at.line(offset), at.column(offset),
              previousLevel[0] == 1
                  ? Message.of("markdown.heading.skips-after-title", hashes(previousLevel[0]), hashes(level))
                  : Message.of("markdown.heading.skips", hashes(previousLevel[0]), hashes(level)),
              Message.of("markdown.heading.skips.fix", hashes(previousLevel[0] + 1))));
        }
        previousLevel[0] = level;
      } else if (node instanceof Image || node instanceof ImageRef) {
        BasedSequence alt = node instanceof Image image ? image.getText() : ((ImageRef) node).getText();
        if (alt.isBlank()) {
          int offset = node.getStartOffset();
          warnings.add(Problem.warning(report.source().displayPath(), at.line(offset), at.column(offset),
              Message.of("markdown.image.no-alt"),
              Message.of("markdown.image.no-alt.fix")));
        }
        if (node instanceof Image image) {
          links.add(link(image.getUrl(), at));
        }
      } else if (node instanceof Link link) {
        links.add(link(link.getUrl(), at));
      } else if (node instanceof Reference reference) {
        links.add(link(reference.getUrl(), at));
      }
    });
    return new Result(warnings, links);
  }

  /** Whether {@code id} is on every page whatever its headings: the templates' ids and footnotes. */
  public static boolean isPageId(String id) {
    return HeadingIds.RESERVED.contains(id) || FOOTNOTE_ID.matcher(id).matches();
  }

  private static BodyLink link(BasedSequence url, Positions at) {
    return new BodyLink(browserView(url.unescape()), at.line(url.getStartOffset()), at.column(url.getStartOffset()));
  }

  /**
   * The address as the browser reads it: entities and backslash escapes decoded, then tabs and
   * newlines dropped and C0 controls and spaces trimmed (WHATWG URL parsing), so
   * {@code java&#x09;script:} is seen as the script link it is (and LinkPolicy drops), not a page.
   */
  private static String browserView(String address) {
    return address.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
  }

  private static String hashes(int level) {
    return "#".repeat(level);
  }

  private static void walk(Node node, java.util.function.Consumer<Node> visit) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      visit.accept(child);
      walk(child, visit);
    }
  }

  /** File lines and columns of body offsets. */
  private static final class Positions {
    private final String body;
    private final int firstLine;
    private final int[] lineStarts;

    Positions(String body, int firstLine) {
      this.body = body;
      this.firstLine = firstLine;
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < body.length(); i++) {
        if (body.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private int index(int offset) {
      int i = Arrays.binarySearch(lineStarts, offset);
      return i >= 0 ? i : -i - 2;
    }

    int line(int offset) {
      return firstLine + index(offset);
    }

    /** Counted in code points, so a line of Chinese text gives the column an editor shows. */
    int column(int offset) {
      int start = lineStarts[index(offset)];
      return body.codePointCount(start, Math.min(offset, body.length())) + 1;
    }
  }

  private static Parser parser() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create()));
    return Parser.builder(options).build();
  }
}
