package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at any moment leaves the output folder as the previous build or the new
 * one, never a mix: a child JVM publishes two versions of a site over and over, and is killed at
 * random points while it writes.
 */
class KilledBuildTest {
  private static final int FILES = 300;

  @TempDir Path tmp;

  /** The child: publishes version 0, 1, 0, 1, … of the site into {@code args[0]} until killed. */
  public static void main(String[] args) {
    OutputDirectory output = new OutputDirectory(Path.of(args[0]));
    for (int round = 0; ; round++) {
      output.sync(site(round % 2));
      System.out.println("published " + round);
      System.out.flush();
    }
  }

  /** Two versions that differ in every other file, in the set of files and in one folder's shape. */
  static List<OutputFile> site(int version) {
    List<OutputFile> files = new ArrayList<>();
    char[] filler = new char[20_000];
    Arrays.fill(filler, (char) ('甲' + version));
    for (int i = 0; i < FILES; i++) {
      String text = (i % 2 == 0 ? "版本" + version : "不变") + i + new String(filler);
      files.add(OutputFile.text("gkml/" + (i % 10) + "/r" + i + "/index.html", text));
    }
    files.add(OutputFile.text(version == 0 ? "only-in-0.html" : "only-in-1/index.html", "v" + version));
    return files;
  }

  private static Map<String, byte[]> expected(int version) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put(OutputDirectory.MARKER, OutputDirectory.MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
    site(version).forEach(f -> files.put(f.path(), f.bytes()));
    return files;
  }

  @Test
  void killedBuildLeavesThePreviousOrTheNewSiteAfterRecovery() throws Exception {
    Path out = tmp.resolve("public");
    String java = ProcessHandle.current().info().command().orElse("java");
    Random random = new Random(8);
    int killedMidWrite = 0;
    for (int kill = 0; kill < 6; kill++) {
      Process child =
          new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KilledBuildTest.class.getName(), out.toString())
              .redirectErrorStream(true)
              .start();
      // Wait until at least one build has been published, then kill at a random moment of the next ones.
      var reader = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = reader.readLine();
      assertThat(line).as("child output").startsWith("published");
      Thread.sleep(random.nextInt(400));
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      if (Files.exists(tmp.resolve(".public.new")) || !Files.exists(out)) {
        killedMidWrite++;
      }

      new OutputDirectory(out).recover();

      Map<String, byte[]> published = TestSites.files(out);
      assertThat(published).satisfiesAnyOf(
          p -> assertThat(p).containsOnlyKeys(expected(0).keySet()).allSatisfy((k, v) -> assertThat(v).isEqualTo(expected(0).get(k))),
          p -> assertThat(p).containsOnlyKeys(expected(1).keySet()).allSatisfy((k, v) -> assertThat(v).isEqualTo(expected(1).get(k))));
      assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".public."));
    }
    // The kills must have hit builds at work, or this test proves nothing.
    assertThat(killedMidWrite).isPositive();
  }

  @Test
  void switchKilledBetweenItsTwoRenamesIsUndoneAtTheNextStart() throws IOException {
    Path out = tmp.resolve("public");
    OutputDirectory output = new OutputDirectory(out);
    output.sync(site(0));
    // What a kill right after the first rename of the switch leaves: no public/, the old one aside.
    Files.move(out, output.oldDir());
    Files.createDirectories(output.stageDir());
    Files.writeString(output.stageDir().resolve("half.html"), "半");

    output.recover();

    assertThat(TestSites.files(out)).containsOnlyKeys(expected(0).keySet());
    assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".public."));
  }
}
