package gongkai.site;

/**
 * A file size as readers read it: {@code 512 B}, {@code 12.3 KB}, {@code 1.2 MB}. Units of 1024, as
 * the file managers readers compare with count them; one decimal, rounded half up. Built from
 * integers, so the text never depends on the machine's locale (same input, same bytes).
 */
final class FileSize {
  private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

  private FileSize() {}

  static String format(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + bytes);
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    // Tenths of the unit, rounded; a size that rounds up to 1024.0 of a unit moves to the next.
    int unit = 0;
    long tenths = tenths(bytes, 10);
    while (tenths >= 10240 && unit < UNITS.length - 1) {
      unit++;
      tenths = tenths(bytes, 10 * (unit + 1));
    }
    return tenths / 10 + "." + tenths % 10 + " " + UNITS[unit];
  }

  /** {@code bytes / 2^shift} in tenths, rounded half up (exact for files below 800 PB). */
  private static long tenths(long bytes, int shift) {
    return (bytes * 10 + (1L << (shift - 1))) >> shift;
  }
}
