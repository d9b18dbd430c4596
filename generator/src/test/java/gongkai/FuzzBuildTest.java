package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
 * Issue 7: whatever an editor's file holds, the build either succeeds or fails with problems that
 * name a file and line; it never ends in another exception (a stack trace is for bugs, ARCHITECTURE
 * invariants). A valid report, its image and front matter are mutated: byte flips, truncation, YAML
 * and Markdown tokens, Unicode, CRLF, BOM and huge values.
 */
class FuzzBuildTest {
  private static final byte[] REPORT = resource("fuzz/report.md");
  private static final byte[] IMAGE = resource("sites/report-files/content/gkml/2024/图表/客运量.png");

  private static final List<String> TOKENS =
      List.of(
          "key: ", "- ", "? ", ": ", "&a ", "*a ", "*missing ", "<<: *a\n", "!!binary ", "!!python/object:x ", "!custom ",
          "---\n", "...\n", "{", "}", "[", "]", "|\n", ">-\n", "  ", "\t", "%YAML 1.2\n", "~", "null", ".nan", "0x1F",
          "2024-13-45", "2024-02-30 25:61:00", "9999-12-31T23:59:59+14:00", "title:\n", "date: [1, 2]\n",
          "attachments: x\n", "attachments:\n  - title: 无文件\n", "  - file: ../../../etc/passwd\n", "  - file: /etc/passwd\n",
          "slug: ../../x\n", "slug: A B\n", "keywords: {a: 1}\n", "draft: yes\n", "index_no: 113715020044301983/2023-1\n",
          "\"", "'", "#", "\\", "%", "\u0000", "\uFEFF", "\r", "\r\n", "\u2028", "\u202E", "😀", "〔〕", "𠀀",
          "[x](", "![", "](", "<", "|---|---|\n", "[^1]", "[^", "## ", "```", "<script>", "<!--", "<img src=\"../x.png\">",
          "](../../../etc/passwd)", "![a](/abs.png)", "[a](../x.pdf)", "[a](%ZZ)", "[a](C:\\x)", "![](file:///etc/passwd)",
          "[a](<>)", "[a](?q#f)", "![](tu.png?x#y)", "[a](fujian.txt#frag)", "![](./)", "[a](.)", "![](%E5%9B%BE.png)");

  private static Path site;

  @BeforeContainer
  static void makeSite() throws IOException {
    site = Files.createTempDirectory("gongkai-fuzz");
    Files.createDirectories(site.resolve("content/gkml/2024"));
    Files.writeString(
        site.resolve("content/site.yaml"), "title: 示例\nbase_url: https://gk.example.org/jtj/\norganization: 示例局\n", StandardCharsets.UTF_8);
    Files.writeString(site.resolve("content/gkml/2024/fujian.txt"), "附件\n", StandardCharsets.UTF_8);
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

  @Property(tries = 120, seed = "20261126", shrinking = ShrinkingMode.OFF)
  void mutatedReportBuildsOrFailsWithLocatedProblems(@ForAll("mutations") long mutation) throws IOException {
    Random random = new Random(mutation);
    byte[] report = mutate(REPORT, random);
    byte[] image = random.nextInt(4) == 0 ? mutate(IMAGE, random) : IMAGE;
    Files.write(site.resolve("content/gkml/2024/report.md"), report);
    Files.write(site.resolve("content/gkml/2024/tu.png"), image);
    try {
      Build.run(new BuildOptions(site, site.resolve("public"), false, null));
    } catch (BuildFailedException e) {
      for (Problem problem : e.problems()) {
        assertThat(problem.file().toString().replace('\\', '/')).as(problem.toString()).startsWith("content/");
        assertThat(problem.line()).as(problem.toString()).isGreaterThanOrEqualTo(0);
        assertThat(problem.text()).as(problem.toString()).isNotBlank();
      }
    } catch (RuntimeException | Error e) {
      String text = new String(report, StandardCharsets.UTF_8);
      throw new AssertionError(
          "mutation seed " + mutation + " gave " + e + " for\n" + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text), e);
    }
  }

  @Provide
  Arbitrary<Long> mutations() {
    return Arbitraries.longs();
  }

  /** {@code original} after one to five random mutations. */
  static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int count = 1 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      bytes = switch (random.nextInt(8)) {
        case 0 -> flip(bytes, random);
        case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        case 2, 3 -> insert(bytes, random, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
        case 4 -> crlfAndBom(bytes, random);
        case 5 -> insert(bytes, random, huge(random));
        case 6 -> delete(bytes, random);
        default -> duplicateLine(bytes, random);
      };
    }
    return bytes;
  }

  private static byte[] flip(byte[] bytes, Random random) {
    if (bytes.length > 0) {
      bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return bytes;
  }

  private static byte[] insert(byte[] bytes, Random random, byte[] what) {
    int at = atLineStartOrAnywhere(bytes, random);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + what.length);
    out.write(bytes, 0, at);
    out.writeBytes(what);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static byte[] delete(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    int from = random.nextInt(bytes.length);
    int to = Math.min(bytes.length, from + 1 + random.nextInt(40));
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    out.write(bytes, 0, from);
    out.write(bytes, to, bytes.length - to);
    return out.toByteArray();
  }

  private static byte[] duplicateLine(byte[] bytes, Random random) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\n", -1);
    int i = random.nextInt(lines.length);
    return insert(bytes, random, (lines[i] + "\n").getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] crlfAndBom(byte[] bytes, Random random) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (random.nextBoolean()) {
      text = text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
    byte[] converted = text.getBytes(StandardCharsets.ISO_8859_1);
    if (random.nextBoolean()) {
      byte[] withBom = new byte[converted.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(converted, 0, withBom, 3, converted.length);
      return withBom;
    }
    return converted;
  }

  private static byte[] huge(Random random) {
    String unit = switch (random.nextInt(5)) {
      case 0 -> "长";
      case 1 -> "[";
      case 2 -> "- ";
      case 3 -> "> ";
      default -> "*a ";
    };
    return unit.repeat(1 + random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8);
  }

  /** Half the time at the start of a line, where a YAML or Markdown token means most. */
  private static int atLineStartOrAnywhere(byte[] bytes, Random random) {
    int at = random.nextInt(bytes.length + 1);
    if (random.nextBoolean()) {
      while (at > 0 && bytes[at - 1] != '\n') {
        at--;
      }
    }
    return at;
  }

  private static byte[] resource(String path) {
    try {
      return Files.readAllBytes(TestSites.testResources().resolve(path));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
