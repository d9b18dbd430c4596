package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
  @TempDir Path tmp;
  private Path out;
  private Paths paths;

  /** The request paths of the site in {@code out}, on disk. */
  private record Paths(SiteFiles files) {
    RequestTarget resolve(String raw, String basePath) {
      return RequestPath.resolve(raw, basePath, files);
    }
  }

  @BeforeEach
  void writeSite() throws IOException {
    out = tmp.resolve("out");
    Files.createDirectories(out.resolve("gkml/2024/年度报告"));
    Files.writeString(out.resolve("index.html"), "home");
    Files.writeString(out.resolve("gkml/2024/年度报告/index.html"), "report");
    Files.writeString(tmp.resolve("secret.txt"), "not part of the site");
    paths = new Paths(new DiskFiles(out));
  }

  @Test
  void aFileUnderTheBasePathIsServed() {
    assertThat(paths.resolve("/jtj/index.html", "/jtj/")).isEqualTo(new RequestTarget.File("index.html"));
  }

  @Test
  void aFolderServesItsIndexAndPercentEncodedChineseIsDecodedAsUtf8() {
    assertThat(paths.resolve("/jtj/gkml/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/", "/jtj/"))
        .isEqualTo(new RequestTarget.File("gkml/2024/年度报告/index.html"));
  }

  @Test
  void aFolderWithoutItsSlashIsRedirectedSoRelativeLinksResolve() {
    assertThat(paths.resolve("/jtj/gkml", "/jtj/")).isEqualTo(new RequestTarget.Redirect("/jtj/gkml/"));
  }

  @Test
  void theServerRootAndTheBasePathWithoutSlashRedirectToTheBasePath() {
    assertThat(paths.resolve("/", "/jtj/")).isEqualTo(new RequestTarget.Redirect("/jtj/"));
    assertThat(paths.resolve("/jtj", "/jtj/")).isEqualTo(new RequestTarget.Redirect("/jtj/"));
  }

  @Test
  void aPathOutsideTheBasePathIsNotFound() {
    assertThat(paths.resolve("/index.html", "/jtj/")).isEqualTo(new RequestTarget.NotFound());
    assertThat(paths.resolve("/jtj/missing.html", "/jtj/")).isEqualTo(new RequestTarget.NotFound());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/jtj/../secret.txt",
      "/jtj/gkml/../../secret.txt",
      "/jtj/%2e%2e/secret.txt",
      "/jtj/%2E%2E/secret.txt",
      "/jtj/.%2e/secret.txt",
      "/jtj/..%2fsecret.txt",
      "/jtj/%2e%2e%2fsecret.txt",
      "/jtj/..%5csecret.txt",
      "/jtj/..\\secret.txt",
      "/jtj/./index.html",
      "/jtj//etc/passwd",
      "/jtj/C:/Windows/win.ini",
      "/jtj/index.html%00.png",
      "/jtj/%zz",
      "/jtj/%C0%AE%C0%AE/secret.txt",
      "jtj/index.html"})
  void traversalAndMalformedPathsAreRejected(String raw) {
    assertThat(paths.resolve(raw, "/jtj/")).isInstanceOf(RequestTarget.Rejected.class);
  }

  @Test
  void aSiteInMemoryIsServedByTheSameRules() {
    Paths memory = new Paths(MemorySite.of(java.util.List.of(
        new gongkai.SiteOutput.File("index.html", () -> new byte[] {1}),
        new gongkai.SiteOutput.File("gkml/2024/年度报告/index.html", () -> new byte[] {2}),
        new gongkai.SiteOutput.Group("search-index/",
            () -> java.util.List.of(gongkai.output.OutputFile.text("search-index/meta.json", "{}"))))));
    assertThat(memory.resolve("/jtj/", "/jtj/")).isEqualTo(new RequestTarget.File("index.html"));
    assertThat(memory.resolve("/jtj/gkml/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/", "/jtj/"))
        .isEqualTo(new RequestTarget.File("gkml/2024/年度报告/index.html"));
    assertThat(memory.resolve("/jtj/gkml/2024", "/jtj/")).isEqualTo(new RequestTarget.Redirect("/jtj/gkml/2024/"));
    assertThat(memory.resolve("/jtj/search-index/meta.json", "/jtj/")).isEqualTo(new RequestTarget.File("search-index/meta.json"));
    assertThat(memory.resolve("/jtj/search-index/none.json", "/jtj/")).isEqualTo(new RequestTarget.NotFound());
    assertThat(memory.resolve("/jtj/gkml/missing/", "/jtj/")).isEqualTo(new RequestTarget.NotFound());
    assertThat(memory.resolve("/jtj/../secret.txt", "/jtj/")).isInstanceOf(RequestTarget.Rejected.class);
  }

  @Test
  void aSymbolicLinkLeadingOutOfTheOutputIsNotServed() throws IOException {
    Files.createSymbolicLink(out.resolve("leak.txt"), tmp.resolve("secret.txt"));
    Files.createSymbolicLink(out.resolve("outside"), tmp);
    assertThat(paths.resolve("/jtj/leak.txt", "/jtj/")).isEqualTo(new RequestTarget.NotFound());
    assertThat(paths.resolve("/jtj/outside/secret.txt", "/jtj/")).isEqualTo(new RequestTarget.NotFound());
  }

  @Test
  void aSymbolicLinkStayingInsideTheOutputIsServed() throws IOException {
    Files.createSymbolicLink(out.resolve("home.html"), out.resolve("index.html"));
    assertThat(paths.resolve("/jtj/home.html", "/jtj/")).isEqualTo(new RequestTarget.File("home.html"));
  }
}
