package gongkai.qr;

/**
 * Bit counting for the QR code's rows of modules, written so the JIT's quick tier (C1, which the
 * launcher keeps builds on) inlines it: C1 compiles {@link Long#numberOfTrailingZeros} and
 * {@link Long#bitCount} as ordinary calls of a dozen operations, and the QR code asks for them
 * thousands of times per page.
 */
final class QrBits {
  // A de Bruijn sequence B(2, 6): the top 6 bits of it times a power of two name the power.
  private static final long DE_BRUIJN = 0x03f79d71b4ca8b09L;
  private static final byte[] TRAILING_ZEROS = new byte[64];

  static {
    for (int i = 0; i < 64; i++) {
      TRAILING_ZEROS[(int) ((DE_BRUIJN << i) >>> 58)] = (byte) i;
    }
  }

  private QrBits() {}

  /** The index of the lowest set bit of {@code x}, which must not be 0. */
  static int lowest(long x) {
    return TRAILING_ZEROS[(int) (((x & -x) * DE_BRUIJN) >>> 58)];
  }

  /**
   * The bits set in each byte of {@code x}, as bytes: the first steps of a population count. Up to
   * 31 such values can be added before a byte overflows; {@link #total} then adds the bytes.
   */
  static long byteCounts(long x) {
    x -= (x >>> 1) & 0x5555555555555555L;
    x = (x & 0x3333333333333333L) + ((x >>> 2) & 0x3333333333333333L);
    return (x + (x >>> 4)) & 0x0f0f0f0f0f0f0f0fL;
  }

  /** The sum of the bytes of a sum of {@link #byteCounts} values (each byte at most 255). */
  static int total(long byteCounts) {
    long x = (byteCounts & 0x00ff00ff00ff00ffL) + ((byteCounts >>> 8) & 0x00ff00ff00ff00ffL);
    x = (x & 0x0000ffff0000ffffL) + ((x >>> 16) & 0x0000ffff0000ffffL);
    return (int) (x + (x >>> 32));
  }
}
