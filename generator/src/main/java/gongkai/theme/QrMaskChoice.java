package gongkai.theme;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;

/**
 * ZXing's choice of data mask, made from one encoded matrix instead of eight. ISO/IEC 18004 §7.8.3
 * has the encoder try all eight masks and keep the one with the lowest penalty (runs, 2×2 blocks,
 * finder-like 1:1:3:1:1 patterns, dark/light balance). ZXing does so by building the whole symbol
 * eight times; a page's QR code spent most of its time there. Here the symbol is built once (mask 0),
 * and each other mask is a flip of the data modules and a new format information, with the same
 * penalty rules as ZXing's {@code MaskUtil} computed on rows and columns held as bits. The result is
 * the mask ZXing would choose, so the codes are the same bytes as before; QrMaskChoiceTest compares
 * them with ZXing's own choice.
 *
 * <p>Rows are held in a {@code long}, so symbols up to 64 modules wide (version 11, about 250 bytes
 * of URL at level M); wider ones are left to ZXing ({@link #fits}).
 */
final class QrMaskChoice {
  private static final int MASKS = 8;
  // ZXing's MaskUtil weights (N1…N4), from ISO/IEC 18004 Table 11.
  private static final int N1 = 3;
  private static final int N2 = 3;
  private static final int N3 = 40;
  private static final int N4 = 10;
  // Format information: BCH(15,5) generator and the XOR mask, ISO/IEC 18004 §7.9.
  private static final int TYPE_INFO_POLY = 0x537;
  private static final int TYPE_INFO_MASK = 0x5412;
  // Where the 15 format bits go around the top-left finder (x, y), least significant bit first.
  private static final int[][] TYPE_INFO_COORDINATES = {
    {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8},
    {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8},
  };

  private static final java.util.Map<Integer, long[][]> FLIPS = new java.util.concurrent.ConcurrentHashMap<>();

  private QrMaskChoice() {}

  /** Whether {@link #best} can work on a symbol this wide. */
  static boolean fits(int width) {
    return width <= Long.SIZE;
  }

