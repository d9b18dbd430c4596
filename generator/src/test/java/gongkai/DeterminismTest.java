package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESIGN.md: same input, same bytes; files whose bytes did not change are not rewritten. */
class DeterminismTest {
  @Test
  void buildingTwiceGivesByteIdenticalOutput(@TempDir Path tmp) {
    Build.run(new BuildOptions(TestSites.projectRoot(), tmp.resolve("a"), false, null));
    Build.run(new BuildOptions(TestSites.projectRoot(), tmp.resolve("b"), false, null));
    Map<String, byte[]> a = TestSites.files(tmp.resolve("a"));
    Map<String, byte[]> b = TestSites.files(tmp.resolve("b"));
    assertThat(a.keySet()).isEqualTo(b.keySet());
    a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void rebuildingUnchangedContentRewritesNothing(@TempDir Path out) throws Exception {
    BuildResult first = Build.run(new BuildOptions(TestSites.projectRoot(), out, false, null));
    Path page = out.resolve("gkml/2024/fazhi-report/index.html");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(page, old);

    BuildResult second = Build.run(new BuildOptions(TestSites.projectRoot(), out, false, null));

    assertThat(second.written()).isZero();
    assertThat(second.removed()).isZero();
    assertThat(second.unchanged()).isEqualTo(first.written());
    assertThat(Files.getLastModifiedTime(page)).isEqualTo(old);
  }
}
