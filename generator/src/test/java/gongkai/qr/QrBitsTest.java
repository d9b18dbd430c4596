package gongkai.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QrBitsTest {
  @Test
  void lowestIsTheIndexOfTheLowestSetBit() {
    for (int i = 0; i < 64; i++) {
      assertThat(QrBits.lowest(1L << i)).isEqualTo(i);
      assertThat(QrBits.lowest(-1L << i)).isEqualTo(i);
    }
    Random random = new Random(18004);
    for (int i = 0; i < 10_000; i++) {
      long x = random.nextLong() | Long.MIN_VALUE;
      assertThat(QrBits.lowest(x)).isEqualTo(Long.numberOfTrailingZeros(x));
    }
  }

  @Test
  void byteCountsAddedUpToSixteenLinesGiveTheBitCount() {
    Random random = new Random(20240102);
    for (int trial = 0; trial < 1000; trial++) {
      long sum = 0;
      int expected = 0;
      for (int line = 0; line < 16; line++) {
        // All ones now and then, the most a byte can hold.
        long x = trial % 10 == 0 ? -1L : random.nextLong();
        sum += QrBits.byteCounts(x);
        expected += Long.bitCount(x);
      }
      assertThat(QrBits.total(sum)).isEqualTo(expected);
    }
  }
}
