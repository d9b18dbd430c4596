package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gongkai new <section> --annual-report YEAR}: an annual report an editor fills in. */
class NewAnnualReportTest {
  private static final Instant NOW = Instant.parse("2027-01-15T02:00:00Z");

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            return type == NewCommand.class ? type.cast(new NewCommand(clock)) : CommandLine.defaultFactory().create(type);
          }
        };
    return Main.run(new CommandLine(new Main(), factory), new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void annualReportSkeletonHasEveryTableAndItsMarkersAndChecksAgainstTheYearBefore() throws IOException {
    Path site = TestSites.assemble(TestSites.projectRoot().resolve("content"), tmp.resolve("site"));

    assertThat(run("new", "ndbg", "--annual-report", "2026", "--source", site.toString())).as(err.toString()).isZero();

    String path = out.toString().strip();
    assertThat(path).isEqualTo("content/ndbg/2027/2026-niandu-baogao.md");
    String report = Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    assertThat(report).contains("title: 东昌府区交通运输局2026年政府信息公开工作年度报告\n");
    assertThat(report).contains("annual_report:\n", "  年度: 2026\n", "  主动公开:\n", "  依申请公开:\n", "  复议诉讼:\n");
    assertThat(report).contains("{{年报表格 二}}", "{{年报表格 三}}", "{{年报表格 四}}");

    // The zeros balance, so the figures give only warnings: 2025 carried applications into 2026
    // that the new report does not take in yet. The errors are the prompts left to fill, each at its
    // line, so the skeleton cannot be published as it is.
    List<String> lines = report.lines().toList();
    int carriedIn = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith("上年结转:")).findFirst().orElseThrow()) + 1;
    assertThat(run("check", "--source", site.toString())).as(out.toString()).isEqualTo(Main.PROBLEMS);
    List<String> problems = out.toString().lines().filter(l -> l.startsWith(path + ":")).toList();
    assertThat(problems).filteredOn(l -> l.startsWith(path + ":" + carriedIn + ":"))
        .hasSize(3)
        .allMatch(l -> l.contains("content/ndbg/2026/2025-niandu-baogao.md"));
    assertThat(problems).filteredOn(l -> !l.startsWith(path + ":" + carriedIn + ":"))
        .isNotEmpty()
        .allMatch(l -> lines.get(Integer.parseInt(l.substring(path.length() + 1).split(":")[0]) - 1).contains("（请填写"));
  }

  @Test
  void aYearThatIsNoYearIsAUsageError() throws IOException {
    Path site = TestSites.assemble(TestSites.projectRoot().resolve("content"), tmp.resolve("site"));

    assertThat(run("new", "ndbg", "--annual-report", "25", "--source", site.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--annual-report 25 不是年份，应写成 --annual-report 2025"); // the sample speaks Chinese
  }
}
