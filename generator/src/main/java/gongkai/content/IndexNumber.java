package gongkai.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 索引号 (disclosure index number) as written, with where its parts are: by default
 * {@code <code>/<year>-<serial>} with a national code ({@code 113715020044301982/2024-45222172},
 * {@code 00824883-6/2024-29854}, {@code 000014349/2017-00110}, {@code …/202110-00001}), or the
 * form a site declares ({@link IndexScheme}). Two numbers are the same when their text is.
 *
 * @param text the number as written, without surrounding space
 * @param codeAt the organisation's code, or null when the scheme has none
 * @param yearAt the four-digit year, or null when the scheme has none
 * @param monthAt the two-digit month after the year ({@code 202110}), or null
 * @param serialAt the serial, or null when the scheme has none
 */
public record IndexNumber(String text, Part codeAt, Part yearAt, Part monthAt, Part serialAt) {
  /** Where a part is in the text: {@code text.substring(start, end)}. */
  public record Part(int start, int end) {
    String of(String text) {
      return text.substring(start, end);
    }
  }

  /**
   * {@code <code>/<year>-<serial>}, its code checked as the default scheme checks it.
   *
   * @throws InvalidValue when the code's check character is wrong
   */
  public IndexNumber(String code, int year, String serial) {
    this(code + "/" + year + "-" + serial, new Part(0, code.length()),
        new Part(code.length() + 1, code.length() + 5), null,
        new Part(code.length() + 6, code.length() + 6 + serial.length()));
    IndexCheck.Mistake mistake = IndexCheck.NATIONAL.mistake(code);
    if (mistake != null) {
      throw new InvalidValue(mistake.message());
    }
  }

  /**
   * Parses {@code text} in the default form, checking the code (GB 32100-2015 or GB 11714-1997).
   *
   * @throws InvalidValue when the form or the check character is wrong
   */
  public static IndexNumber parse(String text) {
    return IndexScheme.DEFAULT.parse(text);
  }

  /** The organisation's code as written ({@code 00824883-6}), or empty when the scheme has none. */
  public String code() {
    return codeAt == null ? "" : codeAt.of(text);
  }

  /** The year, or 0 when the scheme has none. */
  public int year() {
    return yearAt == null ? 0 : Integer.parseInt(yearAt.of(text));
  }

  public boolean hasYear() {
    return yearAt != null;
  }

  /** The serial as written, leading zeros kept, or empty when the scheme has none. */
  public String serial() {
    return serialAt == null ? "" : serialAt.of(text);
  }

  /**
   * The number in pieces a line may break between, as pages show it: after the code and its
   * separator, and after the year (or year-month) and its separator: {@code 113715020044301982/},
   * {@code 2024-}, {@code 45222172}. A narrow table cell then wraps at a boundary, not inside a code.
   */
  public List<String> parts() {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (Part part : new Part[] {codeAt, monthAt != null ? monthAt : yearAt}) {
      if (part == null || part.end() <= from) {
        continue;
      }
      int end = part.end() < text.length() && "/-_.".indexOf(text.charAt(part.end())) >= 0 ? part.end() + 1 : part.end();
      if (end < text.length()) {
        parts.add(text.substring(from, end));
        from = end;
      }
    }
    parts.add(text.substring(from));
    return List.copyOf(parts);
  }

  /** The same number with another code: a corrected check character, for a fix. */
  public IndexNumber withCode(String code) {
    return replace(codeAt, code);
  }

  /** The same number with another year (the rest as written). */
  public IndexNumber withYear(int year) {
    return replace(yearAt, String.format(Locale.ROOT, "%04d", year));
  }

  /** The same number with another month, when it has one. */
  public IndexNumber withMonth(int month) {
    return monthAt == null ? this : replace(monthAt, String.format(Locale.ROOT, "%02d", month));
  }

  /** The same number with another serial. */
  public IndexNumber withSerial(String serial) {
    return replace(serialAt, serial);
  }

  /** {@code part} of the text replaced by {@code value}, the parts after it moved along. */
  private IndexNumber replace(Part part, String value) {
    if (part == null) {
      return this;
    }
    int shift = value.length() - (part.end() - part.start());
    List<Part> parts = new ArrayList<>(java.util.Arrays.asList(codeAt, yearAt, monthAt, serialAt));
    List<Part> moved = new ArrayList<>();
    for (Part p : parts) {
      if (p == null) {
        moved.add(null);
      } else if (p.equals(part)) {
        moved.add(new Part(p.start(), p.end() + shift));
      } else if (p.start() >= part.end()) {
        moved.add(new Part(p.start() + shift, p.end() + shift));
      } else {
        moved.add(p);
      }
    }
    String replaced = text.substring(0, part.start()) + value + text.substring(part.end());
    return new IndexNumber(replaced, moved.get(0), moved.get(1), moved.get(2), moved.get(3));
  }

  @Override
  public String toString() {
    return text;
  }
}
