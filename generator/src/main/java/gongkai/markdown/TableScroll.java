package gongkai.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Puts every table of a body in a box of its own that scrolls sideways when the table is wider than
 * the column, so the page never does (WCAG 2.2 1.4.10 Reflow): {@code <div class="table-scroll"
 * role="region" tabindex="0" aria-label="…">}. The box takes keyboard focus so it can be scrolled
 * without a mouse (axe-core scrollable-region-focusable), and is named from the table's caption or
 * else the heading before it, so a screen reader says which table it is in.
 */
final class TableScroll implements HtmlRenderer.HtmlRendererExtension {
  static final String CLASS = "table-scroll";
  /** The name of a table with neither a caption nor a heading before it. */
  static final String UNNAMED = "表格";

  static TableScroll create() {
    return new TableScroll();
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
  }

  /** The opening tag of the box for a table named {@code name}. */
  static String open(String name) {
    return "<div class=\"" + CLASS + "\" role=\"region\" tabindex=\"0\" aria-label=\""
        + Escaping.escapeHtml(name, false) + "\">";
  }

  /**
   * Boxes every table of a cleaned body (raw HTML tables, and Markdown tables whose box the cleaner
   * left with its class only), naming each box again.
   */
  static void wrap(Element body) {
    for (Element table : body.select("table")) {
      if (table.parents().stream().anyMatch(ancestor -> ancestor.normalName().equals("table"))) {
        continue; // a table inside a table scrolls with it
      }
      Element parent = table.parent();
      Element box;
      if (parent != null && parent.normalName().equals("div") && parent.hasClass(CLASS) && parent.childrenSize() == 1) {
        box = parent;
      } else {
        box = table.wrap("<div></div>").parent();
      }
      box.clearAttributes();
      box.attr("class", CLASS).attr("role", "region").attr("tabindex", "0").attr("aria-label", name(table));
    }
  }

  private static String name(Element table) {
    Element caption = table.selectFirst("> caption");
    if (caption != null && !caption.text().isBlank()) {
      return caption.text().strip();
    }
    for (Element at = table; at != null; at = at.parent()) {
      for (Element before = at.previousElementSibling(); before != null; before = before.previousElementSibling()) {
        if (before.normalName().matches("h[1-6]")) {
          return before.text().strip();
        }
        Element inner = before.select("h1, h2, h3, h4, h5, h6").last();
        if (inner != null) {
          return inner.text().strip();
        }
      }
      if (at.normalName().equals("body")) {
        break;
      }
    }
    return UNNAMED;
  }

  private static String name(TableBlock table) {
    TextCollectingVisitor text = new TextCollectingVisitor();
    for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableCaption caption) {
        String name = text.collectAndGetText(caption).strip();
        if (!name.isEmpty()) {
          return name;
        }
      }
    }
    for (Node at = table; at != null; at = at.getParent()) {
      for (Node before = at.getPrevious(); before != null; before = before.getPrevious()) {
        if (before instanceof Heading heading) {
          return text.collectAndGetText(heading).strip();
        }
      }
    }
    return UNNAMED;
  }

  private static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::render));
    }

    private void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
      html.line().raw(open(name(table))).line();
      context.delegateRender();
      html.line().raw("</div>").line();
    }
  }
}
