package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentWatcherTest {
  private static final long TIMEOUT_SECONDS = 30;

  @TempDir Path tmp;
  private final BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
  private ContentWatcher watcher;
  private Path content;

  @BeforeEach
  void watch() throws IOException {
    content = Files.createDirectories(tmp.resolve("content/gkml"));
    watcher = new ContentWatcher(List.of(tmp.resolve("content")), Duration.ofMillis(30), changes::add);
    watcher.start();
  }

  @AfterEach
  void stop() {
    watcher.close();
  }

  private Set<Path> nextChange() throws InterruptedException {
    Set<Path> change = changes.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertThat(change).as("a change reported within %d s", TIMEOUT_SECONDS).isNotNull();
    return change;
  }

  @Test
  void aSavedFileInANestedFolderIsReported() throws Exception {
    Path report = content.resolve("a.md");
    Files.writeString(report, "---\n");
    assertThat(nextChange()).contains(report);
  }

  @Test
  void aFolderCreatedWhileWatchingIsWatchedToo() throws Exception {
    Path year = Files.createDirectories(content.resolve("2025"));
    assertThat(nextChange()).contains(year);
    Path report = year.resolve("new.md");
    Files.writeString(report, "---\n");
    Set<Path> change = nextChange();
    while (!change.contains(report)) { // the folder's own events may come in a burst of their own
      change = nextChange();
    }
    assertThat(change).contains(report);
  }

  @Test
  void editorSwapAndBackupFilesAreNotChanges() throws Exception {
    Files.writeString(content.resolve(".a.md.swp"), "swap");
    Files.writeString(content.resolve("a.md~"), "backup");
    Files.writeString(content.resolve("4913"), "");
    Path report = content.resolve("a.md");
    Files.writeString(report, "---\n");
    assertThat(nextChange()).containsExactly(report);
  }

  @Test
  void scratchFileNamesAreRecognised() {
    assertThat(ContentWatcher.isEditorScratch(Path.of(".#a.md"))).isTrue();
    assertThat(ContentWatcher.isEditorScratch(Path.of("#a.md#"))).isTrue();
    assertThat(ContentWatcher.isEditorScratch(Path.of("a.md.tmp"))).isTrue();
    assertThat(ContentWatcher.isEditorScratch(Path.of("年度报告.md"))).isFalse();
    assertThat(ContentWatcher.isEditorScratch(Path.of("site.yaml"))).isFalse();
  }
}
