package gongkai.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Ends bare addresses where Chinese text resumes. Chinese puts no space after an address, and the
 * autolink extension reads every letter as part of it, so {@code 详见https://x.cn/a。详见} would
 * link to {@code https://x.cn/a。详见}. A bare link is cut at the first CJK character or CJK /
 * full-width punctuation, and the rest stays text. Addresses in angle brackets ({@code <…>}) are
 * the publisher's explicit choice and keep every character.
 */
final class CjkAutolinks {
  // The same link types the autolink extension looks for.
  private static final LinkExtractor EXTRACTOR =
      LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

  private static final Set<Character.UnicodeScript> CJK_SCRIPTS =
      EnumSet.of(
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA,
          Character.UnicodeScript.HANGUL,
          Character.UnicodeScript.BOPOMOFO);

  // 。、《》【】「」 and the ideographic space; ，；：？！（）; “”‘’—…; vertical and small forms.
  private static final Set<Character.UnicodeBlock> CJK_PUNCTUATION =
      Set.of(
          Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
          Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
          Character.UnicodeBlock.GENERAL_PUNCTUATION,
          Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS,
          Character.UnicodeBlock.VERTICAL_FORMS,
          Character.UnicodeBlock.SMALL_FORM_VARIANTS,
          Character.UnicodeBlock.CJK_COMPATIBILITY,
          Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS);

  private CjkAutolinks() {}

  /** Cuts every bare link in {@code document} at the first CJK character. */
  static void trim(Node document) {
    List<Node> bare = new ArrayList<>();
    collect(document, bare);
    bare.forEach(CjkAutolinks::split);
  }

  private static void collect(Node node, List<Node> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (isBare(child)) {
        out.add(child);
      } else {
        collect(child, out);
      }
    }
  }

  private static boolean isBare(Node node) {
    return node instanceof AutoLink link && link.getOpeningMarker().isEmpty()
        || node instanceof MailLink mail && mail.getOpeningMarker().isEmpty();
  }

  /**
   * Finds the links again with every CJK character read as a space, which ends an address and
   * keeps the offsets, then replaces the node with text and the links found.
   */
  private static void split(Node link) {
    BasedSequence chars = link.getChars();
    String masked = mask(chars.toString());
    if (masked.equals(chars.toString())) {
      return;
    }
    int done = 0;
    for (LinkSpan span : EXTRACTOR.extractLinks(masked)) {
      int end = span.getEndIndex();
      // A scheme with nothing after it ("https://。") comes back with the masked spaces; trim them
      // as the autolink extension does.
      while (end > span.getBeginIndex() && masked.charAt(end - 1) == ' ') {
        end--;
      }
      if (span.getBeginIndex() > done) {
        link.insertBefore(new Text(chars.subSequence(done, span.getBeginIndex())));
      }
      link.insertBefore(newLink(span.getType(), chars.subSequence(span.getBeginIndex(), end)));
      done = end;
    }
    if (done < chars.length()) {
      link.insertBefore(new Text(chars.subSequence(done)));
    }
    link.unlink();
  }

  /** A link node as the autolink extension builds it. */
  private static Node newLink(LinkType type, BasedSequence chars) {
    Node node;
    if (type == LinkType.EMAIL) {
      MailLink mail = new MailLink();
      mail.setText(chars);
      node = mail;
    } else {
      AutoLink auto = new AutoLink();
      auto.setText(chars);
      auto.setUrlChars(chars);
      node = auto;
    }
    node.setCharsFromContent();
    node.appendChild(new Text(chars));
    return node;
  }

  private static String mask(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (isCjk(cp)) {
                out.append(" ".repeat(Character.charCount(cp)));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  static boolean isCjk(int codePoint) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return CJK_SCRIPTS.contains(Character.UnicodeScript.of(codePoint))
        || block != null && CJK_PUNCTUATION.contains(block);
  }
}
