package gongkai.qr;

/**
 * ZXing's mask penalty (Encoder.calculateMaskPenalty, MaskUtil rules 1 to 4; ISO/IEC 18004 §7.8.3
 * and Table 11) for symbols wider than 64 modules, versions 12 to 40, whose rows and columns are
 * several longs each (QrLayout). The rules are QrMaskChoice.penalty's bit tricks, word by word, with
 * every shift of a line carrying bits in from the next word: bit x of {@code line >>> k} is module
 * x + k of the line, so one expression tests a run or pattern starting at each of 64 modules.
 */
final class QrWidePenalty {
  private QrWidePenalty() {}

  /** The penalty of a masked symbol, {@code words} longs per row and per column. */
  static int penalty(long[] rows, long[] columns, int size, int words) {
    int penalty = 0;
    int dark = 0;
    int blocks = 0;
    for (int i = 0; i < size; i++) {
      int at = i * words;
      penalty += line(rows, at, words, size) + line(columns, at, words, size);
      // Per row, at most 8 bits per byte from each of three words: no byte overflows (QrBits).
      long darkBytes = 0;
      long blockBytes = 0;
      boolean last = i + 1 == size;
      for (int w = 0; w < words; w++) {
        long row = rows[at + w];
        darkBytes += QrBits.byteCounts(row & firstBits(size - (w << 6)));
        if (!last) {
          boolean more = w + 1 < words;
          long below = rows[at + words + w];
          long right = row >>> 1 | (more ? rows[at + w + 1] << 63 : 0);
          long belowRight = below >>> 1 | (more ? rows[at + words + w + 1] << 63 : 0);
          // Rule 2: a 2×2 block of one colour starts at each of columns 0 … size-2.
          long same = ~(row ^ right) & ~(row ^ below) & ~(below ^ belowRight);
          blockBytes += QrBits.byteCounts(same & firstBits(size - 1 - (w << 6)));
        }
      }
      dark += QrBits.total(darkBytes);
      blocks += QrBits.total(blockBytes);
    }
    int total = size * size;
    int balance = Math.abs(dark * 2 - total) * 10 / total;
    return penalty + QrMaskChoice.N2 * blocks + QrMaskChoice.N4 * balance;
  }

  /**
   * Rules 1 and 3 on one row or column, the {@code words} longs from {@code at}: N1 + (L − 5) per
   * run of L ≥ 5 modules of one colour, and N3 per finder-like pattern.
   */
  static int line(long[] lines, int at, int words, int size) {
    int penalty = 0;
    long previousWindows = 0;
    for (int w = 0; w < words; w++) {
      int first = w << 6;
      long x = lines[at + w];
      long next = w + 1 < words ? lines[at + w + 1] : 0;
      long s1 = x >>> 1 | next << 63;
      long s2 = x >>> 2 | next << 62;
      long s3 = x >>> 3 | next << 61;
      long s4 = x >>> 4 | next << 60;
      // Rule 1: a run of L ≥ 5 is L − 4 windows of five equal modules, plus N1 − 1 for the run.
      long windows = ((x & s1 & s2 & s3 & s4) | ~(x | s1 | s2 | s3 | s4)) & firstBits(size - 4 - first);
      for (long starts = windows & ~(windows << 1 | previousWindows >>> 63); starts != 0; starts &= starts - 1) {
        penalty += QrMaskChoice.N1 - 1;
      }
      previousWindows = windows;
      for (; windows != 0; windows &= windows - 1) {
        penalty++;
      }
      // Rule 3: dark, light, dark, dark, dark, light, dark, starting at modules 0 … size-7.
      long s5 = x >>> 5 | next << 59;
      long s6 = x >>> 6 | next << 58;
      long match = x & ~s1 & s2 & s3 & s4 & ~s5 & s6 & firstBits(size - 6 - first);
      for (; match != 0; match &= match - 1) {
        if (lightBeside(lines, at, words, size, first + QrBits.lowest(match))) {
          penalty += QrMaskChoice.N3;
        }
      }
    }
    return penalty;
  }

  /**
   * ZXing's reading of rule 3: the pattern at {@code start} counts if four light modules inside the
   * symbol come before it or after it.
   */
  private static boolean lightBeside(long[] lines, int at, int words, int size, int start) {
    return start >= 4 && (from(lines, at, words, start - 4) & 0xF) == 0
        || start + 11 <= size && (from(lines, at, words, start + 7) & 0xF) == 0;
  }

  /** The line's modules from {@code x} on, as the low bits of a long. */
  private static long from(long[] lines, int at, int words, int x) {
    int w = x >>> 6;
    int shift = x & 63;
    long bits = lines[at + w] >>> shift;
    return shift == 0 || w + 1 == words ? bits : bits | lines[at + w + 1] << (64 - shift);
  }

  /** A long with its lowest {@code n} bits set (none for n ≤ 0, all for n ≥ 64). */
  static long firstBits(int n) {
    return n <= 0 ? 0 : n >= 64 ? -1L : (1L << n) - 1;
  }
}
