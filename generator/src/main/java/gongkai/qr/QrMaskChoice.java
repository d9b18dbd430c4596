package gongkai.qr;

/**
 * ZXing's choice of data mask, made without building the symbol eight times. ISO/IEC 18004 §7.8.3
 * has the encoder try all eight masks and keep the one with the lowest penalty (runs, 2×2 blocks,
 * finder-like 1:1:3:1:1 patterns, dark/light balance). ZXing does so by building the whole symbol
 * eight times; here each masked symbol is the code's data bits XOR the layout's base for that mask
 * (QrLayout), in rows and in columns of bits, and the penalty is ZXing's {@code MaskUtil} rules
 * computed on those bits ({@link #penalty} for one word per line, QrWidePenalty for more). The
 * result is the mask ZXing would choose, so the codes are the same bytes; QrMaskChoiceTest and
 * QrCodeSvgReferenceTest compare them with ZXing's own choice.
 */
final class QrMaskChoice {
  // ZXing's MaskUtil weights (N1…N4), from ISO/IEC 18004 Table 11.
  static final int N1 = 3;
  static final int N2 = 3;
  static final int N3 = 40;
  static final int N4 = 10;

  private QrMaskChoice() {}

  /**
   * The rows of the symbol with the mask ZXing would have chosen, {@code layout.words} longs each.
   *
   * @param code the code's data bits before masking, by row and by column
   */
  static long[] best(QrEncoder.DataBits code) {
    QrLayout layout = code.layout();
    long[] data = code.bits();
    int size = layout.size;
    int words = layout.words;
    int length = size * words;
    long[] rows = new long[length];
    long[] columns = new long[length];
    int bestMask = 0;
    int bestPenalty = Integer.MAX_VALUE;
    for (int mask = 0; mask < QrLayout.MASKS; mask++) {
      long[] baseRows = layout.baseRows[mask];
      long[] baseColumns = layout.baseColumns[mask];
      for (int i = 0; i < length; i++) {
        rows[i] = baseRows[i] ^ data[i];
        columns[i] = baseColumns[i] ^ data[length + i];
      }
      int penalty = words == 1 ? penalty(rows, columns, size) : QrWidePenalty.penalty(rows, columns, size, words);
      // The first of equal penalties, as ZXing's Encoder.chooseMaskPattern keeps it.
      if (penalty < bestPenalty) {
        bestPenalty = penalty;
        bestMask = mask;
      }
    }
    long[] baseRows = layout.baseRows[bestMask];
    for (int i = 0; i < length; i++) {
      rows[i] = baseRows[i] ^ data[i];
    }
    return rows;
  }

  /**
   * ZXing's Encoder.calculateMaskPenalty: MaskUtil rules 1 to 4, over rows and over columns, for a
   * symbol of at most 64 modules a side.
   */
  static int penalty(long[] rows, long[] columns, int size) {
    long all = size == Long.SIZE ? -1L : (1L << size) - 1;
    long pairs = all >>> 1; // a 2×2 block starts in columns 0 … size-2
    int rule1 = 0;
    int rule3 = 0;
    int dark = 0;
    int blocks = 0;
    // Dark modules and 2×2 blocks are counted a byte at a time and added up every 16 rows, before a
    // byte can overflow (QrBits).
    long darkBytes = 0;
    long blockBytes = 0;
    long windowStarts = (1L << (size - 4)) - 1; // five modules from 0 … size-5
    long finderStarts = (1L << (size - 6)) - 1; // seven modules from 0 … size-7
    for (int i = 0; i < size; i++) {
      long row = rows[i];
      long column = columns[i];
      // Most lines have no run of five and no finder-like pattern: tested here, inline, and counted
      // only if there is one.
      // Rule 1: a run of L ≥ 5 same-coloured modules costs N1 + (L − 5). That is the number of
      // windows of five equal modules in the run (L − 4) plus N1 − 1 for each run.
      long equal = ~(row ^ (row >>> 1)); // bit j: module j equals module j+1
      long windows = equal & (equal >>> 1) & (equal >>> 2) & (equal >>> 3) & windowStarts;
      for (long starts = windows & ~(windows << 1); starts != 0; starts &= starts - 1) {
        rule1 += N1 - 1;
      }
      for (; windows != 0; windows &= windows - 1) {
        rule1++;
      }
      equal = ~(column ^ (column >>> 1));
      windows = equal & (equal >>> 1) & (equal >>> 2) & (equal >>> 3) & windowStarts;
      for (long starts = windows & ~(windows << 1); starts != 0; starts &= starts - 1) {
        rule1 += N1 - 1;
      }
      for (; windows != 0; windows &= windows - 1) {
        rule1++;
      }
      // Dark, light, dark, dark, dark, light, dark.
      long light = ~row;
      if ((row & (light >>> 1) & (row >>> 2) & (row >>> 3) & (row >>> 4) & (light >>> 5) & (row >>> 6) & finderStarts) != 0) {
        rule3 += finderLike(row, size);
      }
      light = ~column;
      if ((column & (light >>> 1) & (column >>> 2) & (column >>> 3) & (column >>> 4) & (light >>> 5) & (column >>> 6)
              & finderStarts) != 0) {
        rule3 += finderLike(column, size);
      }
      darkBytes += QrBits.byteCounts(row & all);
      if (i + 1 < size) {
        long below = rows[i + 1];
        long same = ~(row ^ (row >>> 1)) & ~(row ^ below) & ~(below ^ (below >>> 1));
        blockBytes += QrBits.byteCounts(same & pairs);
      }
      if ((i & 15) == 15) {
        dark += QrBits.total(darkBytes);
        blocks += QrBits.total(blockBytes);
        darkBytes = 0;
        blockBytes = 0;
      }
    }
    dark += QrBits.total(darkBytes);
    blocks += QrBits.total(blockBytes);
    int total = size * size;
    int balance = Math.abs(dark * 2 - total) * 10 / total;
    return rule1 + N2 * blocks + N3 * rule3 + N4 * balance;
  }

  /** Where dark-light-dark-dark-dark-light-dark starts on a line (bits 0 … size-7). */
  private static long finderCandidates(long line, int size) {
    long light = ~line;
    return line & (light >>> 1) & (line >>> 2) & (line >>> 3) & (line >>> 4) & (light >>> 5) & (line >>> 6)
        & ((1L << (size - 6)) - 1);
  }

  /**
   * Rule 3 on one line (ZXing's reading): dark-light-dark-dark-dark-light-dark with four light
   * modules, inside the symbol, before it or after it.
   */
  private static int finderLike(long line, int size) {
    if (size < 7) {
      return 0;
    }
    long match = finderCandidates(line, size);
    int count = 0;
    while (match != 0) {
      int x = QrBits.lowest(match);
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
