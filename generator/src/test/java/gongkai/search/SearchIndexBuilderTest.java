package gongkai.search;

import gongkai.output.OutputFile;
import gongkai.output.SiteFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.TestSites;
import gongkai.content.ParsedContent;
import gongkai.content.ContentLoader;
import gongkai.content.ContentParser;
import gongkai.content.ReportFolder;
import gongkai.markdown.MarkdownRenderer;
import gongkai.site.Edition;
import gongkai.site.ReportPage;
import gongkai.site.Site;
import gongkai.site.SiteAssembler;
import gongkai.site.UrlScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchIndexBuilderTest {
  static Site sample;
  static Site tricky;

  @BeforeAll
  static void sites() {
    ParsedContent content = ContentParser.parse(new ContentLoader(TestSites.projectRoot()).load(), null);
    sample = SiteAssembler.assemble(content, new MarkdownRenderer()
        .renderAll(content, new ReportFolder(TestSites.projectRoot().resolve("content")), SiteAssembler.fileAddress(content)),
        false, Edition.STANDARD);
    UrlScheme urls = SiteFixture.standard("https://example.gov.cn/sub/");
    List<ReportPage> reports = new ArrayList<>();
    StringBuilder longBody = new StringBuilder("<p>");
    for (char c = 0x4E00; c < 0x4E00 + 300; c++) {
      longBody.append(c).append((char) (c + 300)).append(c).append('，');
    }
    reports.add(SiteFixture.report(urls, "a/long/", "很长的报告 PDF", "2024-01-03", null, longBody + "</p>"));
    reports.add(SiteFixture.report(urls, "a/wide/", "全角２０２４ＡＢ与①", "2024-01-02", "  摘要\t\t有  空白\n ",
        "<p>正文&amp;实体&#x4E2D;&#20013;&lt;b&gt;</p><ul><li>一<ul><li>二</li></ul></li></ul>"));
    reports.add(SiteFixture.report(urls, "b/table/", "表格", "2024-01-02", "",
        "<table><tr><td>单元</td><td>格子</td></tr></table>行<br>尾 𠀀路 e\u0301 ＡＢＣ"));
    reports.add(SiteFixture.report(urls, "b/empty/", "空", "2023-12-31", null, ""));
    StringBuilder huge = new StringBuilder("<p>");
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      huge.append(c); // 20,991 distinct bigrams, more than MAX_BODY_TERMS
    }
    reports.add(SiteFixture.report(urls, "b/huge/", "巨", "2023-12-30", "巨大", huge + "</p>"));
    tricky = SiteFixture.site(SiteFixture.config("https://example.gov.cn/sub/", "测试局"), urls, List.of("a", "b"), reports);
  }

  private static void assertSameIndex(SearchIndex actual, SearchIndex expected) {
    assertThat(actual.documents()).containsExactlyElementsOf(expected.documents());
    assertThat(actual.terms().keySet()).containsExactlyElementsOf(expected.terms().keySet());
    expected.terms().forEach((term, postings) -> assertThat(actual.terms().get(term)).as(term).isEqualTo(postings));
  }

  @Test
  void indexIsTheOneTheReferenceImplementationMakes() {
    assertSameIndex(SearchIndex.of(sample), ReferenceSearchIndex.of(sample));
    assertSameIndex(SearchIndex.of(tricky), ReferenceSearchIndex.of(tricky));
  }

  @Test
  void bodyTermsAreCutAfterTheLimitInTheOrderTheyFirstOccur() {
    SearchIndex index = SearchIndex.of(tricky);
    // The long body's 900 distinct bigrams are all indexed; the huge one's stop at the limit.
    assertThat(index.terms()).containsKey(new String(new char[] {0x4E00, (char) (0x4E00 + 300)}));
    assertThat(SearchIndex.MAX_BODY_TERMS).isLessThan(0x9FFF - 0x4E00);
    int huge = index.documents().stream().map(SearchIndex.Document::p).toList().indexOf("b/huge/");
    long hugeTerms = index.terms().values().stream().filter(p -> java.util.Arrays.stream(p).anyMatch(v -> v >> 1 == huge)).count();
    assertThat(hugeTerms).as("title 巨, summary 巨大, then body bigrams up to the limit").isEqualTo(SearchIndex.MAX_BODY_TERMS + 1);
    ReportTerms terms = new ReportTerms();
    terms.addIndexTerms("标题", true);
    terms.addBodyTerms("标题一二三四，五", 3);
    terms.addBodyTerms("六七", 3);
    List<String> kept = new ArrayList<>();
    terms.forEach((key, title) -> kept.add(ReportTerms.term(key) + (title ? "*" : "")), (w, title) -> kept.add(w));
    // 标题 counts as a body term although the title gave it; 二三 and everything after are cut.
    assertThat(kept).containsExactlyInAnyOrder("标*", "题*", "标题*", "题一", "一二");
  }

  @Test
  void reportsAddedInAnyOrderFromManyThreadsGiveTheSameIndex() throws Exception {
    SearchIndex expected = SearchIndex.of(tricky);
    for (long seed = 1; seed <= 5; seed++) {
      List<ReportPage> order = new ArrayList<>(tricky.reports());
      Collections.shuffle(order, new Random(seed));
      SearchIndexBuilder builder = new SearchIndexBuilder(tricky);
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<?>> added = new ArrayList<>();
        for (ReportPage report : order) {
          added.add(pool.submit(() -> builder.add(report, report.body().html())));
        }
        for (Future<?> f : added) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      assertSameIndex(builder.build(), expected);
    }
  }

  @Test
  void theSameBytesAreWrittenWhateverTheOrder() {
    SearchIndexBuilder reversed = new SearchIndexBuilder(sample);
    List<ReportPage> order = new ArrayList<>(sample.reports());
    Collections.reverse(order);
    order.forEach(r -> reversed.add(r, r.body().html()));
    List<OutputFile> expected = SearchIndexWriter.write(ReferenceSearchIndex.of(sample));
    List<OutputFile> actual = SearchIndexWriter.write(reversed.build());
    Map<String, String> a = new TreeMap<>();
    Map<String, String> e = new TreeMap<>();
    actual.forEach(f -> a.put(f.path(), new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
    expected.forEach(f -> e.put(f.path(), new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(a).isEqualTo(e);
  }

  @Test
  void aReportAddedTwiceOrNotOfTheSiteIsRefused() {
    SearchIndexBuilder builder = new SearchIndexBuilder(tricky);
    ReportPage first = tricky.reports().get(0);
    builder.add(first, first.body().html());
    assertThatThrownBy(() -> builder.add(first, first.body().html())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(first.path());
    ReportPage stranger = sample.reports().get(0);
    assertThatThrownBy(() -> builder.add(stranger, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(stranger.path());
  }

  @Test
  void buildingBeforeEveryReportWasAddedFails() {
    SearchIndexBuilder builder = new SearchIndexBuilder(tricky);
    ReportPage first = tricky.reports().get(0);
    builder.add(first, first.body().html());
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("not added");
  }

  @Test
  void theIndexIsBuiltOnceAndTakesNoReportAfterwards() {
    SearchIndexBuilder builder = new SearchIndexBuilder(tricky);
    tricky.reports().forEach(r -> builder.add(r, r.body().html()));
    assertThat(builder.build().documents()).hasSize(tricky.reports().size());
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("built already");
    ReportPage first = tricky.reports().get(0);
    assertThatThrownBy(() -> builder.add(first, "")).isInstanceOf(IllegalStateException.class).hasMessageContaining("built already");
  }

  @Test
  void snippetIsTheStrippedTextWithWhitespaceRunsMadeOneSpaceCutAt80CodePoints() {
    String eighty = "政".repeat(79) + "𠀀";
    for (String text : List.of("", " \u3000 ", "  a \t\n b  ", eighty, eighty + " ", eighty + "x", " " + eighty + "\u3000",
        "政".repeat(79) + " \n\t 尾", "政".repeat(79) + "\u00A0\u00A0尾", "政".repeat(80) + "\uD840", "\u000B\u001C政\u001C \f\r府\u2028",
        "政".repeat(200), "a\u00A0 b".repeat(40))) {
      assertThat(SearchIndex.snippet(text)).as("snippet of [%s]", text).isEqualTo(ReferenceSearchIndex.snippet(text));
    }
  }

  @Test
  void gapsRoundTrip() {
    int[] values = {0, 1, 2, 127, 128, 16_383, 16_384, 2_000_000, Integer.MAX_VALUE};
    List<Integer> back = new ArrayList<>();
    Varints.forEach(Varints.encodeAscending(values), back::add);
    assertThat(back).containsExactly(0, 1, 2, 127, 128, 16_383, 16_384, 2_000_000, Integer.MAX_VALUE);
    assertThat(Varints.encodeAscending(new int[] {5, 6, 7})).hasSize(3);
  }
}
