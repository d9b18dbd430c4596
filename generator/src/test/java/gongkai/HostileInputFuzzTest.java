package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import gongkai.problem.Visible;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 22: front matter of random YAML shapes (types, anchors and aliases, tags, control
 * characters, nesting) over Markdown of random structure (nesting, reference definitions, HTML
 * fragments, huge lines). Whatever is generated, a build ends in pages or in problems that each
 * name a file under content/ and a line of at least 1 on one line of text, never in another
 * exception; every page it writes is free of the characters HTML forbids. Unlike
 * {@link FuzzBuildTest}, which flips the bytes of one valid report, this builds each report from
 * its grammar, so every shape is reached. Seeded, so a failure repeats.
 */
class HostileInputFuzzTest {
  static final int TRIES = 150;

  private static final List<String> KEYS = List.of(
      "title", "index_no", "date", "written", "publisher", "doc_no", "category", "keywords", "validity", "summary",
      "slug", "attachments", "draft", "expires", "updated", "replaced_by", "revisions", "banner", "x", "<<");

  private static final List<String> SCALARS = List.of(
      "0x1F", "010", "0o17", "1_000", "+12", ".inf", "-.nan", "1e3", "1.50", "yes", "No", "on", "~", "null", "true", "''", "\"\"",
      "2024-01-05", "2024-02-30", "10000-01-01", "\"9999-12-31T23:59:59-14:00\"", "2021年8月18日", "12:30", "东交发〔2024〕3号",
      "\"a\\0b\"", "\"\\x01\"", "\"\\e[31m\"", "\"\\uFFFE\"", "\"\\b\\f\"", "\"two\\nlines\"", "\"\\u2028\"", "!!str 0x1F",
      "!!int \"12\"", "!!binary aGVsbG8=", "!custom x", "!!python/object:os.system x", "*a", "&a 锚", "&a [1, 2]", "*missing",
      "'<script>alert(1)</script>'", "\"\\u202e反\"", "😀", "𠀀", "\"" + "长".repeat(5000) + "\"");

  private static final List<String> BLOCKS = List.of(
      "<style>\nbody{}\n", "<script>x</script>\n", "<pre>\n", "<textarea>", "<!--\n", "<div>\n\n", "</div>\n", "<x y>\n",
      "![x](<x y.png>)\n", "![](tu.png)\n", "[a](fujian.txt)\n", "[a][r1]\n", "[^1]\n\n[^1]: 脚注\n", "```\ncode\n", "```\n",
      "| a | b |\n|---|---|\n| 1 | 2 |\n", "::: 主送\n某局\n:::\n", "# 标题\n", "#### 跳级\n", "---\n", "***\n", "\u0001\n",
      "\u0000", "\u001b[31m红\n", "\f\n", "\uFFFE\n", "\r\n", "\t- tab\n", "\\\n", "&#0;&#x1;&#xFFFE;\n", "&nbsp;\n", "<img src=x onerror=alert(1)>\n",
      "javascript:alert(1)\n", "[x](javascript:alert(1))\n", "https://www.gov.cn/，中文\n", "（请填写）\n");

  private static Path site;

  @BeforeContainer
  static void makeSite() throws IOException {
    site = Files.createTempDirectory("gongkai-hostile");
    Files.createDirectories(site.resolve("content/gkml/2024"));
    Files.writeString(
        site.resolve("content/site.yaml"), "title: 示例\nbase_url: https://gk.example.org/jtj/\norganization: 示例局\n", StandardCharsets.UTF_8);
    Files.writeString(site.resolve("content/gkml/2024/fujian.txt"), "附件\n", StandardCharsets.UTF_8);
    Files.copy(TestSites.testResources().resolve("sites/report-files/content/gkml/2024/图表/客运量.png"), site.resolve("content/gkml/2024/tu.png"));
    TestSites.copyTree(TestSites.projectRoot().resolve("themes"), site.resolve("themes"));
  }

  @AfterContainer
  static void removeSite() throws IOException {
    try (var walk = Files.walk(site)) {
      for (Path path : (Iterable<Path>) walk.sorted((a, b) -> b.compareTo(a))::iterator) {
        Files.delete(path);
      }
    }
  }

