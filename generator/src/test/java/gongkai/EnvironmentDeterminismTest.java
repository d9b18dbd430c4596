package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 and DESIGN.md "same input, same bytes": the output does not depend on the machine's time
 * zone, locale, default charset or the order in which the file system lists a folder.
 */
class EnvironmentDeterminismTest {
  @Test
  void buildsUnderOtherZonesLocalesAndCharsetsGiveTheSameBytes(@TempDir Path tmp) throws Exception {
    Path site = TestSites.projectRoot();
    // In this JVM: surefire runs the tests under America/Los_Angeles and the Turkish locale.
    Build.run(new BuildOptions(site, tmp.resolve("here"), false, null));
    // Java takes the encoding of file names from the system locale, so that stays a UTF-8 one (the
    // only one every Linux has is C.UTF-8); language and region are set through -Duser.*.
    // UTC+14 and Turkish (dotless i: "I".toLowerCase() is "ı"), with Latin-1 as the default charset.
    fork(site, tmp.resolve("kiritimati"),
        Map.of("TZ", "Pacific/Kiritimati", "LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"),
        "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1");
    // UTC−3:30 from TZ alone, and Thai with the Buddhist calendar and Thai digits.
    fork(site, tmp.resolve("st-johns"),
        Map.of("TZ", "America/St_Johns", "LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"),
        "-Duser.language=th", "-Duser.country=TH", "-Duser.variant=TH", "-Dfile.encoding=UTF-8");

    Map<String, byte[]> here = TestSites.files(tmp.resolve("here"));
    for (String other : List.of("kiritimati", "st-johns")) {
      Map<String, byte[]> there = TestSites.files(tmp.resolve(other));
      assertThat(there.keySet()).as(other).isEqualTo(here.keySet());
      here.forEach((path, bytes) -> assertThat(there.get(path)).as(other + ": " + path).isEqualTo(bytes));
    }
  }

  @Test
  void buildThatLetsEveryTextAndBodyGoGivesTheSameBytes(@TempDir Path tmp) throws Exception {
    // A budget of 0 keeps only the value made last: every report's text is read again and every
    // body rendered again each time a later stage needs it, as in a big site in a small heap.
    Path site = TestSites.projectRoot();
    Build.run(new BuildOptions(site, tmp.resolve("here"), false, null));
    fork(site, tmp.resolve("no-budget"), Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), "-Dgongkai.memoryBudget=0");

    Map<String, byte[]> here = TestSites.files(tmp.resolve("here"));
    Map<String, byte[]> there = TestSites.files(tmp.resolve("no-budget"));
    assertThat(there.keySet()).isEqualTo(here.keySet());
    here.forEach((path, bytes) -> assertThat(there.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void theOrderFilesWereCreatedInDoesNotChangeTheOutput(@TempDir Path tmp) throws IOException {
    Path sample = TestSites.projectRoot();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Stream.concat(Files.walk(sample.resolve("content")), Files.walk(sample.resolve("themes")))) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    files.sort(null);
    // Names that sort differently by code point, by locale and by case, created in opposite orders.
    List<String> extra = List.of("B.md", "a.md", "Ä.md", "é.md", "10.md", "9.md", "年度.md", "z-报告.md");
    Path forward = copy(sample, files, extra, tmp.resolve("forward"));
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);
    List<String> extraReversed = new ArrayList<>(extra);
    Collections.reverse(extraReversed);
    Path backward = copy(sample, reversed, extraReversed, tmp.resolve("backward"));

    Build.run(new BuildOptions(forward, tmp.resolve("out-forward"), false, null));
    Build.run(new BuildOptions(backward, tmp.resolve("out-backward"), false, null));

    Map<String, byte[]> a = TestSites.files(tmp.resolve("out-forward"));
    Map<String, byte[]> b = TestSites.files(tmp.resolve("out-backward"));
    assertThat(a).containsKey("tzgg/2024/nian-du/index.html").containsKey("tzgg/2024/b-upper/index.html");
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
  }

  /** Copies {@code files} of the sample in the given order, then adds notices named {@code extra}. */
  private static Path copy(Path sample, List<Path> files, List<String> extra, Path target) throws IOException {
    for (Path file : files) {
      Path dest = target.resolve(sample.relativize(file).toString());
      Files.createDirectories(dest.getParent());
      Files.copy(file, dest);
    }
    for (int i = 0; i < extra.size(); i++) {
      String name = extra.get(i);
      Files.writeString(
          target.resolve("content/tzgg/2024").resolve(name),
          "---\ntitle: 通知" + name + "\nindex_no: 113715020044301982/2024-" + String.format("%05d", Math.abs(name.hashCode()) % 100000)
              + "\ndate: 2024-05-01\nslug: " + slug(name) + "\n---\n同一天发布的通知" + name + "。\n",
          StandardCharsets.UTF_8);
    }
    return target;
  }

  private static String slug(String name) {
    return switch (name) {
      case "B.md" -> "b-upper";
      case "Ä.md" -> "a-umlaut";
      case "é.md" -> "e-acute";
      case "年度.md" -> "nian-du";
      default -> name.replace(".md", "").replace("z-报告", "z-baogao");
    };
  }

  private static void fork(Path site, Path out, Map<String, String> env, String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "gongkai.cli.Main", "build", "--source", site.toString(), "--out", out.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Path log = Files.createTempFile(out.getParent(), "fork", ".log");
    Process process = builder.redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("forked build finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
  }
}
