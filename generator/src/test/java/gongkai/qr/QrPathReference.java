package gongkai.qr;

import com.google.zxing.qrcode.encoder.ByteMatrix;

/**
 * The outline tracer as it was before QrPath worked on rows of bits, kept unchanged (module by
 * module through ByteMatrix.get, an array per turn) as the reference QrPath's output must equal
 * byte for byte (QrCodeSvgReferenceTest).
 */
final class QrPathReference {
  // Directions in clockwise order on screen (y grows downwards), so (d + 1) & 3 is a right turn.
  private static final int RIGHT = 0;
  private static final int DOWN = 1;
  private static final int LEFT = 2;
  private static final int UP = 3;
  private static final int[] DX = {1, 0, -1, 0};
  private static final int[] DY = {0, 1, 0, -1};

  private QrPathReference() {}

  /** Returns the {@code d} of a path that fills exactly the dark modules, shifted by {@code offset}. */
  static String trace(ByteMatrix modules, int offset) {
    int stride = modules.getWidth() + 1;
    byte[] edges = boundaryEdges(modules, stride);
    StringBuilder d = new StringBuilder();
    int penX = 0;
    int penY = 0;
    // Row-major order makes the output deterministic and starts every outline at its top-left
    // corner, so its first and last edges turn.
    for (int start = 0; start < edges.length; start++) {
      if (edges[start] == 0) {
        continue;
      }
      int x = start % stride;
      int y = start / stride;
      if (d.length() == 0) {
        d.append('M').append(x + offset).append(' ').append(y + offset);
      } else {
        appendPair(d.append('m'), x + offset - penX, y + offset - penY);
      }
      penX = x + offset;
      penY = y + offset;
      int dir = Integer.numberOfTrailingZeros(edges[start]);
      int heading = dir;
      int run = 0;
      while (true) {
        edges[y * stride + x] &= (byte) ~(1 << dir);
        if (dir != heading) {
          appendSegment(d, heading, run);
          penX += DX[heading] * run;
          penY += DY[heading] * run;
          heading = dir;
          run = 0;
        }
        run++;
        x += DX[dir];
        y += DY[dir];
        if (y * stride + x == start) {
          break;
        }
        dir = turn(edges[y * stride + x], dir);
      }
      // The last run ends where the outline began, and fill closes every subpath by itself
      // (SVG 1.1, 11.3 "Fill Properties"), so neither the run nor a 'z' is written; the pen stays
      // where the run began.
    }
    return d.toString();
  }

  /**
   * Each side of a dark module that faces a light module or the symbol's edge, directed clockwise
   * around the module. Dark is then always on the right: outlines run clockwise and the light holes
   * inside them (the finder patterns' rings) counter-clockwise, so the default nonzero fill rule
   * leaves the holes empty.
   */
  private static byte[] boundaryEdges(ByteMatrix modules, int stride) {
    byte[] edges = new byte[stride * stride];
    for (int y = 0; y < stride - 1; y++) {
      for (int x = 0; x < stride - 1; x++) {
        if (!dark(modules, x, y)) {
          continue;
        }
        if (!dark(modules, x, y - 1)) {
          edges[y * stride + x] |= 1 << RIGHT;
        }
        if (!dark(modules, x + 1, y)) {
          edges[y * stride + x + 1] |= 1 << DOWN;
        }
        if (!dark(modules, x, y + 1)) {
          edges[(y + 1) * stride + x + 1] |= 1 << LEFT;
        }
        if (!dark(modules, x - 1, y)) {
          edges[(y + 1) * stride + x] |= 1 << UP;
        }
      }
    }
    return edges;
  }

  /**
   * Where two dark modules touch only at a corner, two edges leave the vertex. Turning right stays
   * with the module just walked around; any choice fills the same modules, because the fill depends
   * only on the set of edges, but this one keeps outlines small and the output stable.
   */
  private static int turn(byte edgesHere, int dir) {
    for (int candidate : new int[] {(dir + 1) & 3, dir, (dir + 3) & 3}) {
      if ((edgesHere & (1 << candidate)) != 0) {
        return candidate;
      }
    }
    throw new IllegalStateException("outline is not closed");
  }

  private static void appendSegment(StringBuilder d, int heading, int run) {
    d.append(heading == RIGHT || heading == LEFT ? 'h' : 'v').append(heading == LEFT || heading == UP ? -run : run);
  }

  private static void appendPair(StringBuilder d, int x, int y) {
    // A minus sign already separates two numbers in SVG path syntax.
    d.append(x);
    if (y >= 0) {
      d.append(' ');
    }
    d.append(y);
  }

  private static boolean dark(ByteMatrix modules, int x, int y) {
    return x >= 0 && y >= 0 && x < modules.getWidth() && y < modules.getHeight() && modules.get(x, y) == 1;
  }
}