  /**
   * The matrix with the mask ZXing would have chosen.
   *
   * @param maskZero the symbol as ZXing built it with mask 0
   */
  static ByteMatrix best(ByteMatrix maskZero, Version version, ErrorCorrectionLevel level) {
    int size = maskZero.getWidth();
    byte[][] zero = maskZero.getArray();
    long[] zeroRows = new long[size];
    for (int y = 0; y < size; y++) {
      long row = 0;
      for (int x = 0; x < size; x++) {
        row |= (long) (zero[y][x] & 1) << x;
      }
      zeroRows[y] = row;
    }
    long[][] flips = FLIPS.computeIfAbsent(version.getVersionNumber(), v -> flips(version, size));
    long[] rows = new long[size];
    int bestMask = -1;
    int bestPenalty = Integer.MAX_VALUE;
    long[] bestRows = null;
    for (int mask = 0; mask < MASKS; mask++) {
      for (int y = 0; y < size; y++) {
        rows[y] = zeroRows[y] ^ flips[mask][y];
      }
      placeTypeInfo(rows, size, level, mask);
      int penalty = penalty(rows, size);
      // The first of equal penalties, as ZXing's Encoder.chooseMaskPattern keeps it.
      if (penalty < bestPenalty) {
        bestPenalty = penalty;
        bestMask = mask;
        bestRows = rows.clone();
      }
    }
    ByteMatrix out = new ByteMatrix(size, size);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        out.set(x, y, (bestRows[y] >>> x & 1) == 1);
      }
    }
    assert bestMask >= 0;
    return out;
  }

  /**
   * For each mask, the modules it flips compared with mask 0, as row bits: the data modules where
   * the two masks differ. The same for every symbol of a version, so made once per version.
   */
  private static long[][] flips(Version version, int size) {
    boolean[][] function = functionModules(version, size);
    long[][] flips = new long[MASKS][size];
    for (int mask = 0; mask < MASKS; mask++) {
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          if (!function[y][x] && maskBit(0, x, y) != maskBit(mask, x, y)) {
            flips[mask][y] |= 1L << x;
          }
        }
      }
    }
    return flips;
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
        // Not where an alignment pattern would overlap a finder pattern.
        if ((x != 0 || (y != 0 && y != max - 1)) && (x != max - 1 || y != 0)) {
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

  private static void region(boolean[][] f, int left, int top, int width, int height) {
    for (int y = top; y < top + height; y++) {
      for (int x = left; x < left + width; x++) {
        f[y][x] = true;
      }
    }
  }

  /** The 15 format bits for the level and mask, in both copies (ZXing's MatrixUtil.embedTypeInfo). */
  private static void placeTypeInfo(long[] rows, int size, ErrorCorrectionLevel level, int mask) {
    int data = (level.getBits() << 3) | mask;
    int bits = ((data << 10) | bch(data, TYPE_INFO_POLY)) ^ TYPE_INFO_MASK;
    for (int i = 0; i < 15; i++) {
      boolean bit = (bits >>> i & 1) == 1;
      set(rows, TYPE_INFO_COORDINATES[i][0], TYPE_INFO_COORDINATES[i][1], bit);
      if (i < 8) {
        set(rows, size - i - 1, 8, bit);
      } else {
        set(rows, 8, size - 7 + (i - 8), bit);
      }
    }
  }

  private static int bch(int value, int poly) {
    int polyBits = 32 - Integer.numberOfLeadingZeros(poly);
    value <<= polyBits - 1;
    while (32 - Integer.numberOfLeadingZeros(value) >= polyBits) {
      value ^= poly << (32 - Integer.numberOfLeadingZeros(value) - polyBits);
    }
    return value;
  }

  private static void set(long[] rows, int x, int y, boolean dark) {
    rows[y] = dark ? rows[y] | 1L << x : rows[y] & ~(1L << x);
  }

  /** ZXing's Encoder.calculateMaskPenalty: MaskUtil rules 1 to 4, over rows and over columns. */
  static int penalty(long[] rows, int size) {
    long[] columns = new long[size];
    for (int y = 0; y < size; y++) {
      long row = rows[y];
      while (row != 0) {
        int x = Long.numberOfTrailingZeros(row);
        columns[x] |= 1L << y;
        row &= row - 1;
      }
    }
    long all = size == Long.SIZE ? -1L : (1L << size) - 1;
    int rule1 = 0;
    int rule3 = 0;
    int dark = 0;
    for (int i = 0; i < size; i++) {
      rule1 += runs(rows[i], size) + runs(columns[i], size);
      rule3 += finderLike(rows[i], size) + finderLike(columns[i], size);
      dark += Long.bitCount(rows[i] & all);
    }
    int blocks = 0;
    long pairs = (all >>> 1); // a 2×2 block starts in columns 0 … size-2
    for (int y = 0; y + 1 < size; y++) {
      long a = rows[y];
      long b = rows[y + 1];
      long same = ~(a ^ (a >>> 1)) & ~(a ^ b) & ~(b ^ (b >>> 1));
      blocks += Long.bitCount(same & pairs);
    }
    int total = size * size;
    int balance = Math.abs(dark * 2 - total) * 10 / total;
    return rule1 + N2 * blocks + N3 * rule3 + N4 * balance;
  }

  /**
   * Rule 1 on one line: a run of L ≥ 5 same-coloured modules costs N1 + (L − 5). That is the number
   * of windows of five equal modules in the run (L − 4) plus 2 for each run.
   */
  private static int runs(long line, int size) {
    if (size < 5) {
      return 0;
    }
    long equal = ~(line ^ (line >>> 1)); // bit j: module j equals module j+1
    long windows = equal & (equal >>> 1) & (equal >>> 2) & (equal >>> 3);
    windows &= (1L << (size - 4)) - 1; // windows start at 0 … size-5
    int count = Long.bitCount(windows);
    int starts = Long.bitCount(windows & ~(windows << 1));
    return count + (N1 - 1) * starts;
  }

  /**
   * Rule 3 on one line (ZXing's reading): dark-light-dark-dark-dark-light-dark with four light
   * modules, inside the symbol, before it or after it.
   */
  private static int finderLike(long line, int size) {
    if (size < 7) {
      return 0;
    }
    long light = ~line;
    long match = line & (light >>> 1) & (line >>> 2) & (line >>> 3) & (line >>> 4) & (light >>> 5) & (line >>> 6);
    match &= (1L << (size - 6)) - 1; // the pattern starts at 0 … size-7
    int count = 0;
    while (match != 0) {
      int x = Long.numberOfTrailingZeros(match);
      match &= match - 1;
      boolean before = x >= 4 && (line >>> (x - 4) & 0xF) == 0;
      boolean after = x + 11 <= size && (line >>> (x + 7) & 0xF) == 0;
      if (before || after) {
        count++;
      }
    }
    return count;
  }
}
