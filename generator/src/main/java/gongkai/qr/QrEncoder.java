package gongkai.qr;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import java.nio.charset.StandardCharsets;

/**
 * The data bits of a QR code for a page address, made as ZXing's {@code Encoder.encode} makes them
 * for text it puts in one byte-mode segment, but into flat arrays instead of BitArrays, polynomial
 * objects and a matrix per mask: every page has one, so a build spends a noticeable share of its
 * time here. Same version choice, same codewords (ISO/IEC 18004 §7.4 data, §7.5 Reed–Solomon, §7.6
 * interleaving), same modules: QrCodeSvgReferenceTest and QrMaskChoiceTest compare with ZXing.
 *
 * <p>Text ZXing would put in numeric or alphanumeric mode (digits only; digits, capitals and
 * {@code  $%*+-./:} only) is not handled here ({@link #dataBits} returns null) and goes to ZXing.
 */
final class QrEncoder {
  // ISO/IEC 18004 Table 2: mode indicators.
  private static final int MODE_BYTE = 0b0100;
  private static final int MODE_ECI = 0b0111;
  // ECI 000026 is UTF-8 (AIM ECI specification), as ZXing's CharacterSetECI.UTF8.
  private static final int ECI_UTF8 = 26;
  // §7.4.10: pad codewords 11101100 and 00010001 in turn.
  private static final int PAD_1 = 0xEC;
  private static final int PAD_2 = 0x11;
  // GF(256) of QR codes: x^8 + x^4 + x^3 + x^2 + 1 (§7.5.2), as ZXing's GenericGF.QR_CODE_FIELD_256.
  private static final int PRIMITIVE = 0x11D;
  private static final int[] EXP = new int[512];
  private static final int[] LOG = new int[256];
  // ISO/IEC 18004 Table 9: at most 30 EC codewords per block.
  private static final int MAX_EC_PER_BLOCK = 30;
  // Logs of the generator polynomials' coefficients below the leading 1, by number of EC codewords;
  // made when the class loads, so threads share them without locks.
  private static final int[][] GENERATOR_LOGS = new int[MAX_EC_PER_BLOCK + 1][];

  static {
    int x = 1;
    for (int i = 0; i < 255; i++) {
      EXP[i] = x;
      LOG[x] = i;
      x <<= 1;
      if (x >= 256) {
        x ^= PRIMITIVE;
      }
    }
    for (int i = 255; i < EXP.length; i++) {
      EXP[i] = EXP[i - 255];
    }
    for (int n = 1; n <= MAX_EC_PER_BLOCK; n++) {
      GENERATOR_LOGS[n] = generatorLogs(n);
    }
  }

  // The characters of ZXing's alphanumeric table (Encoder.ALPHANUMERIC_TABLE), below 0x60.
  private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

  private QrEncoder() {}

  /**
   * A code's data bits before masking, in the rows and the columns of its symbol, each line
   * {@code layout.words} longs (QrLayout): bit x of the words at {@code y * words} is the module at
   * column x of row y, and bit y of the words at {@code (size + x) * words} is the same module.
   */
  record DataBits(QrLayout layout, long[] bits) {}

