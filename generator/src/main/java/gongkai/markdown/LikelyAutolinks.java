package gongkai.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolinks ({@code AutolinkExtension}), asked only about text that could hold one.
 * Its post-processor unescapes every text node and runs a regular expression and a link scanner
 * over it, a tenth of a build's time for Chinese prose that holds no link. A link needs one of the
 * characters its scanner starts from ({@code :} of a URL, {@code @} of an e-mail address, {@code w}
 * of {@code www.}), and text without them can gain one only from a character reference
 * ({@code &colon;}), so text with none of {@code : @ w &}, and no character reference after it,
 * is left as the extension would leave it.
 */
final class LikelyAutolinks implements Parser.ParserExtension {
  static LikelyAutolinks create() {
    return new LikelyAutolinks();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  static boolean mayHoldLink(BasedSequence chars) {
    for (int i = 0, n = chars.length(); i < n; i++) {
      char c = chars.charAt(i);
      if (c == ':' || c == '@' || c == 'w' || c == '&') {
        return true;
      }
    }
    return false;
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
      return new NodePostProcessor() {
        @Override
        public void process(NodeTracker state, Node node) {
          // The extension reads a text together with the character references and typographic
          // text after it, so such text is always asked about.
          Node next = node.getNext();
          if (next instanceof HtmlEntity || next instanceof TypographicText || mayHoldLink(node.getChars())) {
            links.process(state, node);
          }
        }
      };
    }
  }
}
