package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.SiteOutput;
import gongkai.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview holds a site's outputs as the build's list gives them, with the build's collision rule. */
class MemorySiteTest {
  private static SiteOutput.File file(String path, String text) {
    return new SiteOutput.File(path, () -> text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anEntryOfTheListIsServedWithNothingElseToChange() {
    MemorySite site = MemorySite.of(List.of(file("index.html", "home"), file("example/hello.txt", "你好")));
    assertThat(new String(site.read("example/hello.txt"), StandardCharsets.UTF_8)).isEqualTo("你好");
    assertThat(site.isDirectory("example")).isTrue();
  }

  @Test
  void twoOutputsAtOnePathFailAsInABuild() {
    assertThatThrownBy(() -> MemorySite.of(List.of(file("robots.txt", "a"), file("robots.txt", "b"))))
        .hasMessage(OutputFile.twoOutputsFor("robots.txt").getMessage());
  }

  @Test
  void aFileInsideAGroupsFolderFailsAsInABuild() {
    SiteOutput.Group index = new SiteOutput.Group("search-index/", () -> List.of(OutputFile.text("search-index/meta.json", "{}")));
    assertThatThrownBy(() -> MemorySite.of(List.of(index, file("search-index/meta.json", "x"))))
        .hasMessage("two outputs for search-index/meta.json");
    assertThatThrownBy(() -> MemorySite.of(List.of(file("search-index/meta.json", "x"), index)))
        .hasMessage("two outputs for search-index/meta.json");
  }

  @Test
  void aGroupsFilesAreMadeOnTheFirstRequestBelowItsFolder() {
    int[] made = {0};
    SiteOutput.Group index = new SiteOutput.Group("search-index/", () -> {
      made[0]++;
      return List.of(OutputFile.text("search-index/meta.json", "{}"));
    });
    MemorySite site = MemorySite.of(List.of(file("index.html", "home"), index));
    assertThat(made[0]).isZero();
    assertThat(site.read("search-index/meta.json")).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    assertThat(site.read("search-index/none.json")).isNull();
    assertThat(made[0]).isEqualTo(1);
  }
}
