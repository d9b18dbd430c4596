package gongkai.cache;

/**
 * A 128-bit hash of a sequence of strings, for build-cache keys: MurmurHash3's x64 128-bit mixing
 * over UTF-16 code units, eight to a block. Keys only tell whether an input changed, so they need
 * to be well spread, not hard to forge; SHA-256 cost a tenth of a large build without a
 * just-in-time compiler tuned for it. Each string is followed by its length, so no two different
 * sequences of strings are fed as the same sequence of units.
 */
public final class Hash128 {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private long h1 = 0x6a09e667f3bcc908L;
  private long h2 = 0xbb67ae8584caa73bL;
  private final long[] block = new long[2];
  private int units; // code units in the current block, 0..7
  private long total;
  private char[] scratch = new char[256];

  public Hash128 add(String text) {
    int n = text.length();
    if (scratch.length < n) {
      scratch = new char[Math.max(n, scratch.length * 2)];
    }
    text.getChars(0, n, scratch, 0);
    for (int i = 0; i < n; i++) {
      unit(scratch[i]);
    }
    unit((char) (n >>> 16));
    unit((char) n);
    return this;
  }

  public Hash128 add(long value) {
    for (int shift = 48; shift >= 0; shift -= 16) {
      unit((char) (value >>> shift));
    }
    return this;
  }

  private void unit(char c) {
    int lane = units >> 2;
    block[lane] |= ((long) c) << ((units & 3) << 4);
    if (++units == 8) {
      mix(block[0], block[1]);
      block[0] = 0;
      block[1] = 0;
      units = 0;
    }
    total++;
  }

  private void mix(long k1, long k2) {
    h1 ^= mixK1(k1);
    h1 = Long.rotateLeft(h1, 27);
    h1 += h2;
    h1 = h1 * 5 + 0x52dce729;
    h2 ^= mixK2(k2);
    h2 = Long.rotateLeft(h2, 31);
    h2 += h1;
    h2 = h2 * 5 + 0x38495ab5;
  }

  private static long mixK1(long k1) {
    k1 *= C1;
    k1 = Long.rotateLeft(k1, 31);
    return k1 * C2;
  }

  private static long mixK2(long k2) {
    k2 *= C2;
    k2 = Long.rotateLeft(k2, 33);
    return k2 * C1;
  }

  /** The hash as 32 lowercase hex digits. The hash can be read once. */
  public String hex() {
    long a = h1;
    long b = h2;
    if (units > 0) {
      a ^= mixK1(block[0]);
      b ^= mixK2(block[1]);
    }
    a ^= total;
    b ^= total;
    a += b;
    b += a;
    a = fmix(a);
    b = fmix(b);
    a += b;
    b += a;
    return String.format("%016x%016x", a, b);
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** The hash of one string. */
  public static String of(String text) {
    return new Hash128().add(text).hex();
  }
}
