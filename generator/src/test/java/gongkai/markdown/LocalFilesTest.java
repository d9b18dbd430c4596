package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which addresses in a body name a file beside the report; ReportFilesTest builds them end to end. */
class LocalFilesTest {
  @Test
  void relativePathIsDecodedAndLosesQueryAndFragment() {
    assertThat(LocalFiles.localPath("图表/客运量.png")).isEqualTo("图表/客运量.png");
    assertThat(LocalFiles.localPath("%E5%9B%BE1.png")).isEqualTo("图1.png");
    assertThat(LocalFiles.localPath("a%20b+c.pdf?v=2#page=3")).isEqualTo("a b+c.pdf");
    assertThat(LocalFiles.localPath("./a/../b.png")).isEqualTo("./a/../b.png");
  }

  @Test
  void addressesWithASchemeOrFromTheRootAreNotLocal() {
    assertThat(LocalFiles.localPath("https://x.cn/a.png")).isNull();
    assertThat(LocalFiles.localPath("mailto:a@b.cn")).isNull();
    assertThat(LocalFiles.localPath("/jtj/a.png")).isNull();
    assertThat(LocalFiles.localPath("//cdn.example.com/a.png")).isNull();
    assertThat(LocalFiles.localPath("#概述")).isNull();
    assertThat(LocalFiles.localPath("?q=1")).isNull();
  }

  @Test
  void colonAfterAFolderIsPartOfThePath() {
    assertThat(LocalFiles.localPath("a/b:c.png")).isEqualTo("a/b:c.png");
  }

  @Test
  void malformedEscapeIsKeptAsWritten() {
    assertThat(LocalFiles.localPath("100%.png")).isEqualTo("100%.png");
    assertThat(LocalFiles.localPath("%zz.png")).isEqualTo("%zz.png");
  }
}
