package gongkai.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import gongkai.content.ParsedContent;
import gongkai.content.ReportFolder;
import gongkai.content.Report;
import gongkai.content.SectionPage;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders report Markdown to HTML with tables, footnotes, strikethrough and autolinks. Built once
 * and immutable, so one instance serves every report and every thread.
 */
public final class MarkdownRenderer {
  private static final DataKey<Map<Node, String>> HEADING_IDS =
      new DataKey<>("GONGKAI_HEADING_IDS", new IdentityHashMap<>());
  private static final DataKey<LocalFiles> LOCAL_FILES = new DataKey<>("GONGKAI_LOCAL_FILES", (LocalFiles) null);
  private static final List<String> URL_ATTRIBUTES = List.of("href", "src");

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final boolean trustedHtml;

  /** A renderer that sanitises raw HTML (HtmlSanitizer), the default. */
  public MarkdownRenderer() {
    this(false);
  }

  /**
   * @param trustedHtml keep raw HTML as written ({@code markdown: {trusted_html: true}} in
   *     site.yaml): only for sites whose editors are trusted, since a report can then run script
   */
  public MarkdownRenderer(boolean trustedHtml) {
    this.trustedHtml = trustedHtml;
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            FootnoteExtension.create(),
            StrikethroughExtension.create(),
            LikelyAutolinks.create(),
            GongwenBlocks.create(),
            TableScroll.create()));
    // Raw HTML is kept and, unless the site trusts its editors, cleaned by HtmlSanitizer after
    // rendering: a report must not carry script.
    options.set(HtmlRenderer.ESCAPE_HTML, false);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(TablesExtension.WITH_CAPTION, false);
    options.set(TablesExtension.CLASS_NAME, "");
    options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
    this.parser = Parser.builder(options).build();
    this.renderer =
        HtmlRenderer.builder(options)
            .attributeProviderFactory(
                new IndependentAttributeProviderFactory() {
                  @Override
                  public com.vladsch.flexmark.html.AttributeProvider apply(LinkResolverContext context) {
                    Map<Node, String> ids = HEADING_IDS.get(context.getDocument());
                    return (node, part, attributes) -> {
                      if (part == AttributablePart.NODE && ids.containsKey(node)) {
                        attributes.replaceValue("id", ids.get(node));
                      }
                      // A report must not carry script: an address the policy refuses is dropped,
                      // and the link text or image alt stays.
                      for (String name : URL_ATTRIBUTES) {
                        if (attributes.contains(name) && !LinkPolicy.allows(attributes.getValue(name))) {
                          attributes.remove(name);
                        } else if (attributes.contains(name)) {
                          // A '"' in a Markdown address must not end up as an invalid URL.
                          attributes.replaceValue(name, HtmlSanitizer.validUrl(attributes.getValue(name)));
                        }
                      }
                      LocalFiles files = LOCAL_FILES.get(context.getDocument());
                      if (files != null) {
                        noteLocalFile(files, node, attributes);
                      }
                      // The link text of a bare address is the address: print need not repeat it.
                      if (node instanceof AutoLink && attributes.contains("href")) {
                        attributes.addValue("class", "url");
                      }
                      // HTML5 made align obsolete, and a CSP without 'unsafe-inline' blocks style attributes.
                      if (node instanceof TableCell && attributes.contains("align")) {
                        String align = attributes.getValue("align");
                        attributes.remove("align");
                        attributes.addValue("class", "align-" + align);
                      }
                    };
                  }
                })
            .build();
  }

  /**
   * Renders every report body and section introduction, keyed by the file's path below content/.
   * The images and files a report names by a relative address are looked up in {@code folder} and
   * linked at {@code addresses}.
   *
   * @throws BuildFailedException naming every image or linked file that cannot be published
   */
  public Map<String, RenderedBody> renderAll(ParsedContent content, ReportFolder folder, FileAddress addresses) {
    return renderAll(content, folder, addresses, new java.util.HashMap<>());
  }

  /**
   * As {@link #renderAll(ParsedContent, ReportFolder, FileAddress)}, and checks every report body
   * ({@link BodyCheck}) on the same parse, putting the results in {@code checks} by the file's path
   * below content/ before anything is thrown.
   */
  public Map<String, RenderedBody> renderAll(
      ParsedContent content, ReportFolder folder, FileAddress addresses, Map<String, BodyCheck.Result> checks) {
    return renderAll(content, folder, addresses, checks, gongkai.cache.FileMemo.NONE);
  }

  /**
   * As {@link #renderAll(ParsedContent, ReportFolder, FileAddress, Map)}, reusing from {@code memo} each
   * report rendered before from an equal report under equal settings (the preview). The caller
   * forgets what a change to the files beside a report (images, attachments) may affect.
   */
  public Map<String, RenderedBody> renderAll(
      ParsedContent content, ReportFolder folder, FileAddress addresses, Map<String, BodyCheck.Result> checks,
      gongkai.cache.FileMemo memo) {
    Map<String, RenderedBody> bodies = new java.util.TreeMap<>();
    Problems problems = new Problems();
    // In parallel (the parser and renderer are immutable and thread-safe); collected in report order,
    // so the problems and the result do not depend on the threads.
    List<Rendered> rendered =
        content.reports().parallelStream()
            .map(report -> memo.get("body", report.source().relativePath(), java.util.Arrays.asList(report, content.config()), () -> {
              LocalFiles files = new LocalFiles(folder, addresses, report);
              BodyCheck.Result[] check = {BodyCheck.NOTHING};
              Problem unparsable = ReferenceRuns.problem(report.source().displayPath(), report.bodyFirstLine(), report.markdown());
              if (unparsable != null) {
                return new Rendered(null, files, unparsable, check[0]);
              }
              try {
                RenderedBody body = render(report.markdown(), files, report, check);
                return new Rendered(recallable(body, report, folder, addresses), files, null, check[0]);
              } catch (StackOverflowError e) {
                return new Rendered(
                    null, files, TooDeep.problem(report.source().displayPath(), report.bodyFirstLine(), report.markdown()), check[0]);
              }
            }))
            .toList();
    for (int i = 0; i < rendered.size(); i++) {
      Rendered one = rendered.get(i);
      checks.put(content.reports().get(i).source().relativePath(), one.check());
      if (one.tooDeep() != null) {
        problems.add(one.tooDeep());
        continue;
      }
      bodies.put(content.reports().get(i).source().relativePath(), one.body());
      one.files().problems().forEach(problems::add);
    }
    for (SectionPage section : content.sectionPages()) {
      Problem unparsable = ReferenceRuns.problem(section.source().displayPath(), 0, section.markdown());
      if (unparsable != null) {
        problems.add(unparsable);
        continue;
      }
      try {
        bodies.put(section.source().relativePath(), render(section.markdown(), null, null));
      } catch (StackOverflowError e) {
        problems.add(TooDeep.problem(section.source().displayPath(), 0, section.markdown()));
      }
    }
    problems.throwIfAny();
    return bodies;
  }

  /**
   * The body held only while memory allows (RenderedBody), rendered again from the report when it
   * was let go; the report reads its text again if that was let go too (SourceFile).
   */
  private RenderedBody recallable(RenderedBody body, Report report, ReportFolder folder, FileAddress addresses) {
    return body.recallable(() -> render(report.markdown(), new LocalFiles(folder, addresses, report), report, null));
  }

  /** One report's body, the files it names, or why it could not be rendered. */
  private record Rendered(RenderedBody body, LocalFiles files, Problem tooDeep, BodyCheck.Result check) {}

  /** Renders {@code markdown} alone: relative addresses are kept as written, and no file is looked up. */
  public RenderedBody render(String markdown) {
    return render(markdown, null, null);
  }

  private RenderedBody render(String markdown, LocalFiles files, Report report) {
    return render(markdown, files, report, new BodyCheck.Result[1]);
  }

  /** Renders, and for a report puts BodyCheck's result on this parse in {@code check[0]} unless {@code check} is null. */
  private RenderedBody render(String markdown, LocalFiles files, Report report, BodyCheck.Result[] check) {
    Document document = parser.parse(markdown);
    if (report != null && check != null) {
      check[0] = BodyCheck.check(report, markdown, document); // before CjkAutolinks changes the tree
    }
    document.set(LOCAL_FILES, files);
    CjkAutolinks.trim(document);
    List<Heading> nodes = new ArrayList<>();
    collectHeadings(document, nodes);
    List<String> texts = new ArrayList<>(nodes.size());
    TextCollectingVisitor textCollector = new TextCollectingVisitor();
    for (Heading node : nodes) {
      texts.add(textCollector.collectAndGetText(node).strip());
    }
    List<String> ids = HeadingIds.assign(texts);
    Map<Node, String> idByNode = new IdentityHashMap<>();
    List<gongkai.markdown.Heading> headings = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      idByNode.put(nodes.get(i), ids.get(i));
      headings.add(new gongkai.markdown.Heading(nodes.get(i).getLevel(), ids.get(i), texts.get(i)));
    }
    document.set(HEADING_IDS, idByNode);
    String html = renderer.render(document);
    List<Problem> removed = List.of();
    if (!trustedHtml && RawHtml.isIn(document)) {
      // Only bodies with raw HTML go through the cleaner, so every other body keeps flexmark's bytes.
      html = HtmlSanitizer.clean(html);
      removed = report == null || check == null ? List.of() : RawHtml.removals(document, report);
    }
    if (report != null && check != null) {
      List<Problem> angle = RawHtml.angleAddresses(document, report);
      if (!angle.isEmpty()) {
        removed = new java.util.ArrayList<>(removed);
        removed.addAll(angle);
      }
    }
    if (report != null && gongkai.annual.AnnualDataReader.holdsFigures(report.meta().params())) {
      // The annual report's tables, made from its figures, replace their markers after the cleaner.
      html = gongkai.annual.AnnualMarkers.place(html,
          gongkai.annual.AnnualDataReader.read(report.source().displayPath(), report.source().text()).data());
    }
    return RenderedBody.of(html, headings, files == null ? List.of() : files.found(), removed);
  }

  private static void noteLocalFile(LocalFiles files, Node node, MutableAttributes attributes) {
    // Finding a node's line counts the line ends before it: done only for a problem to report, or
    // every link and image would read the body from its start.
    java.util.function.IntSupplier line = node::getLineNumber;
    if ((node instanceof Image || node instanceof ImageRef) && attributes.contains("src")) {
      files.image(attributes.getValue("src"), line).ifPresent(image -> {
        attributes.replaceValue("src", image.href());
        ImageSize.read(image.file().source()).ifPresent(size -> {
          attributes.replaceValue("width", Integer.toString(size.width()));
          attributes.replaceValue("height", Integer.toString(size.height()));
        });
      });
    } else if (attributes.contains("href")) {
      files.link(attributes.getValue("href"), line).ifPresent(file -> attributes.replaceValue("href", file.href()));
    }
  }

  private static void collectHeadings(Node node, List<Heading> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading heading) {
        out.add(heading);
      } else {
        collectHeadings(child, out);
      }
    }
  }
}
