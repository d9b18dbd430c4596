package gongkai.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrPathTest {
  @Test
  void aSingleModuleIsOneSquareLeftOpenForFillToClose() {
    assertThat(QrPath.trace(matrix("#"), 4)).isEqualTo("M4 4h1v1h-1");
  }

  @Test
  void theHoleOfARingIsTracedBackwardsSoItStaysLight() {
    ByteMatrix ring = matrix("###", "#.#", "###");

    String d = QrPath.trace(ring, 0);

    assertThat(d).isEqualTo("M0 0h3v3h-3m1-2v1h1v-1");
    assertThat(PathModules.parse(d).fill(3)).isDeepEqualTo(grid(ring));
  }

  @Test
  void modulesTouchingOnlyAtACornerAreOutlinedSeparately() {
    ByteMatrix diagonal = matrix("#.", ".#");

    String d = QrPath.trace(diagonal, 0);

    assertThat(d).isEqualTo("M0 0h1v1h-1m1 0h1v1h-1");
    assertThat(PathModules.parse(d).fill(2)).isDeepEqualTo(grid(diagonal));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 18004, 20240102})
  void randomModulesAreFilledExactly(long seed) {
    Random random = new Random(seed);
    ByteMatrix modules = new ByteMatrix(37, 37);
    for (int y = 0; y < 37; y++) {
      for (int x = 0; x < 37; x++) {
        modules.set(x, y, random.nextBoolean());
      }
    }

    assertThat(PathModules.parse(QrPath.trace(modules, 0)).fill(37)).isDeepEqualTo(grid(modules));
  }

  /** One word a row up to 64 modules, two up to 128, three up to version 40's 177. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 21, 33, 37, 61, 63, 64, 65, 69, 77, 81, 125, 127, 128, 129, 130, 177})
  void bitRowsAndMatricesGiveThePreviousTracersPathExactly(int size) {
    Random random = new Random(size);
    int words = (size + 63) / 64;
    for (int trial = 0; trial < 40; trial++) {
      // Sparse, even and dense symbols: lone modules, corner contacts, holes and long runs.
      double density = new double[] {0.1, 0.5, 0.9}[trial % 3];
      ByteMatrix modules = new ByteMatrix(size, size);
      long[] rows = new long[size * words];
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          boolean dark = random.nextDouble() < density;
          modules.set(x, y, dark);
          if (dark) {
            rows[y * words + x / 64] |= 1L << x;
          }
        }
      }
      String reference = QrPathReference.trace(modules, 4);
      StringBuilder fromRows = new StringBuilder("<before>");

      QrPath.append(fromRows, rows, words, size, 4);

      assertThat(fromRows.toString()).isEqualTo("<before>" + reference);
      assertThat(QrPath.trace(modules, 4)).isEqualTo(reference);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {64, 65, 128, 177})
  void allDarkIsOneSquare(int size) {
    int words = (size + 63) / 64;
    long[] rows = new long[size * words];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        rows[y * words + x / 64] |= 1L << x;
      }
    }
    StringBuilder d = new StringBuilder();

    QrPath.append(d, rows, words, size, 4);

    assertThat(d.toString()).isEqualTo("M4 4h" + size + "v" + size + "h-" + size);
  }

  /** Vertical stripes on the columns either side of each word boundary: edges carried across words. */
  @Test
  void stripesAtWordBoundariesAreOutlinedAsTheirModules() {
    int size = 177;
    ByteMatrix modules = new ByteMatrix(size, size);
    long[] rows = new long[size * 3];
    for (int y = 0; y < size; y++) {
      for (int x : new int[] {62, 63, 65, 127, 128, 176}) {
        if ((y / 3) % 2 == x % 2) {
          modules.set(x, y, true);
          rows[y * 3 + x / 64] |= 1L << x;
        }
      }
    }
    StringBuilder d = new StringBuilder();

    QrPath.append(d, rows, 3, size, 0);

    assertThat(d.toString()).isEqualTo(QrPathReference.trace(modules, 0));
    assertThat(PathModules.parse(d.toString()).fill(size)).isDeepEqualTo(grid(modules));
  }

  private static ByteMatrix matrix(String... rows) {
    ByteMatrix modules = new ByteMatrix(rows[0].length(), rows.length);
    for (int y = 0; y < rows.length; y++) {
      for (int x = 0; x < rows[y].length(); x++) {
        modules.set(x, y, rows[y].charAt(x) == '#');
      }
    }
    return modules;
  }

  static boolean[][] grid(ByteMatrix modules) {
    boolean[][] dark = new boolean[modules.getHeight()][modules.getWidth()];
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < modules.getWidth(); x++) {
        dark[y][x] = modules.get(x, y) == 1;
      }
    }
    return dark;
  }
}
