package gongkai.theme;

import com.google.zxing.qrcode.encoder.ByteMatrix;

/**
 * SVG path data for the dark modules of a QR code, drawn as the outlines of dark areas rather than
 * one rectangle per module or run: an area costs only its corners, so the path is about a quarter
 * shorter than one rectangle per horizontal run, and a 60-character URL fits in 2.5 KB of SVG.
 */
final class QrPath {
  // Directions in clockwise order on screen (y grows downwards), so (d + 1) & 3 is a right turn.
  private static final int RIGHT = 0;
  private static final int DOWN = 1;
  private static final int LEFT = 2;
  private static final int UP = 3;
  private static final int[] DX = {1, 0, -1, 0};
  private static final int[] DY = {0, 1, 0, -1};

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
   * Appends to {@code d} the path data for a square symbol held as rows of bits ({@code rows[y]}
   * bit x is the module at column x of row y, 1 for dark), the same data as {@link #trace} gives.
   */
  static void append(StringBuilder d, long[] rows, int size, int offset) {
    int stride = size + 1;
    byte[] edges = new byte[stride * stride];
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
    walk(d, edges, stride, offset);
  }

  /** Sets {@code edge} at vertex {@code at + x} for every bit x of {@code sides}. */
  private static void mark(byte[] edges, long sides, int at, int edge) {
    while (sides != 0) {
      edges[at + Long.numberOfTrailingZeros(sides)] |= (byte) edge;
      sides &= sides - 1;
    }
  }

  /**
   * Follows the outlines through the vertices' edges (each side of a dark module that faces a
   * light module or the symbol's edge, directed clockwise around the module), writing one subpath
   * per outline. Dark is always on the right of an edge: outlines run clockwise and the light holes
   * inside them (the finder patterns' rings) counter-clockwise, so the default nonzero fill rule
   * leaves the holes empty.
   */
  private static void walk(StringBuilder d, byte[] edges, int stride, int offset) {
    // Moving one edge in each direction, as a step between vertex indexes.
    int[] step = {1, stride, -1, -stride};
    boolean first = true;
    int penX = 0;
    int penY = 0;
    // Row-major order makes the output deterministic and starts every outline at its top-left
    // corner, so its first and last edges turn.
    for (int start = 0; start < edges.length; start++) {
      int here = edges[start];
      if (here == 0) {
        continue;
      }
      int x = start % stride + offset;
      int y = start / stride + offset;
      if (first) {
        d.append('M');
        appendNumber(d, x);
        d.append(' ');
        appendNumber(d, y);
        first = false;
      } else {
        d.append('m');
        appendPair(d, x - penX, y - penY);
      }
      penX = x;
      penY = y;
      int dir = Integer.numberOfTrailingZeros(here);
      int heading = dir;
      int run = 0;
      int at = start;
      while (true) {
        edges[at] &= (byte) ~(1 << dir);
        if (dir != heading) {
          appendSegment(d, heading, run);
          penX += DX[heading] * run;
          penY += DY[heading] * run;
          heading = dir;
          run = 0;
        }
        run++;
        at += step[dir];
        if (at == start) {
          break;
        }
        dir = turn(edges[at], dir);
      }
      // The last run ends where the outline began, and fill closes every subpath by itself
      // (SVG 1.1, 11.3 "Fill Properties"), so neither the run nor a 'z' is written; the pen stays
      // where the run began.
    }
  }

  /**
   * Where two dark modules touch only at a corner, two edges leave the vertex. Turning right stays
   * with the module just walked around; any choice fills the same modules, because the fill depends
   * only on the set of edges, but this one keeps outlines small and the output stable.
   */
  private static int turn(int edgesHere, int dir) {
    int right = (dir + 1) & 3;
    if ((edgesHere & (1 << right)) != 0) {
      return right;
    }
    if ((edgesHere & (1 << dir)) != 0) {
      return dir;
    }
    int left = (dir + 3) & 3;
    if ((edgesHere & (1 << left)) != 0) {
      return left;
    }
    throw new IllegalStateException("outline is not closed");
  }

  private static void appendSegment(StringBuilder d, int heading, int run) {
    d.append(heading == RIGHT || heading == LEFT ? 'h' : 'v');
    appendNumber(d, heading == LEFT || heading == UP ? -run : run);
  }

  private static void appendPair(StringBuilder d, int x, int y) {
    // A minus sign already separates two numbers in SVG path syntax.
    appendNumber(d, x);
    if (y >= 0) {
      d.append(' ');
    }
    appendNumber(d, y);
  }

  /** The decimal digits of a small integer, without StringBuilder.append(int)'s sizing work. */
  private static void appendNumber(StringBuilder d, int n) {
    if (n < 0) {
      d.append('-');
      n = -n;
    }
    if (n < 10) {
      d.append((char) ('0' + n));
    } else if (n < 100) {
      d.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    } else {
      d.append(n);
    }
  }
}
