package gongkai.theme;

/**
 * ZXing's choice of data mask, made without building the symbol eight times. ISO/IEC 18004 §7.8.3
 * has the encoder try all eight masks and keep the one with the lowest penalty (runs, 2×2 blocks,
 * finder-like 1:1:3:1:1 patterns, dark/light balance). ZXing does so by building the whole symbol
 * eight times; here each masked symbol is the code's data bits XOR the layout's base for that mask
 * (QrLayout), in rows and in columns of bits, and the penalty is ZXing's {@code MaskUtil} rules
 * computed on those bits. The result is the mask ZXing would choose, so the codes are the same
 * bytes; QrMaskChoiceTest and QrCodeSvgReferenceTest compare them with ZXing's own choice.
 */
final class QrMaskChoice {
  // ZXing's MaskUtil weights (N1…N4), from ISO/IEC 18004 Table 11.
  private static final int N1 = 3;
  private static final int N2 = 3;
  private static final int N3 = 40;
  private static final int N4 = 10;

  private QrMaskChoice() {}

  /**
   * The rows of the symbol with the mask ZXing would have chosen.
   *
   * @param data the code's data bits before masking, {@code data[y]} bit x at column x of row y
   */
  static long[] best(long[] data, QrLayout layout) {
    int size = layout.size;
    long[] dataColumns = QrLayout.transpose(data, size);
    long[] rows = new long[size];
    long[] columns = new long[size];
    int bestMask = 0;
    int bestPenalty = Integer.MAX_VALUE;
    for (int mask = 0; mask < QrLayout.MASKS; mask++) {
      long[] baseRows = layout.baseRows[mask];
      long[] baseColumns = layout.baseColumns[mask];
      for (int i = 0; i < size; i++) {
        rows[i] = baseRows[i] ^ data[i];
        columns[i] = baseColumns[i] ^ dataColumns[i];
      }
      int penalty = penalty(rows, columns, size);
      // The first of equal penalties, as ZXing's Encoder.chooseMaskPattern keeps it.
      if (penalty < bestPenalty) {
        bestPenalty = penalty;
        bestMask = mask;
      }
    }
    long[] baseRows = layout.baseRows[bestMask];
    for (int i = 0; i < size; i++) {
      rows[i] = baseRows[i] ^ data[i];
    }
    return rows;
  }

  /** ZXing's Encoder.calculateMaskPenalty: MaskUtil rules 1 to 4, over rows and over columns. */
  static int penalty(long[] rows, long[] columns, int size) {
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
