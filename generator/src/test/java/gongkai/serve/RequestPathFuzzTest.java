package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Issue 22: whatever path a request line carries — dot segments plain, percent-encoded or in
 * overlong UTF-8, NUL, backslashes, drive letters, absurd lengths — the preview answers a file of
 * the site or nothing, never a file beside it ({@code secret.txt}), and never throws. Seeded, so a
 * failure is the same on every run.
 */
class RequestPathFuzzTest {
  static final int TRIES = 3000;

  private static final List<String> PIECES = List.of(
      "..", ".", "%2e%2e", "%2E%2E", "%2e.", ".%2e", "%252e%252e", "%c0%ae%c0%ae", "%e0%80%ae", "%c0%af", "%c1%9c",
      "%00", "%2f", "%2F", "%5c", "\\", "/", "//", "C:", "c%3a", "secret.txt", "index.html", "gkml", "2024", "年度报告",
      "%E5%B9%B4", "%E5%B9", "%", "%zz", "%ff", "~", "?", "#", ";", "jtj", "%20", " ", "\t", "\u0000", "\u202e", "%u002e",
      "..;", "...", "%2e%2e%2f", "..%2f", "..\\", "%c0%2e", "%ef%bc%8e%ef%bc%8e", "．．", "/jtj/", "/jtj/../", "A".repeat(300));

  private static Path tmp;
  private static Path out;
  private static DiskFiles files;

  @BeforeContainer
  static void writeSite() throws IOException {
    tmp = Files.createTempDirectory("gongkai-request-fuzz");
    out = tmp.resolve("out");
    Files.createDirectories(out.resolve("gkml/2024/年度报告"));
    Files.writeString(out.resolve("index.html"), "home");
    Files.writeString(out.resolve("gkml/2024/年度报告/index.html"), "report");
    Files.writeString(tmp.resolve("secret.txt"), "not part of the site");
    Files.writeString(tmp.resolve("index.html"), "not part of the site either");
    files = new DiskFiles(out);
  }

  @AfterContainer
  static void remove() throws IOException {
    try (var walk = Files.walk(tmp)) {
      for (Path path : (Iterable<Path>) walk.sorted((a, b) -> b.compareTo(a))::iterator) {
        Files.delete(path);
      }
    }
  }

  @Property(tries = TRIES, seed = "20261203", shrinking = ShrinkingMode.OFF)
  void aRequestPathAnswersAFileOfTheSiteOrNothing(@ForAll("seeds") long seed) throws IOException {
    String raw = path(new Random(seed));
    RequestTarget target;
    try {
      target = RequestPath.resolve(raw, "/jtj/", files);
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ": " + e + " for " + raw, e);
    }
    if (target instanceof RequestTarget.File file) {
      Path served = out.resolve(file.path()).normalize();
      assertThat(served.startsWith(out)).as(raw).isTrue();
      assertThat(served.toRealPath().startsWith(out.toRealPath())).as(raw).isTrue();
      byte[] bytes = files.read(file.path());
      assertThat(bytes).as(raw).isNotNull();
      assertThat(new String(bytes, StandardCharsets.UTF_8)).as(raw).doesNotContain("not part of the site");
    }
    if (target instanceof RequestTarget.Redirect redirect) {
      // A redirect stays on this server: a path, never //host or a scheme.
      assertThat(redirect.location()).as(raw).startsWith("/").doesNotStartWith("//");
    }
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /** A path of random pieces, mostly under the base path, sometimes absurdly long or not a path at all. */
  static String path(Random random) {
    StringBuilder path = new StringBuilder(random.nextInt(10) == 0 ? "" : random.nextBoolean() ? "/jtj/" : "/");
    int pieces = random.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      path.append(PIECES.get(random.nextInt(PIECES.size())));
      if (random.nextInt(3) > 0) {
        path.append('/');
      }
    }
    if (random.nextInt(40) == 0) {
      path.append("../".repeat(1 + random.nextInt(5000)));
    }
    if (random.nextInt(40) == 0) {
      path.append("a".repeat(1 + random.nextInt(100_000)));
    }
    return path.toString();
  }
}