  /**
   * The data bits of the symbol ZXing would make of {@code text} (ASCII in ISO-8859-1 without ECI,
   * anything else in UTF-8 with ECI 26, as QrCodeSvg asks ZXing for it). Null if ZXing would not
   * use one byte-mode segment, or the text does not fit a QR code at all.
   */
  static DataBits dataBits(String text, ErrorCorrectionLevel level) {
    if (!byteMode(text)) {
      return null;
    }
    boolean ascii = true;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    byte[] bytes = text.getBytes(ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    int headerBits = ascii ? 4 : 16;
    int dataBits = 8 * bytes.length;
    // ZXing's recommendVersion: a first guess with version 1's count length, then the version that
    // fits with the guess's count length.
    Version provisional = smallestVersion(headerBits + countBits(1) + dataBits, level);
    if (provisional == null) {
      return null;
    }
    Version version = smallestVersion(headerBits + countBits(provisional.getVersionNumber()) + dataBits, level);
    if (version == null) {
      return null;
    }
    int count = countBits(version.getVersionNumber());
    QrLayout shape = QrLayout.of(version, level);
    int capacity = 8 * shape.dataCodewords;
    if (bytes.length >= 1 << count || headerBits + count + dataBits > capacity) {
      return null; // ZXing refuses it; let it say so
    }

    // §7.4: mode (and ECI) header, character count, data, up to four terminator zeros, zeros to a
    // codeword boundary, then pad codewords.
    byte[] data = new byte[shape.dataCodewords];
    int bit = 0;
    if (!ascii) {
      bit = put(data, bit, MODE_ECI, 4);
      bit = put(data, bit, ECI_UTF8, 8);
    }
    bit = put(data, bit, MODE_BYTE, 4);
    bit = put(data, bit, bytes.length, count);
    for (byte b : bytes) {
      bit = put(data, bit, b & 0xFF, 8);
    }
    bit += Math.min(4, capacity - bit);
    for (int i = (bit + 7) >> 3, pad = 0; i < data.length; i++, pad++) {
      data[i] = (byte) ((pad & 1) == 0 ? PAD_1 : PAD_2);
    }

    byte[] codewords = interleave(data, version, level);
    return new DataBits(shape, shape.words == 1 ? narrow(codewords, shape) : wide(codewords, shape));
  }

  /** The codewords' bits placed in a symbol of one word per line (up to version 11). */
  private static long[] narrow(byte[] codewords, QrLayout shape) {
    int size = shape.size;
    long[] bits = new long[2 * size];
    int[] positions = shape.positions;
    for (int i = 0; i < codewords.length; i++) {
      int word = codewords[i];
      if (word == 0) {
        continue;
      }
      int base = i << 3;
      for (int b = 0; b < 8; b++) {
        if ((word << b & 0x80) != 0) {
          int at = positions[base + b];
          int x = at & 255;
          int y = at >> 8;
          bits[y] |= 1L << x;
          bits[size + x] |= 1L << y;
        }
      }
    }
    return bits;
  }

  /** The same for lines of several words (Java shifts a long by x mod 64, the bit within its word). */
  private static long[] wide(byte[] codewords, QrLayout shape) {
    int words = shape.words;
    int columns = shape.size * words;
    long[] bits = new long[2 * columns];
    int[] positions = shape.positions;
    for (int i = 0; i < codewords.length; i++) {
      int word = codewords[i];
      if (word == 0) {
        continue;
      }
      int base = i << 3;
      for (int b = 0; b < 8; b++) {
        if ((word << b & 0x80) != 0) {
          int at = positions[base + b];
          int x = at & 255;
          int y = at >> 8;
          bits[y * words + (x >>> 6)] |= 1L << x;
          bits[columns + x * words + (y >>> 6)] |= 1L << y;
        }
      }
    }
    return bits;
  }

  /** ZXing's Encoder.chooseMode gives BYTE when a character is neither a digit nor alphanumeric. */
  private static boolean byteMode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x60 || ALPHANUMERIC.indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /** Bits of the byte-mode character count (ISO/IEC 18004 Table 3). */
  private static int countBits(int version) {
    return version <= 9 ? 8 : 16;
  }

  /** ZXing's Encoder.chooseVersion: the first version whose data codewords hold the bits. */
  private static Version smallestVersion(int bits, ErrorCorrectionLevel level) {
    int bytes = (bits + 7) / 8;
    for (int number = 1; number <= 40; number++) {
      Version version = Version.getVersionForNumber(number);
      if (version.getTotalCodewords() - version.getECBlocksForLevel(level).getTotalECCodewords() >= bytes) {
        return version;
      }
    }
    return null;
  }

  /** Writes the low {@code length} bits of {@code value} from bit {@code at}, most significant first. */
  private static int put(byte[] out, int at, int value, int length) {
    for (int i = length - 1; i >= 0; i--, at++) {
      if ((value >>> i & 1) != 0) {
        out[at >> 3] |= (byte) (0x80 >>> (at & 7));
      }
    }
    return at;
  }

  /**
   * The final codeword sequence (§7.6): the data split into blocks, shorter blocks first, each with
   * its Reed–Solomon codewords; then the data codewords of every block in turn, then their error
   * correction codewords in turn (ZXing's Encoder.interleaveWithECBytes).
   */
  private static byte[] interleave(byte[] data, Version version, ErrorCorrectionLevel level) {
    int total = version.getTotalCodewords();
    int blocks = version.getECBlocksForLevel(level).getNumBlocks();
    int longBlocks = total % blocks;
    int shortBlocks = blocks - longBlocks;
    int shortData = data.length / blocks;
    int ecPerBlock = total / blocks - shortData;
    int[] generator = GENERATOR_LOGS[ecPerBlock];
    byte[] out = new byte[total];
    int[] ec = new int[ecPerBlock];
    int dataAt = 0;
    for (int block = 0; block < blocks; block++) {
      int length = block < shortBlocks ? shortData : shortData + 1;
      remainder(data, dataAt, length, generator, ec);
      // Data codeword i of this block goes after codeword i of every block (the short ones have no
      // codeword shortData); its EC codewords after all the data.
      for (int i = 0; i < length; i++) {
        out[i < shortData ? i * blocks + block : shortData * blocks + block - shortBlocks] = data[dataAt + i];
      }
      for (int i = 0; i < ecPerBlock; i++) {
        out[data.length + i * blocks + block] = (byte) ec[i];
      }
      dataAt += length;
    }
    return out;
  }

  /**
   * The Reed–Solomon error correction codewords of a block: the remainder of the data polynomial
   * times x^n divided by the generator (§7.5.2), by the usual shift register.
   */
  private static void remainder(byte[] data, int from, int length, int[] generatorLogs, int[] ec) {
    int n = ec.length;
    java.util.Arrays.fill(ec, 0);
    for (int i = from; i < from + length; i++) {
      int factor = (data[i] & 0xFF) ^ ec[0];
      System.arraycopy(ec, 1, ec, 0, n - 1);
      ec[n - 1] = 0;
      if (factor != 0) {
        int log = LOG[factor];
        for (int j = 0; j < n; j++) {
          int g = generatorLogs[j];
          if (g >= 0) {
            ec[j] ^= EXP[g + log];
          }
        }
      }
    }
  }

  /**
   * The generator polynomial for {@code n} EC codewords, (x − α^0)(x − α^1)…(x − α^(n−1)), as the
   * logs of its coefficients after the leading 1 (−1 for a zero coefficient).
   */
  private static int[] generatorLogs(int n) {
    int[] poly = {1};
    for (int d = 0; d < n; d++) {
      int[] next = new int[poly.length + 1];
      for (int j = 0; j < poly.length; j++) {
        next[j] ^= poly[j];
        next[j + 1] ^= multiply(poly[j], EXP[d]);
      }
      poly = next;
    }
    int[] logs = new int[n];
    for (int j = 0; j < n; j++) {
      logs[j] = poly[j + 1] == 0 ? -1 : LOG[poly[j + 1]];
    }
    return logs;
  }

  private static int multiply(int a, int b) {
    return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
  }
}