  @Property(tries = TRIES, seed = "20261203", shrinking = ShrinkingMode.OFF)
  void hostileReportBuildsCleanPagesOrFailsWithLocatedProblems(@ForAll("seeds") long seed) throws IOException {
    Random random = new Random(seed);
    String report = frontMatter(random) + body(random);
    Files.writeString(site.resolve("content/gkml/2024/report.md"), report, StandardCharsets.UTF_8);
    Path out = site.resolve("public");
    try {
      Build.run(new BuildOptions(site, out, false, null));
      for (Map.Entry<String, byte[]> file : TestSites.files(out).entrySet()) {
        if (file.getKey().endsWith(".html") || file.getKey().endsWith(".xml")) {
          String text = new String(file.getValue(), StandardCharsets.UTF_8);
          int bad = Visible.firstForbidden(text);
          assertThat(bad).as("seed %d: %s holds %s near …%s…", seed, file.getKey(), bad < 0 ? "" : Visible.name(text.codePointAt(bad)),
              bad < 0 ? "" : Visible.oneLine(text.substring(Math.max(0, bad - 60), Math.min(text.length(), bad + 20)))).isNegative();
        }
      }
    } catch (BuildFailedException e) {
      for (Problem problem : e.problems()) {
        String seen = "seed " + seed + ": " + problem;
        assertThat(problem.file().toString().replace('\\', '/')).as(seen).startsWith("content/");
        assertThat(problem.line()).as(seen).isGreaterThanOrEqualTo(1);
        assertThat(problem.text()).as(seen).isNotBlank().doesNotContain("\n").doesNotContain("\r");
      }
    } catch (RuntimeException | Error e) {
      throw new AssertionError("seed " + seed + " gave " + e + " for\n" + Visible.oneLine(report.length() > 3000 ? report.substring(0, 3000) : report), e);
    }
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /** Mostly a valid report's keys, each value now and then replaced by a hostile shape. */
  static String frontMatter(Random random) {
    StringBuilder yaml = new StringBuilder("---\n");
    yaml.append("title: ").append(random.nextInt(3) == 0 ? value(random, 0) : "关于春运的通知").append('\n');
    yaml.append("index_no: ").append(random.nextInt(6) == 0 ? value(random, 0) : "113715020044301982/2024-00001").append('\n');
    yaml.append("date: ").append(random.nextInt(5) == 0 ? value(random, 0) : "2024-01-05").append('\n');
    int more = random.nextInt(6);
    for (int i = 0; i < more; i++) {
      yaml.append(KEYS.get(random.nextInt(KEYS.size()))).append(": ").append(value(random, 0)).append('\n');
    }
    return yaml.append("---\n\n").toString();
  }

  private static String value(Random random, int depth) {
    return switch (depth > 3 ? 0 : random.nextInt(6)) {
      case 0, 1, 2 -> SCALARS.get(random.nextInt(SCALARS.size()));
      case 3 -> "[" + value(random, depth + 1) + ", " + value(random, depth + 1) + "]";
      case 4 -> "{k: " + value(random, depth + 1) + ", " + (random.nextBoolean() ? "k" : "j") + ": " + value(random, depth + 1) + "}";
      default -> "\n" + "  ".repeat(depth + 1) + "- " + value(random, depth + 1).replace("\n", "\n  ")
          + "\n" + "  ".repeat(depth + 1) + "- file: fujian.txt";
    };
  }

  /** Paragraphs, blocks and fragments, nested, repeated and sometimes huge. */
  static String body(Random random) {
    StringBuilder md = new StringBuilder("正文。\n\n");
    int blocks = random.nextInt(12);
    for (int i = 0; i < blocks; i++) {
      switch (random.nextInt(8)) {
        case 0 -> {
          int depth = 1 + random.nextInt(random.nextInt(10) == 0 ? 300 : 12);
          for (int d = 0; d < depth; d++) {
            md.append("  ".repeat(d)).append(random.nextBoolean() ? "- " : "1. ").append("项").append(d).append('\n');
          }
        }
        case 1 -> {
          int refs = random.nextInt(random.nextInt(10) == 0 ? 1200 : 20);
          for (int r = 0; r < refs; r++) {
            md.append("[r").append(r).append("]: https://example.org/").append(r).append('\n');
          }
          md.append("[用][r1] [用][r9999]\n");
        }
        case 2 -> md.append("> ".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 3000 : 8))).append("引用\n");
        case 3 -> md.append((random.nextInt(2) == 0 ? "长" : "[*_`").repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 100_000 : 50))).append('\n');
        default -> md.append(BLOCKS.get(random.nextInt(BLOCKS.size())));
      }
      md.append(random.nextBoolean() ? "\n" : "\n\n");
    }
    return md.toString();
  }
}
