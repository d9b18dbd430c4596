package gongkai.search;

import java.util.function.IntConsumer;

/**
 * Ascending ints kept as their gaps, seven bits a byte, low bits first, the high bit set on every
 * byte but a number's last (the varint of Protocol Buffers): a report's few hundred sorted term
 * codes take about one byte each instead of four.
 */
final class Varints {
  private Varints() {}

  /** {@code ascending} (sorted, each at least 0) as gaps. */
  static byte[] encodeAscending(int[] ascending) {
    byte[] out = new byte[ascending.length * 5];
    int length = 0;
    int previous = 0;
    for (int value : ascending) {
      int gap = value - previous;
      previous = value;
      while ((gap & ~0x7F) != 0) {
        out[length++] = (byte) (gap & 0x7F | 0x80);
        gap >>>= 7;
      }
      out[length++] = (byte) gap;
    }
    return java.util.Arrays.copyOf(out, length);
  }

  /** Each value {@link #encodeAscending} wrote, in order. */
  static void forEach(byte[] encoded, IntConsumer action) {
    int previous = 0;
    int i = 0;
    while (i < encoded.length) {
      int gap = 0;
      int shift = 0;
      byte b;
      do {
        b = encoded[i++];
        gap |= (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      previous += gap;
      action.accept(previous);
    }
  }
}
