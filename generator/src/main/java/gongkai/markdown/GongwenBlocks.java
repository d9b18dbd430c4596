package gongkai.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a 公文 (GB/T 9704-2012《党政机关公文格式》) a report can mark, as container blocks
 * an editor types: a line {@code ::: 落款}, the part's Markdown, and a line {@code :::}. Elsewhere
 * (another Markdown viewer) the fence lines read as plain paragraphs around the part's text.
 *
 * <ul>
 *   <li>{@code 主送} — 主送机关 (7.3.2: under the title, flush left, ending with a full-width colon);
 *   <li>{@code 附件} — 附件说明 (7.3.4: "附件" and a full-width colon, then the numbered names,
 *       numbers aligned, a long name wrapping under its own text);
 *   <li>{@code 落款} — 发文机关署名 and 成文日期 (7.3.5: the date right-aligned, 右空四字, the organ
 *       above it);
 *   <li>{@code 抄送} — 抄送机关 (7.4.2: indented one character left and right).
 * </ul>
 *
 * Each renders as {@code <div class="gongwen-…">}; HtmlSanitizer keeps these classes.
 */
final class GongwenBlocks implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  /** The part names an editor writes, and the class each renders with. */
  static final Map<String, String> CLASSES =
      Map.of("主送", "gongwen-addressee", "附件", "gongwen-attachments", "落款", "gongwen-signature", "抄送", "gongwen-copy");

  private static final Pattern OPEN = Pattern.compile(":::[ \\t]*(主送|附件|落款|抄送)[ \\t]*");
  private static final Pattern CLOSE = Pattern.compile(":::[ \\t]*");

  static GongwenBlocks create() {
    return new GongwenBlocks();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
  }

  /** One marked part; its children are the part's Markdown. */
  static final class Part extends Block {
    private final String kind;

    Part(String kind) {
      this.kind = kind;
    }

    String kind() {
      return kind;
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  private static final class PartParser extends AbstractBlockParser {
    private final Part part;
    private boolean closed;

    PartParser(String kind) {
      this.part = new Part(kind);
    }

    @Override
    public Block getBlock() {
      return part;
    }

    @Override
    public boolean isContainer() {
      return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
      return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      // As flexmark's own fenced containers do: the closing line is taken, and the part ends on the
      // line after it (ending it on the closing line would leave a paragraph inside it open).
      if (closed) {
        return BlockContinue.none();
      }
      if (state.getIndent() < 4 && CLOSE.matcher(line(state)).matches()) {
        closed = true;
        return BlockContinue.atIndex(state.getLineEndIndex());
      }
      return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void closeBlock(ParserState state) {
      part.setCharsFromContent();
    }
  }

  private static String line(ParserState state) {
    BasedSequence line = state.getLine();
    return line.subSequence(state.getNextNonSpaceIndex()).toString().stripTrailing();
  }

  private static final class Factory implements CustomBlockParserFactory {
    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new AbstractBlockParserFactory(options) {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
          if (state.getIndent() >= 4) {
            return BlockStart.none();
          }
          Matcher open = OPEN.matcher(line(state));
          if (!open.matches()) {
            return BlockStart.none();
          }
          return BlockStart.of(new PartParser(open.group(1))).atIndex(state.getLine().length());
        }
      };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }

  private static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(Part.class, this::render));
    }

    private void render(Part part, NodeRendererContext context, HtmlWriter html) {
      html.line().raw("<div class=\"" + CLASSES.get(part.kind()) + "\">");
      if (part.kind().equals("附件")) {
        // 7.3.4: "附件" and a full-width colon before the first name; the list's numbers align below it.
        html.raw("<span class=\"gongwen-label\">附件：</span>");
      }
      html.line();
      context.renderChildren(part);
      html.line().raw("</div>").line();
    }
  }
}
