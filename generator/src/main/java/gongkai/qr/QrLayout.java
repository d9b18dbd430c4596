package gongkai.qr;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;

/**
 * Everything about a QR symbol that depends only on its version and error correction level, made
 * once and shared by every code of that shape: where each bit of the codeword stream goes (ISO/IEC
 * 18004 §7.7.3, the two-column zigzag from the bottom right, as ZXing's MatrixUtil.embedDataBits
 * walks it), and for each of the eight masks the symbol with no data yet (function patterns §6.3,
 * format information §7.9 for that mask, and the mask itself over the data area §7.8.2). A code is
 * then its data bits XOR that base, in rows and in columns of bits.
 *
 * <p>A row (and a column) is {@link #words} {@code long}s, bit x of the line in word {@code x >>> 6}:
 * one word up to version 11 (61 modules), two up to version 27 (125), three up to version 40 (177).
 * The arrays hold row y's words at {@code y * words}, so one-word symbols are plain rows.
 */
final class QrLayout {
  static final int MASKS = 8;
  private static final int MAX_VERSION = 40;
  // Format information: BCH(15,5) generator and the XOR mask, ISO/IEC 18004 §7.9.1.
  private static final int TYPE_INFO_POLY = 0x537;
  private static final int TYPE_INFO_MASK = 0x5412;
  // Version information: BCH(18,6) generator, ISO/IEC 18004 §7.10 and Annex D.
  private static final int VERSION_INFO_POLY = 0x1f25;
  // Where the 15 format bits go around the top-left finder (x, y), least significant bit first.
  private static final int[][] TYPE_INFO_COORDINATES = {
    {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8},
    {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8},
  };
  private static final QrLayout[] LAYOUTS = new QrLayout[ErrorCorrectionLevel.values().length * (MAX_VERSION + 1)];

  final Version version;
  final int size;
  /** Longs per row and per column: {@code ceil(size / 64)}. */
  final int words;
  /** Data codewords, the rest of {@code Version.getTotalCodewords()} being error correction. */
  final int dataCodewords;
  /** Module of each bit of the codeword stream, in order, as {@code y << 8 | x}. */
  final int[] positions;
  /** Per mask, the rows and the columns of the symbol before its data bits are XORed in. */
  final long[][] baseRows;
  final long[][] baseColumns;

