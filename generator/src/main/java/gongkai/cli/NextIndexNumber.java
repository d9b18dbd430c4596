package gongkai.cli;

import gongkai.content.IndexNumber;
import gongkai.content.IndexScheme;
import gongkai.content.InvalidValue;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The 索引号 of a new report, in the form of the site's existing numbers: the site's code, this year
 * (and month, when the numbers have one), and one more than the highest serial that code has that
 * year, written as wide as the code's existing serials (zero-padded). Whatever the scheme — a
 * credit code, an organisation code with its hyphen, a region code declared in site.yaml — the new
 * number is an existing one with its year and serial changed.
 */
final class NextIndexNumber {
  /** Width of the first serial when no report shows one: {@code 2024-00001}, as the README's examples. */
  static final int DEFAULT_WIDTH = 5;

  private NextIndexNumber() {}

  /** As {@link #pick(String, List, int, int, Path, IndexScheme)} in January, with the default scheme. */
  static IndexNumber pick(String configuredCode, List<IndexNumber> existing, int year, Path siteConfig) {
    return pick(configuredCode, existing, year, 1, siteConfig, IndexScheme.DEFAULT);
  }

  /**
   * @param configuredCode {@code index_code} from site.yaml, or null to take the reports' code
   * @param existing the 索引号 the reports use
   * @param month this month, for numbers with a year-month part ({@code 202110-})
   * @param siteConfig the path of site.yaml, named by problems
   * @param scheme the site's 索引号 scheme, which the new number must match
   * @throws BuildFailedException when no single code can be found, or no form to follow
   */
  static IndexNumber pick(String configuredCode, List<IndexNumber> existing, int year, int month, Path siteConfig,
      IndexScheme scheme) {
    String code = configuredCode != null ? configuredCode : codeOfReports(existing, siteConfig);
    List<IndexNumber> same = existing.stream().filter(n -> n.code().equals(code)).toList();
    List<IndexNumber> models = same.isEmpty() ? existing : same;
    IndexNumber template = models.stream()
        .max(Comparator.comparingInt(IndexNumber::year).thenComparing(IndexNumber::serial, SERIAL))
        .map(n -> n.codeAt() == null ? n : n.withCode(code))
        .orElse(null);
    int width = models.stream().mapToInt(n -> n.serial().length()).max().orElse(DEFAULT_WIDTH);
    BigInteger highest = same.stream()
        .filter(n -> !n.hasYear() || n.year() == year)
        .map(IndexNumber::serial)
        .filter(s -> s.matches("[0-9]+"))
        .map(BigInteger::new)
        .max(Comparator.naturalOrder())
        .orElse(BigInteger.ZERO);
    String serial = pad(highest.add(BigInteger.ONE), width);
    String text = template == null
        ? code + "/" + year + "-" + serial
        : template.withYear(year).withMonth(month).withSerial(serial).text();
    try {
      return scheme.parse(text);
    } catch (InvalidValue e) {
      // Only a declared scheme with no report yet: the default form is a guess that did not fit.
      throw new BuildFailedException(Problem.at(siteConfig, 0, Message.of("content.index.new.no-form", text),
          Message.of("content.index.new.no-form.fix")));
    }
  }

  // Serials compare as numbers: 9 before 10, whatever their zero-padding.
  private static final Comparator<String> SERIAL = Comparator.comparing((String s) -> s.replaceFirst("^0+(?=.)", ""),
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

  private static String pad(BigInteger serial, int width) {
    String digits = serial.toString();
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private static String codeOfReports(List<IndexNumber> existing, Path siteConfig) {
    TreeSet<String> codes = new TreeSet<>();
    existing.forEach(n -> codes.add(n.code()));
    Message fix = Message.of("content.index.new.code.fix");
    if (codes.isEmpty()) {
      throw new BuildFailedException(Problem.at(siteConfig, 0, Message.of("content.index.new.no-code"), fix));
    }
    if (codes.size() > 1) {
      throw new BuildFailedException(
          Problem.at(siteConfig, 0, Message.of("content.index.new.codes", codes.size(), List.copyOf(codes)), fix));
    }
    return codes.first();
  }
}
