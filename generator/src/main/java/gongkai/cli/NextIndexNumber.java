package gongkai.cli;

import gongkai.content.IndexNumber;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The 索引号 of a new report: the site's credit code, the year, and one more than the highest serial
 * that code has that year, written as wide as the code's existing serials (zero-padded).
 */
final class NextIndexNumber {
  /** Width of the first serial when no report shows one: {@code 2024-00001}, as the README's examples. */
  static final int DEFAULT_WIDTH = 5;

  private NextIndexNumber() {}

  /**
   * @param configuredCode {@code index_code} from site.yaml, or null to take the reports' code
   * @param existing the 索引号 the reports use
   * @param siteConfig the path of site.yaml, named by problems
   * @throws BuildFailedException when no single credit code can be found
   */
  static IndexNumber pick(String configuredCode, List<IndexNumber> existing, int year, Path siteConfig) {
    String code = configuredCode != null ? configuredCode : codeOfReports(existing, siteConfig);
    long highest = 0;
    int width = 0;
    for (IndexNumber number : existing) {
      if (number.creditCode().equals(code)) {
        width = Math.max(width, number.serial().length());
        if (number.year() == year) {
          highest = Math.max(highest, Long.parseLong(number.serial()));
        }
      }
    }
    String serial = String.format(Locale.ROOT, "%0" + (width == 0 ? DEFAULT_WIDTH : width) + "d", highest + 1);
    return new IndexNumber(code, year, serial);
  }

  private static String codeOfReports(List<IndexNumber> existing, Path siteConfig) {
    TreeSet<String> codes = new TreeSet<>();
    existing.forEach(n -> codes.add(n.creditCode()));
    Message fix = Message.of("cli.new.index-code.fix");
    if (codes.isEmpty()) {
      throw new BuildFailedException(Problem.at(siteConfig, 0, Message.of("cli.new.index-code.none"), fix));
    }
    if (codes.size() > 1) {
      throw new BuildFailedException(
          Problem.at(siteConfig, 0, Message.of("cli.new.index-code.several", codes.size(), List.copyOf(codes)), fix));
    }
    return codes.first();
  }
}
