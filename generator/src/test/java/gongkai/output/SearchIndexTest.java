package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.TestSites;
import gongkai.content.Content;
import gongkai.content.ContentLoader;
import gongkai.content.ContentParser;
import gongkai.content.ReportFolder;
import gongkai.markdown.MarkdownRenderer;
import gongkai.site.Edition;
import gongkai.site.Site;
import gongkai.site.SiteAssembler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  /** The sample has five short reports; a budget keeps the format from growing unnoticed. */
  static final int SAMPLE_BUDGET_BYTES = 48 * 1024;

  static Site sample;
  static SearchIndex index;

  @BeforeAll
  static void indexTheSample() {
    Content content = ContentParser.parse(new ContentLoader(TestSites.projectRoot()).load(), null);
    sample = SiteAssembler.assemble(content, new MarkdownRenderer()
            .renderAll(content, new ReportFolder(TestSites.projectRoot().resolve("content")), SiteAssembler.fileAddress(content)), false, Edition.STANDARD);
    index = SearchIndex.of(sample);
  }

  private List<String> titles(String query) {
    return index.find(query).stream().map(n -> index.documents().get(n).t()).toList();
  }

  @Test
  void everyReportIsADocumentNewestFirst() {
    assertThat(index.documents()).extracting(SearchIndex.Document::t)
        .containsExactlyElementsOf(sample.reports().stream().map(r -> r.title()).toList());
  }

  @Test
  void documentCarriesTheStandardPathDateIndexNumberAndSection() {
    SearchIndex.Document seed = index.documents().stream()
        .filter(d -> d.p().equals("gkml/2024/fazhi-report/")).findFirst().orElseThrow();
    assertThat(seed.d()).isEqualTo("2024-01-02 15:54:42");
    assertThat(seed.i()).isEqualTo("113715020044301982/2024-45222172");
    assertThat(seed.s()).isEqualTo(sample.sections().get(0).title());
    assertThat(seed.x()).startsWith("2023年").hasSizeLessThanOrEqualTo(SearchIndex.SNIPPET_LENGTH + 1);
  }

  @Test
  void chineseQueryFindsTheReportsWhoseTextHasIt() {
    assertThat(titles("春运")).containsExactly("【示例】关于做好2024年春运工作的通知");
    assertThat(titles("公交线路")).containsExactly("【示例】关于临时调整部分公交线路的公告");
  }

  @Test
  void bodyTextIsIndexedWithoutItsMarkup() {
    assertThat(titles("恢复原走向")).containsExactly("【示例】关于临时调整部分公交线路的公告");
    assertThat(index.terms()).doesNotContainKeys("p", "h2", "li", "href");
  }

  @Test
  void oneCharacterQueryWorks() {
    assertThat(titles("谅")).containsExactly("【示例】关于临时调整部分公交线路的公告");
  }

  @Test
  void documentNumberAndIndexNumberFindTheirReport() {
    assertThat(titles("东交发〔2024〕3号")).containsExactly("【示例】东昌府区交通运输局2023年政府信息公开工作年度报告");
    assertThat(titles("2024-45222172")).containsExactly("东昌府区交通运输局2023年法治政府建设情况报告");
  }

  @Test
  void categoryIsIndexed() {
    assertThat(titles("规划信息")).containsExactly("【示例】东昌府区“十四五”交通运输发展规划中期评估");
  }

  @Test
  void everyTermMustMatchSoUnrelatedWordsFindNothing() {
    assertThat(titles("春运 公交线路")).isEmpty();
    assertThat(titles("不存在的词汇")).isEmpty();
  }

  @Test
  void postingsAreAscendingDocumentNumbers() {
    index.terms().values().forEach(docs -> {
      for (int i = 1; i < docs.length; i++) {
        assertThat(docs[i]).isGreaterThan(docs[i - 1]);
      }
    });
  }

  @Test
  void writtenIndexIsCompactJsonWithinBudget() throws Exception {
    byte[] bytes = SearchIndexWriter.write(index).bytes();
    String json = new String(bytes, StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("\n").doesNotContain(": ").doesNotContain("\\u");
    assertThat(bytes.length).isLessThan(SAMPLE_BUDGET_BYTES);
    JsonNode root = new ObjectMapper().readTree(bytes);
    assertThat(root.get("v").asInt()).isEqualTo(1);
    assertThat(root.get("docs").size()).isEqualTo(index.documents().size());
    assertThat(root.get("docs").get(0).fieldNames()).toIterable().containsExactly("t", "p", "d", "i", "s", "x");
    assertThat(root.get("terms").get("春运").isArray()).isTrue();
  }

  @Test
  void sameSiteGivesTheSameBytes() {
    assertThat(SearchIndexWriter.write(SearchIndex.of(sample)).bytes())
        .isEqualTo(SearchIndexWriter.write(SearchIndex.of(sample)).bytes());
  }
}
