package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import gongkai.output.OutputDirectory;
import gongkai.output.OutputLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds into one output folder: one at a time, never a mixed or incomplete folder. */
class ConcurrentBuildTest {
  private static final String BUSY =
      ": error: another gongkai build is writing this output folder — wait until it has finished, then build"
          + " again (only one build at a time may write a folder)";

  @TempDir Path tmp;
  private Path site;

  @BeforeEach
  void writeSite() throws IOException {
    site = tmp.resolve("site");
    TestSites.copyTree(TestSites.projectRoot().resolve("themes"), site.resolve("themes"));
    write("content/site.yaml", "title: 测试局政府信息公开\nbase_url: https://www.example.gov.cn/jtj/\norganization: 测试局\n");
    for (int i = 0; i < 12; i++) {
      write("content/gkml/2024/r" + i + ".md", report(i, "正文。"));
    }
  }

  private static String report(int i, String body) {
    return "---\ntitle: 报告" + i + "\nindex_no: 113715020044301982/2024-" + (45222100 + i) + "\ndate: 2024-01-0" + (1 + i % 9)
        + " 15:54:42\n---\n\n" + body + "\n";
  }

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private record Run(int code, String out, String err) {}

  private Run build(String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("--lang", "en", "build", "--source", site.toString()));
    args.addAll(Arrays.asList(extra));
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  private static Map<String, String> bytes(Path dir) {
    Map<String, String> files = new TreeMap<>();
    TestSites.files(dir).forEach((path, b) -> files.put(path, new String(b, StandardCharsets.ISO_8859_1)));
    return files;
  }

  private Map<String, String> freshBuild() throws IOException {
    Path fresh = tmp.resolve("fresh-" + System.nanoTime());
    Run run = build("--out", fresh.toString());
    assertThat(run.code()).as(run.err()).isZero();
    return bytes(fresh);
  }

  @Test
  void twoBuildsAtRandomOffsetsAlwaysLeaveACompleteSite() throws Exception {
    Random random = new Random(20241202);
    for (int round = 0; round < 8; round++) {
      // Each round changes a report, so both builds have real work to do.
      write("content/gkml/2024/r" + (round % 12) + ".md", report(round % 12, "第" + round + "轮正文。"));
      if (round % 3 == 2) {
        Files.delete(site.resolve("content/gkml/2024/r" + (round % 12) + ".md"));
      }
      Map<String, String> expected = freshBuild();
      int delayA = random.nextInt(150);
      int delayB = random.nextInt(150);
      // Round 5 and later give the second build no time to wait: one of them may be refused.
      String wait = round < 5 ? "30" : "0";
      CompletableFuture<Run> a = CompletableFuture.supplyAsync(() -> later(delayA, wait));
      CompletableFuture<Run> b = CompletableFuture.supplyAsync(() -> later(delayB, wait));
      List<Run> runs = List.of(a.get(2, TimeUnit.MINUTES), b.get(2, TimeUnit.MINUTES));

      assertThat(runs).as("round %d", round).anyMatch(r -> r.code() == 0);
      for (Run r : runs) {
        if (r.code() != 0) {
          assertThat(r.code()).as(r.err()).isEqualTo(Main.PROBLEMS);
          assertThat(r.err().lines()).containsExactly(site.resolve("public") + BUSY, "Build failed: 1 error. Nothing was written to public/.");
        } else {
          assertThat(r.err()).isEmpty();
        }
      }
      assertThat(bytes(site.resolve("public"))).as("round %d", round).isEqualTo(expected);
      // The cache vouches only for what is there: the next build finds the folder complete.
      Run again = build();
      assertThat(again.code()).isZero();
      assertThat(again.out()).contains(": 0 written,");
      assertThat(bytes(site.resolve("public"))).isEqualTo(expected);
      assertThat(tmp.resolve("site").resolve(".public.new")).doesNotExist();
    }
  }

  private Run later(int millis, String wait) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return build("--wait", wait);
  }

  @Test
  void buildRefusesWhileAnotherHoldsTheFolderAndTouchesNothing() throws IOException {
    assertThat(build().code()).isZero();
    Map<String, String> before = bytes(site.resolve("public"));
    write("content/gkml/2024/r0.md", report(0, "改过的正文。"));

    try (OutputLock held = OutputLock.acquire(new OutputDirectory(site.resolve("public")), Duration.ZERO)) {
      Run refused = build("--wait", "0");

      assertThat(refused.code()).isEqualTo(Main.PROBLEMS);
      assertThat(refused.err().lines()).containsExactly(site.resolve("public") + BUSY, "Build failed: 1 error. Nothing was written to public/.");
    }
    assertThat(bytes(site.resolve("public"))).isEqualTo(before);
  }

  @Test
  void buildWaitsForTheOtherBuildToFinish() throws Exception {
    OutputLock held = OutputLock.acquire(new OutputDirectory(site.resolve("public")), Duration.ZERO);
    CompletableFuture<Run> waiting = CompletableFuture.supplyAsync(() -> build("--wait", "20"));
    Thread.sleep(300);
    assertThat(waiting).isNotDone();
    held.close();

    Run run = waiting.get(2, TimeUnit.MINUTES);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(bytes(site.resolve("public"))).isEqualTo(freshBuild());
  }

  @Test
  void lockHeldByAnotherProcessIsRespected() throws Exception {
    Path ready = tmp.resolve("ready");
    // A second JVM takes the lock (the file lock is the operating system's, across processes).
    Process holder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), site.resolve("public").toString(), ready.toString())
        .redirectErrorStream(true).start();
    try {
      for (int i = 0; i < 600 && !Files.exists(ready); i++) {
        Thread.sleep(50);
      }
      assertThat(ready).exists();

      Run refused = build("--wait", "1");

      assertThat(refused.err().lines()).containsExactly(site.resolve("public") + BUSY, "Build failed: 1 error. Nothing was written to public/.");
      assertThat(site.resolve("public")).doesNotExist();
    } finally {
      holder.getOutputStream().close(); // the holder exits when its input ends
      holder.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(build("--wait", "0").code()).isZero();
  }

  /** Holds an output folder's lock until its standard input ends. */
  static final class LockHolder {
    public static void main(String[] args) throws IOException {
      try (OutputLock lock = OutputLock.acquire(new OutputDirectory(Path.of(args[0])), Duration.ZERO)) {
        Files.createFile(Path.of(args[1]));
        while (System.in.read() >= 0) {
          // wait
        }
      }
    }
  }
}
