package gongkai.qr;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * SVG path data for the dark modules of a QR code, drawn as the outlines of dark areas rather than
 * one rectangle per module or run: an area costs only its corners, so the path is about a quarter
 * shorter than one rectangle per horizontal run, and a 60-character URL fits in 2.5 KB of SVG.
 * Every page has one, so the edges are found a row of bits at a time ({@link #append}) and the path
 * is written as bytes; {@link #trace} gives the same data for a ZXing matrix.
 */
final class QrPath {
  // Directions in clockwise order on screen (y grows downwards), so (d + 1) & 3 is a right turn.
  private static final int RIGHT = 0;
  private static final int DOWN = 1;
  private static final int LEFT = 2;
  private static final int UP = 3;

  private QrPath() {}

  /** Returns the {@code d} of a path that fills exactly the dark modules, shifted by {@code offset}. */
  static String trace(ByteMatrix modules, int offset) {
    int width = modules.getWidth();
    int stride = width + 1;
    byte[] edges = new byte[stride * (modules.getHeight() + 1)];
    byte[][] array = modules.getArray();
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < width; x++) {
        if (array[y][x] != 1) {
          continue;
        }
        if (y == 0 || array[y - 1][x] != 1) {
          edges[y * stride + x] |= 1 << RIGHT;
        }
        if (x + 1 == width || array[y][x + 1] != 1) {
          edges[y * stride + x + 1] |= 1 << DOWN;
        }
        if (y + 1 == modules.getHeight() || array[y + 1][x] != 1) {
          edges[(y + 1) * stride + x + 1] |= 1 << LEFT;
        }
        if (x == 0 || array[y][x - 1] != 1) {
          edges[(y + 1) * stride + x] |= 1 << UP;
        }
      }
    }
    StringBuilder d = new StringBuilder(2048);
    walk(d, edges, stride, offset);
    return d.toString();
  }

  /**
   * Appends to {@code d} the path data for a square symbol held as rows of bits, {@code words}
   * longs a row (bit x of the words at {@code y * words} is the module at column x of row y, 1 for
   * dark, as QrLayout keeps them), the same data as {@link #trace} gives.
   */
  static void append(StringBuilder d, long[] rows, int words, int size, int offset) {
    int stride = size + 1;
    byte[] edges = new byte[stride * stride];
    if (words == 1) {
      markNarrow(edges, rows, size);
    } else {
      markWide(edges, rows, words, size);
    }
    walk(d, edges, stride, offset);
  }

  /** The edges of a symbol of one word a row. */
  private static void markNarrow(byte[] edges, long[] rows, int size) {
    int stride = size + 1;
    long above = 0;
    for (int y = 0; y < size; y++) {
      long row = rows[y];
      long below = y + 1 < size ? rows[y + 1] : 0;
      int top = y * stride;
      int bottom = top + stride;
      // The four sides of every dark module at once: dark here, light (or outside) beyond the side.
      mark(edges, row & ~above, top, 1 << RIGHT);
      mark(edges, row & ~(row >>> 1), top + 1, 1 << DOWN);
      mark(edges, row & ~below, bottom + 1, 1 << LEFT);
      mark(edges, row & ~(row << 1), bottom, 1 << UP);
      above = row;
    }
  }

  /**
   * The edges of a symbol of several words a row, as {@link #markNarrow} with the shifts carrying
   * the neighbouring word's bit: module x + 1 for the right side, module x − 1 for the left.
   */
  private static void markWide(byte[] edges, long[] rows, int words, int size) {
    int stride = size + 1;
    for (int y = 0; y < size; y++) {
      int at = y * words;
      int top = y * stride;
      int bottom = top + stride;
      for (int w = 0; w < words; w++) {
        long row = rows[at + w];
        long above = y > 0 ? rows[at - words + w] : 0;
        long below = y + 1 < size ? rows[at + words + w] : 0;
        long right = row >>> 1 | (w + 1 < words ? rows[at + w + 1] << 63 : 0);
        long left = row << 1 | (w > 0 ? rows[at + w - 1] >>> 63 : 0);
        int x = w << 6;
        mark(edges, row & ~above, top + x, 1 << RIGHT);
        mark(edges, row & ~right, top + x + 1, 1 << DOWN);
        mark(edges, row & ~below, bottom + x + 1, 1 << LEFT);
        mark(edges, row & ~left, bottom + x, 1 << UP);
      }
    }
  }

  /** Sets {@code edge} at vertex {@code at + x} for every bit x of {@code sides}. */
  private static void mark(byte[] edges, long sides, int at, int edge) {
    while (sides != 0) {
      edges[at + QrBits.lowest(sides)] |= (byte) edge;
      sides &= sides - 1;
    }
  }

  /**
   * For each vertex's remaining edges (4 bits) and the direction walked into it, the direction to
   * leave by, preferring a right turn, then straight on, then a left turn; −1 if none is left. Where
   * two dark modules touch only at a corner, two edges leave the vertex: turning right stays with
   * the module just walked around. Any choice fills the same modules, because the fill depends only
   * on the set of edges, but this one keeps outlines small and the output stable.
   */
  private static final byte[] TURN = new byte[16 * 4];

  static {
    for (int edges = 0; edges < 16; edges++) {
      for (int dir = 0; dir < 4; dir++) {
        int next = -1;
        for (int candidate : new int[] {(dir + 1) & 3, dir, (dir + 3) & 3}) {
          if ((edges & (1 << candidate)) != 0) {
            next = candidate;
            break;
          }
        }
        TURN[edges << 2 | dir] = (byte) next;
      }
    }
  }

  /**
   * Follows the outlines through the vertices' edges (each side of a dark module that faces a
   * light module or the symbol's edge, directed clockwise around the module), writing one subpath
   * per outline. Dark is always on the right of an edge: outlines run clockwise and the light holes
   * inside them (the finder patterns' rings) counter-clockwise, so the default nonzero fill rule
   * leaves the holes empty. The path is ASCII, written as bytes and appended to {@code d} at once.
   */
  private static void walk(StringBuilder d, byte[] edges, int stride, int offset) {
    // Moving one edge in each direction, as a step between vertex indexes.
    int[] step = {1, stride, -1, -stride};
    byte[] out = new byte[4096];
    int length = 0;
    int penX = 0;
    int penY = 0;
    // Row-major order makes the output deterministic and starts every outline at its top-left
    // corner, so its first and last edges turn.
    for (int start = 0; start < edges.length; start++) {
      int here = edges[start];
      if (here == 0) {
        continue;
      }
      if (length + 32 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      int x = start % stride + offset;
      int y = start / stride + offset;
      if (length == 0) {
        out[length++] = 'M';
        length = putNumber(out, length, x);
        out[length++] = ' ';
        length = putNumber(out, length, y);
      } else {
        // A minus sign already separates two numbers in SVG path syntax.
        out[length++] = 'm';
        length = putNumber(out, length, x - penX);
        if (y - penY >= 0) {
          out[length++] = ' ';
        }
        length = putNumber(out, length, y - penY);
      }
      penX = x;
      penY = y;
      int dir = Integer.numberOfTrailingZeros(here);
      int heading = dir;
      int run = 0;
      int at = start;
      edges[at] = (byte) (here & ~(1 << dir));
      while (true) {
        if (dir != heading) {
          if (length + 32 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          switch (heading) {
            case RIGHT -> {
              out[length++] = 'h';
              penX += run;
            }
            case DOWN -> {
              out[length++] = 'v';
              penY += run;
            }
            case LEFT -> {
              out[length++] = 'h';
              out[length++] = '-';
              penX -= run;
            }
            default -> {
              out[length++] = 'v';
              out[length++] = '-';
              penY -= run;
            }
          }
          if (run < 10) { // most runs: one digit, written here rather than by a call
            out[length++] = (byte) ('0' + run);
          } else {
            length = putNumber(out, length, run);
          }
          heading = dir;
          run = 0;
        }
        run++;
        at += step[dir];
        if (at == start) {
          break;
        }
        // Leave by the turn the table gives, and take that edge off the vertex.
        here = edges[at];
        dir = TURN[here << 2 | dir];
        if (dir < 0) {
          throw new IllegalStateException("outline is not closed");
        }
        edges[at] = (byte) (here & ~(1 << dir));
      }
      // The last run ends where the outline began, and fill closes every subpath by itself
      // (SVG 1.1, 11.3 "Fill Properties"), so neither the run nor a 'z' is written; the pen stays
      // where the run began.
    }
    d.append(new String(out, 0, length, StandardCharsets.ISO_8859_1));
  }

  /** Writes the decimal digits of a small integer at {@code at}; returns the position after them. */
  private static int putNumber(byte[] out, int at, int n) {
    if (n >= 1000 || n <= -1000) {
      for (char c : Integer.toString(n).toCharArray()) {
        out[at++] = (byte) c;
      }
      return at;
    }
    if (n < 0) {
      out[at++] = '-';
      n = -n;
    }
    if (n >= 100) {
      out[at++] = (byte) ('0' + n / 100);
      n %= 100;
      out[at++] = (byte) ('0' + n / 10);
    } else if (n >= 10) {
      out[at++] = (byte) ('0' + n / 10);
    }
    out[at++] = (byte) ('0' + n % 10);
    return at;
  }
}
