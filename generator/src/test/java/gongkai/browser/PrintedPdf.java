package gongkai.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF as Chromium printed it, read back with PDFBox: its pages, its text and where the text was
 * drawn. PDF text breaks lines wherever the printout did, so comparisons use {@link #flat}.
 */
final class PrintedPdf {
  /** A PDF point is 1/72 inch. */
  static final double MM_PER_POINT = 25.4 / 72;

  private final byte[] bytes;

  PrintedPdf(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  /** Keeps a copy in {@code file} for people to look at. */
  PrintedPdf saveTo(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  int pageCount() {
    try (PDDocument pdf = load()) {
      return pdf.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every page's media box, in points. */
  List<PDRectangle> mediaBoxes() {
    try (PDDocument pdf = load()) {
      List<PDRectangle> boxes = new ArrayList<>();
      pdf.getPages().forEach(page -> boxes.add(page.getMediaBox()));
      return boxes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of every page, with all white space removed (see {@link #flat}). */
  String flatText() {
    return flat(text());
  }

  /** The text of every page, {@link #normalise normalised}. */
  String text() {
    try (PDDocument pdf = load()) {
      return normalise(new PDFTextStripper().getText(pdf));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of each page, in page order, {@link #normalise normalised}. */
  List<String> pageTexts() {
    try (PDDocument pdf = load()) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(normalise(stripper.getText(pdf)));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The box, in points from the page's top left corner, that holds every glyph drawn on every page
   * (page numbers in the margin boxes included).
   */
  TextBounds textBounds() {
    TextBounds bounds = new TextBounds();
    try (PDDocument pdf = load()) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          bounds.add(text);
        }
      };
      stripper.getText(pdf);
      return bounds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A printed line: its text ({@link #normalise normalised}) and its largest Han character's size in points. */
  record Line(String text, double size) {}

  /** Every page's lines, in page order and reading order. */
  List<List<Line>> lines() {
    List<List<Line>> pages = new ArrayList<>();
    try (PDDocument pdf = load()) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String line, List<TextPosition> glyphs) {
          while (pages.size() < getCurrentPageNo()) {
            pages.add(new ArrayList<>());
          }
          // A Han character is one em wide, so its advance is the type size in points (Chromium's
          // PDFs scale a unit font, which leaves PDFBox's font sizes meaningless).
          double size = glyphs.stream()
              .filter(g -> g.getUnicode().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
              .mapToDouble(TextPosition::getWidthDirAdj).max().orElse(0);
          pages.get(getCurrentPageNo() - 1).add(new Line(normalise(line), size));
        }
      };
      stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /** Where a line of text was printed: its page (from 0) and its first glyph's left and baseline, in points. */
  record Place(int page, double x, double y) {}

  /** The first line whose text contains {@code wanted} (compared {@link #flat}); fails if none does. */
  Place find(String wanted) {
    Place[] found = new Place[1];
    try (PDDocument pdf = load()) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String line, List<TextPosition> glyphs) {
          if (found[0] == null && flat(line).contains(flat(wanted))) {
            TextPosition first = glyphs.get(0);
            found[0] = new Place(getCurrentPageNo() - 1, first.getXDirAdj(), first.getYDirAdj());
          }
        }
      };
      stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (found[0] == null) {
      throw new AssertionError("\"" + wanted + "\" is not printed anywhere");
    }
    return found[0];
  }

  /** Page {@code index} (from 0) drawn as an image, {@code dpi} pixels per inch. */
  BufferedImage render(int index, float dpi) {
    try (PDDocument pdf = load()) {
      return new PDFRenderer(pdf).renderImageWithDPI(index, dpi);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Chromium's PDFs map some CJK glyphs back to the radical code points that share the glyph in
   * the font (页 comes out as U+2EDA ⻚, 日 as U+2F47 ⽇), so PDF text is normalised before it is
   * compared: NFKC folds the Kangxi radicals, {@link #RADICALS} the simplified ones NFKC leaves.
   */
  static String normalise(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      int radical = RADICALS.indexOf(c);
      out.append(radical >= 0 && radical % 2 == 0 ? RADICALS.charAt(radical + 1) : c);
    }
    return out.toString();
  }

  /** Pairs of a CJK Radicals Supplement code point and the ideograph it is drawn as. */
  private static final String RADICALS = "⺠民⻄西⻅见⻆角⻉贝⻋车⻓长⻔门⻙韦⻚页⻛风⻜飞⻢马⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟";

  /**
   * Text {@link #normalise normalised} and without white space: CJK text has none of its own, so
   * this undoes the printout's line breaks. Apply it to both sides of a comparison.
   */
  static String flat(String text) {
    return normalise(text).replaceAll("[\\s\\u00a0\\u3000]+", "");
  }

  /**
   * Whether {@code wanted} was printed whole in {@code text}, wrapped or not. A table cell's lines
   * come out of the PDF interleaved with its neighbours' (line 1 of every cell, then line 2), so
   * the cell is looked for as a series of whole white-space-separated pieces, in order, that
   * concatenate to exactly {@code wanted}. A clipped cell leaves a piece short and never matches.
   */
  static boolean printedInPieces(String text, String wanted) {
    List<String> pieces = List.of(text.strip().split("[\\s\\u00a0\\u3000]+"));
    String target = flat(wanted);
    for (int first = 0; first < pieces.size(); first++) {
      if (continues(pieces, first, target)) {
        return true;
      }
    }
    return false;
  }

  private static boolean continues(List<String> pieces, int from, String rest) {
    String piece = pieces.get(from);
    if (piece.isEmpty() || !rest.startsWith(piece)) {
      return false;
    }
    if (piece.length() == rest.length()) {
      return true;
    }
    // The next line of the same cell follows within the next few hundred pieces (one table row).
    for (int next = from + 1; next < Math.min(pieces.size(), from + 400); next++) {
      if (continues(pieces, next, rest.substring(piece.length()))) {
        return true;
      }
    }
    return false;
  }

  private PDDocument load() throws IOException {
    return Loader.loadPDF(bytes);
  }

  /** The extent of the glyphs seen so far, in points. */
  static final class TextBounds {
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    int glyphs;

    void add(TextPosition text) {
      left = Math.min(left, text.getXDirAdj());
      right = Math.max(right, text.getXDirAdj() + text.getWidthDirAdj());
      top = Math.min(top, text.getYDirAdj() - text.getHeightDir());
      bottom = Math.max(bottom, text.getYDirAdj());
      glyphs++;
    }

    @Override
    public String toString() {
      return String.format("%d glyphs in x %.1f..%.1f pt, y %.1f..%.1f pt", glyphs, left, right, top, bottom);
    }
  }
}