  private QrLayout(Version version, ErrorCorrectionLevel level) {
    this.version = version;
    this.size = version.getDimensionForVersion();
    this.words = (size + 63) >>> 6;
    this.dataCodewords = version.getTotalCodewords() - version.getECBlocksForLevel(level).getTotalECCodewords();
    boolean[][] function = functionModules(version, size);
    this.positions = positions(function, size);
    long[] patterns = functionPatterns(version, size, words);
    this.baseRows = new long[MASKS][];
    this.baseColumns = new long[MASKS][];
    for (int mask = 0; mask < MASKS; mask++) {
      long[] rows = patterns.clone();
      placeTypeInfo(rows, size, words, level, mask);
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          if (!function[y][x] && maskBit(mask, x, y)) {
            set(rows, words, x, y);
          }
        }
      }
      baseRows[mask] = rows;
      baseColumns[mask] = transpose(rows, size, words);
    }
  }

  static QrLayout of(Version version, ErrorCorrectionLevel level) {
    int index = level.ordinal() * (MAX_VERSION + 1) + version.getVersionNumber();
    QrLayout layout = LAYOUTS[index];
    if (layout == null) {
      // Two threads may both build it; the result is the same, and final fields publish it safely.
      layout = new QrLayout(version, level);
      LAYOUTS[index] = layout;
    }
    return layout;
  }

  /** The columns of a square of rows, as bits: bit y of column x is bit x of row y. */
  static long[] transpose(long[] rows, int size, int words) {
    long[] columns = new long[size * words];
    for (int y = 0; y < size; y++) {
      for (int w = 0; w < words; w++) {
        for (long row = rows[y * words + w]; row != 0; row &= row - 1) {
          set(columns, words, y, (w << 6) + QrBits.lowest(row));
        }
      }
    }
    return columns;
  }

  /** Makes module (x, y) dark in lines of {@code words} longs (Java shifts a long by x mod 64). */
  private static void set(long[] lines, int words, int x, int y) {
    lines[y * words + (x >>> 6)] |= 1L << x;
  }

  private static void clear(long[] lines, int words, int x, int y) {
    lines[y * words + (x >>> 6)] &= ~(1L << x);
  }

  /** ZXing's MaskUtil.getDataMaskBit: whether mask {@code mask} flips the module at column x, row y. */
  static boolean maskBit(int mask, int x, int y) {
    int product = x * y;
    int intermediate = switch (mask) {
      case 0 -> (y + x) & 1;
      case 1 -> y & 1;
      case 2 -> x % 3;
      case 3 -> (y + x) % 3;
      case 4 -> ((y / 2) + (x / 3)) & 1;
      case 5 -> (product & 1) + (product % 3);
      case 6 -> ((product & 1) + (product % 3)) & 1;
      case 7 -> ((product % 3) + ((y + x) & 1)) & 1;
      default -> throw new IllegalArgumentException("mask " + mask);
    };
    return intermediate == 0;
  }

  /**
   * The data modules in the order the codeword stream fills them: two columns at a time from the
   * right, upwards then downwards, skipping the vertical timing column 6 and every function module
   * (ISO/IEC 18004 §7.7.3; ZXing's MatrixUtil.embedDataBits). Modules past the last codeword are
   * the remainder bits, left light before masking.
   */
  private static int[] positions(boolean[][] function, int size) {
    int[] positions = new int[size * size];
    int count = 0;
    int direction = -1;
    int y = size - 1;
    for (int x = size - 1; x > 0; x -= 2) {
      if (x == 6) {
        x--;
      }
      for (; y >= 0 && y < size; y += direction) {
        for (int i = 0; i < 2; i++) {
          if (!function[y][x - i]) {
            positions[count++] = y << 8 | (x - i);
          }
        }
      }
      direction = -direction;
      y += direction;
    }
    return java.util.Arrays.copyOf(positions, count);
  }

  /**
   * Finder patterns with separators and format information, alignment patterns, timing patterns and
   * version information: what no mask touches (as ZXing's decoder Version.buildFunctionPattern).
   */
  private static boolean[][] functionModules(Version version, int size) {
    boolean[][] f = new boolean[size][size];
    region(f, 0, 0, 9, 9);
    region(f, size - 8, 0, 8, 9);
    region(f, 0, size - 8, 9, 8);
    int[] centers = version.getAlignmentPatternCenters();
    int max = centers.length;
    for (int x = 0; x < max; x++) {
      int top = centers[x] - 2;
      for (int y = 0; y < max; y++) {
        if (alignmentPatternAt(x, y, max)) {
          region(f, centers[y] - 2, top, 5, 5);
        }
      }
    }
    region(f, 6, 9, 1, size - 17);
    region(f, 9, 6, size - 17, 1);
    if (version.getVersionNumber() > 6) {
      region(f, size - 11, 0, 3, 6);
      region(f, 0, size - 11, 6, 3);
    }
    return f;
  }

  /** Alignment patterns sit at every pair of centres except where they would overlap a finder. */
  private static boolean alignmentPatternAt(int i, int j, int count) {
    return (i != 0 || (j != 0 && j != count - 1)) && (i != count - 1 || j != 0);
  }

  private static void region(boolean[][] f, int left, int top, int width, int height) {
    for (int y = top; y < top + height; y++) {
      for (int x = left; x < left + width; x++) {
        f[y][x] = true;
      }
    }
  }

  /**
   * The dark modules of the function patterns, format information left light: finder patterns
   * (§6.3.3, dark ring, light ring, dark 3×3 centre), alignment patterns (§6.3.6), timing patterns
   * (§6.3.5, dark on even positions), the dark module beside the lower-left finder (§7.9.1) and the
   * version information of versions 7 and up (§7.10).
   */
  private static long[] functionPatterns(Version version, int size, int words) {
    long[] rows = new long[size * words];
    for (int i = 8; i < size - 8; i += 2) {
      set(rows, words, i, 6);
      set(rows, words, 6, i);
    }
    finder(rows, words, 0, 0);
    finder(rows, words, size - 7, 0);
    finder(rows, words, 0, size - 7);
    int[] centers = version.getAlignmentPatternCenters();
    for (int i = 0; i < centers.length; i++) {
      for (int j = 0; j < centers.length; j++) {
        if (alignmentPatternAt(i, j, centers.length)) {
          square(rows, words, centers[j] - 2, centers[i] - 2, 5, 1);
        }
      }
    }
    set(rows, words, 8, size - 8);
    if (version.getVersionNumber() > 6) {
      int number = version.getVersionNumber();
      int bits = number << 12 | bch(number, VERSION_INFO_POLY);
      // Bit n (least significant first) at column n / 3, row size - 11 + n % 3, and transposed.
      for (int n = 0; n < 18; n++) {
        if ((bits >>> n & 1) == 1) {
          set(rows, words, n / 3, size - 11 + n % 3);
          set(rows, words, size - 11 + n % 3, n / 3);
        }
      }
    }
    return rows;
  }

  private static void finder(long[] rows, int words, int left, int top) {
    square(rows, words, left, top, 7, 2);
  }

  /** A square pattern: dark except the ring at Chebyshev distance {@code lightRing} from its centre. */
  private static void square(long[] rows, int words, int left, int top, int side, int lightRing) {
    int half = side / 2;
    for (int dy = 0; dy < side; dy++) {
      for (int dx = 0; dx < side; dx++) {
        if (Math.max(Math.abs(dx - half), Math.abs(dy - half)) != lightRing) {
          set(rows, words, left + dx, top + dy);
        } else {
          clear(rows, words, left + dx, top + dy);
        }
      }
    }
  }

  /** The 15 format bits for the level and mask, in both copies (ZXing's MatrixUtil.embedTypeInfo). */
  private static void placeTypeInfo(long[] rows, int size, int words, ErrorCorrectionLevel level, int mask) {
    int data = (level.getBits() << 3) | mask;
    int bits = ((data << 10) | bch(data, TYPE_INFO_POLY)) ^ TYPE_INFO_MASK;
    for (int i = 0; i < 15; i++) {
      if ((bits >>> i & 1) == 1) {
        set(rows, words, TYPE_INFO_COORDINATES[i][0], TYPE_INFO_COORDINATES[i][1]);
        if (i < 8) {
          set(rows, words, size - i - 1, 8);
        } else {
          set(rows, words, 8, size - 7 + (i - 8));
        }
      }
    }
  }

  /** The BCH error correction bits of {@code value}: its remainder modulo {@code poly}, shifted. */
  private static int bch(int value, int poly) {
    int polyBits = 32 - Integer.numberOfLeadingZeros(poly);
    value <<= polyBits - 1;
    while (32 - Integer.numberOfLeadingZeros(value) >= polyBits) {
      value ^= poly << (32 - Integer.numberOfLeadingZeros(value) - polyBits);
    }
    return value;
  }
}
