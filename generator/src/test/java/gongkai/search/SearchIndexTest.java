package gongkai.search;

import gongkai.output.OutputFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.TestSites;
import gongkai.content.ParsedContent;
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
  /**
   * The sample has nine reports, one an annual report with its three tables of figures (37 KB of
   * index in all); a budget keeps the format from growing unnoticed.
   */
  static final int SAMPLE_BUDGET_BYTES = 40 * 1024;

  static Site sample;
  static SearchIndex index;

  @BeforeAll
  static void indexTheSample() {
    ParsedContent content = ContentParser.parse(new ContentLoader(TestSites.projectRoot()).load(), null);
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
  void oneCharacterQueryFindsTitlesAndLoneCharactersButNotEveryBodyCharacter() {
    // 规 is in the first title, and single characters of metadata (主题分类 规范性文件) are indexed too.
    assertThat(titles("规")).containsExactly(
        "【示例】东昌府区“十四五”交通运输发展规划中期评估",
        "【示例】东昌府区巡游出租汽车经营服务管理办法",
        "【示例】东昌府区巡游出租汽车经营服务管理办法（试行）");
    assertThat(titles("谅")).as("谅 is only inside 敬请谅解 in a body").isEmpty();
    assertThat(titles("谅解")).containsExactly("【示例】关于临时调整部分公交线路的公告");
    assertThat(index.terms()).containsKey("规").doesNotContainKey("谅");
  }

  @Test
  void titleHitsComeFirstThenNewer() {
    List<String> found = titles("交通运输");
    assertThat(found).hasSizeGreaterThanOrEqualTo(3);
    List<Boolean> inTitle = found.stream().map(t -> t.contains("交通运输")).toList();
    assertThat(inTitle).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
    assertThat(found.subList(0, 3)).containsExactly(
        "【示例】东昌府区交通运输局2025年政府信息公开工作年度报告",
        "【示例】东昌府区交通运输局2023年政府信息公开工作年度报告",
        "东昌府区交通运输局2023年法治政府建设情况报告");
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
  void postingsAreAscendingAndMarkTitleTerms() {
    index.terms().values().forEach(postings -> {
      for (int i = 1; i < postings.length; i++) {
        assertThat(postings[i] >> 1).isGreaterThan(postings[i - 1] >> 1);
      }
    });
    int chunyun = sample.reports().stream().map(r -> r.title()).toList().indexOf("【示例】关于做好2024年春运工作的通知");
    assertThat(index.terms().get("春运")).contains(chunyun * 2 + 1);
  }

  @Test
  void indexIsSplitIntoMetaDocumentChunksAndTermShardsWithinBudget() throws Exception {
    List<OutputFile> files = SearchIndexWriter.write(index);
    assertThat(files).allSatisfy(f -> assertThat(f.path()).startsWith(SearchIndexWriter.DIR));
    assertThat(files.stream().mapToLong(f -> f.bytes().length).sum()).isLessThan(SAMPLE_BUDGET_BYTES);
    JsonNode meta = json(files, "meta.json");
    assertThat(meta.get("v").asInt()).isEqualTo(2);
    assertThat(meta.get("docs").asInt()).isEqualTo(index.documents().size());
    assertThat(meta.get("chunk").asInt()).isEqualTo(SearchIndexWriter.CHUNK);
    int shards = meta.get("shards").asInt();
    assertThat(shards).isEqualTo(SearchIndexWriter.MIN_SHARDS);
    assertThat(files).extracting(OutputFile::path).contains(SearchIndexWriter.DIR + "docs-0.json")
        .contains(SearchIndexWriter.DIR + "terms-0.json", SearchIndexWriter.DIR + "terms-" + (shards - 1) + ".json")
        .doesNotContain(SearchIndexWriter.DIR + "terms-" + shards + ".json");
    for (OutputFile file : files) {
      String json = new String(file.bytes(), StandardCharsets.UTF_8);
      assertThat(json).as(file.path()).doesNotContain("\n").doesNotContain(": ").doesNotContain("\\u");
    }
    JsonNode docs = json(files, "docs-0.json");
    assertThat(docs.size()).isEqualTo(index.documents().size());
    assertThat(docs.get(0).fieldNames()).toIterable().containsExactly("t", "p", "d", "i", "s", "x");
  }

  @Test
  void everyTermIsInTheShardOfItsHashWithItsEncodedPostings() throws Exception {
    List<OutputFile> files = SearchIndexWriter.write(index);
    int shards = json(files, "meta.json").get("shards").asInt();
    int seen = 0;
    for (int s = 0; s < shards; s++) {
      JsonNode shard = json(files, "terms-" + s + ".json");
      for (var names = shard.fieldNames(); names.hasNext(); seen++) {
        String term = names.next();
        assertThat(SearchIndexWriter.shardOf(term, shards)).as(term).isEqualTo(s);
        assertThat(SearchIndexWriter.decode(shard.get(term).asText())).as(term).isEqualTo(index.terms().get(term));
      }
    }
    assertThat(seen).isEqualTo(index.terms().size());
  }

  /** The script needs only the shards of its query's terms: the postings found there are complete. */
  @Test
  void queryNeedsOnlyTheShardsOfItsTerms() throws Exception {
    List<OutputFile> files = SearchIndexWriter.write(index);
    int shards = json(files, "meta.json").get("shards").asInt();
    java.util.Set<Integer> needed = new java.util.TreeSet<>();
    for (String term : SearchTokenizer.queryTerms("公交线路")) {
      needed.add(SearchIndexWriter.shardOf(term, shards));
      assertThat(json(files, "terms-" + SearchIndexWriter.shardOf(term, shards) + ".json").has(term)).as(term).isTrue();
    }
    assertThat(needed).hasSizeLessThanOrEqualTo(3).hasSizeLessThan(shards);
  }

  @Test
  void shardHashIsStable() {
    // Pinned: search.js computes the same (SearchBrowserTest), and published sites keep their files.
    // FNV-1a's published offset basis and its value for "a" (0xe40c292c), then a Han bigram.
    assertThat(SearchIndexWriter.shardOf("", 1000)).isEqualTo(261);
    assertThat(SearchIndexWriter.shardOf("a", 1000)).isEqualTo(220);
    assertThat(SearchIndexWriter.shardOf("春运", 1000)).isEqualTo(400);
  }

  @Test
  void postingsAreGapsInBase32OneCharacterForSmallGaps() {
    assertThat(SearchIndexWriter.encode(new int[] {1, 3, 5, 6})).isEqualTo("1221");
    // Gaps 31, 1 and 1025 = 1 + 0 × 32 + 1 × 32²: the last as "x" (1 + 32), "w" (0 + 32), "1".
    assertThat(SearchIndexWriter.encode(new int[] {31, 32, 32 + 1025})).isEqualTo("v1xw1");
    int[] wide = {0, 1, 31, 32, 33, 1023, 1024, 1_000_000, 2_000_001};
    assertThat(SearchIndexWriter.decode(SearchIndexWriter.encode(wide))).isEqualTo(wide);
    assertThat(SearchIndexWriter.encode(new int[0])).isEmpty();
  }

  @Test
  void shardCountGrowsWithThePostingsAsAPowerOfTwo() {
    assertThat(SearchIndexWriter.shardCount(0)).isEqualTo(16);
    assertThat(SearchIndexWriter.shardCount(16L * SearchIndexWriter.TARGET_SHARD_BYTES)).isEqualTo(16);
    assertThat(SearchIndexWriter.shardCount(16L * SearchIndexWriter.TARGET_SHARD_BYTES + 1)).isEqualTo(32);
    assertThat(SearchIndexWriter.shardCount(Long.MAX_VALUE)).isEqualTo(SearchIndexWriter.MAX_SHARDS);
  }

  @Test
  void sameSiteGivesTheSameBytes() {
    List<OutputFile> first = SearchIndexWriter.write(SearchIndex.of(sample));
    List<OutputFile> second = SearchIndexWriter.write(SearchIndex.of(sample));
    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).path()).isEqualTo(first.get(i).path());
      assertThat(second.get(i).bytes()).as(first.get(i).path()).isEqualTo(first.get(i).bytes());
    }
  }

  private static JsonNode json(List<OutputFile> files, String name) throws java.io.IOException {
    OutputFile file = files.stream().filter(f -> f.path().equals(SearchIndexWriter.DIR + name)).findFirst().orElseThrow();
    return new ObjectMapper().readTree(file.bytes());
  }
}
