package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.check.CheckedSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one list of a site's outputs is what a build writes: every entry, and nothing else. */
class SiteOutputsTest {
  @TempDir Path tmp;

  @Test
  void aBuildWritesExactlyTheListedOutputsWithTheirBytes() throws IOException {
    Path site = TestSites.assemble(TestSites.projectRoot().resolve("content"), tmp.resolve("site"));
    Path out = tmp.resolve("public");
    Build.run(new BuildOptions(site, out, false, null));

    Pipeline pipeline = Pipeline.once(site);
    CheckedSite checked = pipeline.check(new BuildOptions(site, out, false, null));
    Map<String, byte[]> listed = new TreeMap<>();
    for (SiteOutput entry : pipeline.outputs(checked, false).entries()) {
      if (entry instanceof SiteOutput.File file) {
        listed.put(file.path(), file.bytes().get());
      } else if (entry instanceof SiteOutput.Pages pages) {
        pages.pages().get().jobs().forEach(job -> listed.put(job.path(), job.bytes()));
      } else if (entry instanceof SiteOutput.Group group) {
        group.make().forEach(file -> listed.put(file.path(), file.bytes()));
      }
    }
    Map<String, byte[]> written = new TreeMap<>(TestSites.files(out));
    // OutputDirectory's mark that the folder is a gongkai output (so a build may replace it), not a site file.
    assertThat(written.remove(".gongkai-output")).isNotNull();
    assertThat(new java.util.TreeSet<>(written.keySet())).containsExactlyElementsOf(listed.keySet());
    written.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(listed.get(path)));
  }

  @Test
  void countsAreCountedFromBothEditionsPages() throws IOException {
    Path site = TestSites.assemble(TestSites.projectRoot().resolve("content"), tmp.resolve("site"));
    Pipeline pipeline = Pipeline.once(site);
    SiteOutputs outputs = pipeline.outputs(pipeline.check(new BuildOptions(site, tmp.resolve("public"), false, null)), false);
    List<String> care = new ArrayList<>();
    outputs.pages(gongkai.site.Edition.CARE).jobs().forEach(job -> care.add(job.path()));
    int standard = outputs.pages(gongkai.site.Edition.STANDARD).jobs().size();
    assertThat(care).allMatch(path -> path.startsWith("care/")).isNotEmpty();
    assertThat(outputs.counts().pages()).isEqualTo(standard + care.size());
    assertThat(outputs.pagePaths()).hasSize(outputs.counts().pages()).doesNotHaveDuplicates();
    assertThat(outputs.counts().qrCodes()).isLessThan(outputs.counts().pages()).isGreaterThan(0); // 404 pages have none
  }

  @Test
  void theReservedNamesAreTheNamesTheOutputsTakeBesideTheSections() throws IOException {
    Path site = TestSites.assemble(TestSites.projectRoot().resolve("content"), tmp.resolve("site"));
    Pipeline pipeline = Pipeline.once(site);
    CheckedSite checked = pipeline.check(new BuildOptions(site, tmp.resolve("public"), false, null));
    java.util.Set<String> sections = new java.util.TreeSet<>();
    checked.standard().sections().forEach(section -> sections.add(section.name()));
    java.util.Set<String> top = new java.util.TreeSet<>();
    java.util.Set<String> inSection = new java.util.TreeSet<>();
    java.util.function.Consumer<String> add = path -> {
      String[] parts = path.split("/");
      if (!sections.contains(parts[0])) {
        top.add(parts[0]);
      } else if (parts.length > 1 && checked.standard().reports().stream().noneMatch(r -> r.path().startsWith(parts[0] + "/" + parts[1] + "/"))) {
        inSection.add(parts[1]);
      }
    };
    for (SiteOutput entry : pipeline.outputs(checked, false).entries()) {
      if (entry instanceof SiteOutput.File file) {
        add.accept(file.path());
      } else if (entry instanceof SiteOutput.Pages pages) {
        pages.pages().get().jobs().forEach(job -> add.accept(job.path()));
      } else if (entry instanceof SiteOutput.Group group) {
        add.accept(group.prefix() + "x");
      }
    }
    // A new output beside the sections must be reserved, or a section folder of its name would clash with it.
    assertThat(top).containsExactlyInAnyOrderElementsOf(SiteOutputs.RESERVED_NAMES);
    assertThat(SiteOutputs.RESERVED_IN_SECTION).containsAll(inSection);
  }
}
