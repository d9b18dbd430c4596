package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gongkai.problem.BuildFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputDirectoryTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
  private static final String MARKER_TEXT = "This folder is written by gongkai build; files not in the build are removed.\n";

  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("public");
  }

  private static List<OutputFile> files(String... pathsAndTexts) {
    List<OutputFile> files = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.add(OutputFile.text(pathsAndTexts[i], pathsAndTexts[i + 1]));
    }
    return files;
  }

  private static Map<String, String> contents(Path dir) {
    Map<String, String> map = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        map.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }

  private static void age(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        Files.setLastModifiedTime(p, LONG_AGO);
      }
    }
  }

  private static List<OutputFile> site() {
    return files("index.html", "首页", "gkml/index.html", "列表", "assets/css/site.css", "body{}");
  }

  @Test
  void firstSyncWritesEveryFileAndTheMarker() {
    SyncResult result = new OutputDirectory(out()).sync(site());

    assertThat(result).isEqualTo(new SyncResult(3, 0, 0));
    assertThat(contents(out()))
        .containsExactly(
            Map.entry(".gongkai-output", MARKER_TEXT),
            Map.entry("assets/css/site.css", "body{}"),
            Map.entry("gkml/index.html", "列表"),
            Map.entry("index.html", "首页"));
  }

  @Test
  void secondIdenticalSyncWritesNothingAndKeepsModificationTimes() throws IOException {
    new OutputDirectory(out()).sync(site());
    age(out());

    SyncResult result = new OutputDirectory(out()).sync(site());

    assertThat(result).isEqualTo(new SyncResult(0, 3, 0));
    for (String path : List.of(".gongkai-output", "index.html", "gkml/index.html", "assets/css/site.css")) {
      assertThat(Files.getLastModifiedTime(out().resolve(path))).as(path).isEqualTo(LONG_AGO);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"列表（新）", "列表", "列子"})
  void changedFileIsRewrittenAndTheOthersAreLeftAlone(String newText) throws IOException {
    new OutputDirectory(out()).sync(files("index.html", "首页", "gkml/index.html", "列表"));
    Files.writeString(out().resolve("gkml/index.html"), "旧的");
    age(out());

    SyncResult result = new OutputDirectory(out()).sync(files("index.html", "首页", "gkml/index.html", newText));

    assertThat(result).isEqualTo(new SyncResult(1, 1, 0));
    assertThat(contents(out())).containsEntry("gkml/index.html", newText);
    assertThat(Files.getLastModifiedTime(out().resolve("gkml/index.html"))).isNotEqualTo(LONG_AGO);
    assertThat(Files.getLastModifiedTime(out().resolve("index.html"))).isEqualTo(LONG_AGO);
  }

  @Test
  void staleFilesAndTheFoldersTheyLeaveEmptyAreRemoved() throws IOException {
    new OutputDirectory(out())
        .sync(files("index.html", "首页", "gkml/2023/old/index.html", "旧", "gkml/2024/new/index.html", "新", "tzgg/index.html", "通知"));
    Files.writeString(out().resolve("notes.txt"), "left by hand");
    Files.createDirectories(out().resolve("empty/inner"));

    SyncResult result = new OutputDirectory(out()).sync(files("index.html", "首页", "gkml/2024/new/index.html", "新"));

    assertThat(result).isEqualTo(new SyncResult(0, 2, 3));
    assertThat(contents(out()))
        .containsOnlyKeys(".gongkai-output", "index.html", "gkml/2024/new/index.html");
    assertThat(out().resolve("gkml/2023")).doesNotExist();
    assertThat(out().resolve("tzgg")).doesNotExist();
    assertThat(out().resolve("empty")).doesNotExist();
    assertThat(out().resolve("gkml/2024/new")).isDirectory();
  }

  @Test
  void folderThatBecomesAFileIsReplaced() throws IOException {
    new OutputDirectory(out()).sync(files("index.html", "首页", "feed/index.xml", "旧"));

    SyncResult result = new OutputDirectory(out()).sync(files("index.html", "首页", "feed", "新"));

    assertThat(result).isEqualTo(new SyncResult(1, 1, 1));
    assertThat(contents(out())).containsOnly(Map.entry(".gongkai-output", MARKER_TEXT), Map.entry("index.html", "首页"), Map.entry("feed", "新"));
  }

  @Test
  void fileThatBecomesAFolderIsReplaced() throws IOException {
    new OutputDirectory(out()).sync(files("index.html", "首页", "feed", "旧"));

    SyncResult result = new OutputDirectory(out()).sync(files("index.html", "首页", "feed/index.xml", "新"));

    assertThat(result).isEqualTo(new SyncResult(1, 1, 1));
    assertThat(contents(out()))
        .containsOnly(Map.entry(".gongkai-output", MARKER_TEXT), Map.entry("index.html", "首页"), Map.entry("feed/index.xml", "新"));
  }

  @Test
  void fileThatBecomesAFolderSeveralLevelsUpIsReplaced() throws IOException {
    new OutputDirectory(out()).sync(files("gkml/2024", "旧", "gkml/index.html", "列表"));

    SyncResult result = new OutputDirectory(out()).sync(files("gkml/2024/a/index.html", "新", "gkml/index.html", "列表"));

    assertThat(result).isEqualTo(new SyncResult(1, 1, 1));
    assertThat(contents(out())).containsOnlyKeys(".gongkai-output", "gkml/index.html", "gkml/2024/a/index.html");
  }

  @Test
  void fileAndFolderAtOnePathAreABug() {
    IllegalStateException e =
        catchThrowableOfType(
            IllegalStateException.class, () -> new OutputDirectory(out()).sync(files("feed", "一", "feed/index.xml", "二")));

    assertThat(e).hasMessage("feed is both an output file and the folder of feed/index.xml");
    assertThat(out()).doesNotExist();
  }

  @Test
  void outputFolderThatIsAFileIsAProblemAndTheFileIsKept() throws IOException {
    Path file = tmp.resolve("report.pdf");
    Files.writeString(file, "keep me");

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> new OutputDirectory(file).sync(site()));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(file + ": error: output folder is a file — pass a folder (directory) with --out, e.g. --out public");
    assertThat(file).hasContent("keep me");
  }

  @Test
  void outputFolderInsideAFileIsAProblem() throws IOException {
    Path file = tmp.resolve("report.pdf");
    Files.writeString(file, "keep me");

    BuildFailedException e =
        catchThrowableOfType(BuildFailedException.class, () -> new OutputDirectory(file.resolve("public")).sync(site()));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            file + ": error: output folder " + file.resolve("public") + " would be inside this file — pass a folder (directory) with --out, e.g. --out public");
    assertThat(file).hasContent("keep me");
  }

  @Test
  void twoOutputsForOnePathAreABug() {
    IllegalStateException e =
        catchThrowableOfType(
            IllegalStateException.class, () -> new OutputDirectory(out()).sync(files("index.html", "一", "index.html", "二")));

    assertThat(e).hasMessage("two outputs for index.html");
  }

  @Test
  void nonEmptyFolderWithoutTheMarkerIsRefusedAndLeftAlone() throws IOException {
    Files.createDirectories(out().resolve("docs"));
    Files.writeString(out().resolve("important.txt"), "keep me");
    Files.writeString(out().resolve("docs/index.html"), "keep me too");
    age(out());

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> new OutputDirectory(out()).sync(site()));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            out() + ": error: output folder is not empty and was not made by gongkai"
                + " — choose an empty or new folder with --out, or empty this one first");
    assertThat(contents(out())).containsOnly(Map.entry("important.txt", "keep me"), Map.entry("docs/index.html", "keep me too"));
    assertThat(Files.getLastModifiedTime(out().resolve("important.txt"))).isEqualTo(LONG_AGO);
  }

  @Test
  void emptyFolderWithoutTheMarkerIsClaimed() throws IOException {
    Files.createDirectories(out());

    assertThat(new OutputDirectory(out()).sync(site())).isEqualTo(new SyncResult(3, 0, 0));
    assertThat(contents(out())).containsEntry(".gongkai-output", MARKER_TEXT);
  }

  @Test
  void missingParentFoldersAreCreated() {
    Path nested = tmp.resolve("a/b/public");

    assertThat(new OutputDirectory(nested).sync(files("index.html", "首页"))).isEqualTo(new SyncResult(1, 0, 0));
    assertThat(contents(nested)).containsOnly(Map.entry(".gongkai-output", MARKER_TEXT), Map.entry("index.html", "首页"));
  }

  @Test
  void emptyBuildLeavesOnlyTheMarker() {
    new OutputDirectory(out()).sync(site());

    SyncResult result = new OutputDirectory(out()).sync(List.of());

    assertThat(result).isEqualTo(new SyncResult(0, 0, 3));
    assertThat(contents(out())).containsOnly(Map.entry(".gongkai-output", MARKER_TEXT));
  }
}
