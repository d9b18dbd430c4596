package gongkai.qr;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Page addresses that land in each QR version 1 to 40 at a given error correction level: for every
 * version, one as full as that version holds, one just too long for the version below, and one of
 * a random length between, in each of three kinds of address (a bare host for the smallest
 * versions, which hold no more). Seeded, so a failure repeats.
 */
final class VersionTexts {
  /** How a page address is written. */
  enum Kind {
    /** Letters, digits and punctuation. */
    ASCII,
    /** Chinese folder and file names percent-encoded as UTF-8, as built pages carry them (ASCII). */
    PERCENT_ENCODED_CHINESE,
    /** Chinese left as is: UTF-8 behind an ECI header. */
    RAW_CHINESE
  }

  private static final String HOST = "https://www.example.gov.cn/";
  private static final String ASCII = "abcdefghijklmnopqrstuvwxyz0123456789-_/.";
  private static final String CHINESE = "通知公告政策文件年度报告基准地价调整方案";

  private VersionTexts() {}

  /** A text with the version it must get, as ZXing chooses versions (Encoder.recommendVersion). */
  record Text(String text, int version) {}

  static List<Text> texts(ErrorCorrectionLevel level, Kind kind, long seed) {
    Random random = new Random(seed);
    List<Text> texts = new ArrayList<>();
    int below = 5; // the smallest symbol, 1-H, holds 6 bytes of UTF-8
    for (int version = 1; version <= 40; version++) {
      int most = capacity(version, level, kind);
      int least = below + 1;
      for (int bytes : new int[] {least, least + random.nextInt(most - least + 1), most}) {
        texts.add(new Text(text(bytes, kind, random), version));
      }
      below = most;
    }
    return texts;
  }

  /**
   * The most bytes a byte-mode segment holds in the version at the level (ISO/IEC 18004 §7.4.5,
   * Table 3: 4 bits of mode, 8 or 16 of count; UTF-8 adds the ECI header's 12 bits, §7.4.2.2).
   */
  static int capacity(int version, ErrorCorrectionLevel level, Kind kind) {
    Version v = Version.getVersionForNumber(version);
    int dataBits = 8 * (v.getTotalCodewords() - v.getECBlocksForLevel(level).getTotalECCodewords());
    int header = (kind == Kind.RAW_CHINESE ? 16 : 4) + (version <= 9 ? 8 : 16);
    return (dataBits - header) / 8;
  }

  /**
   * An address of exactly {@code bytes} bytes (in ISO-8859-1 if ASCII, else UTF-8), as much of the
   * host as the smallest symbols leave room for: lower-case letters, so always byte mode.
   */
  private static String text(int bytes, Kind kind, Random random) {
    int length = Math.max(1, Math.min(HOST.length(), bytes - 4));
    StringBuilder text = new StringBuilder(HOST.substring(0, length));
    if (kind == Kind.RAW_CHINESE) {
      text.append('年'); // at least one character beyond ASCII, so the text is UTF-8
      length += 3;
    }
    while (length < bytes) {
      int left = bytes - length;
      boolean chinese = kind != Kind.ASCII && random.nextInt(3) != 0;
      if (chinese && kind == Kind.PERCENT_ENCODED_CHINESE && left >= 9) {
        String character = String.valueOf(CHINESE.charAt(random.nextInt(CHINESE.length())));
        for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
          text.append(String.format("%%%02X", b & 0xff));
        }
        length += 9;
      } else if (chinese && kind == Kind.RAW_CHINESE && left >= 3) {
        text.append(CHINESE.charAt(random.nextInt(CHINESE.length())));
        length += 3;
      } else {
        text.append(ASCII.charAt(random.nextInt(ASCII.length())));
        length++;
      }
    }
    return text.toString();
  }
}
