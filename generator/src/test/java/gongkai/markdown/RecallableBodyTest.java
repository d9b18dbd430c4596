package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.content.ParsedContent;
import gongkai.content.ContentLoader;
import gongkai.content.ContentParser;
import gongkai.content.ReportFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecallableBodyTest {
  private static final String REPORT =
      "---\ntitle: 甲\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n---\n## 一、概述\n\n正文，见[附表](表.csv)。\n";

  @TempDir Path root;

  @Test
  void bodyLetGoIsRenderedAgainFromItsReport() throws IOException {
    RenderedBody body = renderedReport();
    String first = body.html();

    body.forget();

    assertThat(body.html()).isEqualTo(first).contains("<h2 id=", "href=\"表.csv\"");
    assertThat(body.headings()).extracting(Heading::text).containsExactly("一、概述");
  }

  @Test
  void recallableBodyKeepsItsHtmlUntilLetGo() {
    AtomicInteger renders = new AtomicInteger();
    RenderedBody body = RenderedBody.of("<p>正文</p>", List.of()).recallable(() -> {
      renders.incrementAndGet();
      return RenderedBody.of("<p>正文</p>", List.of());
    });

    body.html();
    body.html();
    assertThat(renders).hasValue(0);
    body.forget();
    body.html();
    body.html();
    assertThat(renders).hasValue(1);
  }

  @Test
  void renderingAgainToOtherHtmlIsABug() {
    RenderedBody body = RenderedBody.of("<p>正文</p>", List.of()).recallable(() -> RenderedBody.of("<p>别的</p>", List.of()));

    body.forget();

    assertThatThrownBy(body::html).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void bodiesAreComparedByWhatTheyShowNotByHowTheyAreHeld() {
    RenderedBody plain = RenderedBody.of("<p>正文</p>", List.of());
    RenderedBody recallable = plain.recallable(() -> RenderedBody.of("<p>正文</p>", List.of()));

    assertThat(recallable).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(recallable.key()).isEqualTo(plain.key());
    assertThat(RenderedBody.of("<p>别的</p>", List.of()).key()).isNotEqualTo(plain.key());
    assertThat(plain.toString()).contains(plain.key()).doesNotContain("正文");
  }

  private RenderedBody renderedReport() throws IOException {
    Files.createDirectories(root.resolve("content/gkml"));
    Files.writeString(root.resolve("content/site.yaml"), "title: 示例\nbase_url: https://www.example.gov.cn/\n", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("content/gkml/a.md"), REPORT, StandardCharsets.UTF_8);
    Files.writeString(root.resolve("content/gkml/表.csv"), "项目,数量\n", StandardCharsets.UTF_8);
    ParsedContent content = ContentParser.parse(new ContentLoader(root).load(), null);
    return new MarkdownRenderer()
        .renderAll(content, new ReportFolder(root.resolve("content")), (report, path) -> path)
        .get("gkml/a.md");
  }
}
