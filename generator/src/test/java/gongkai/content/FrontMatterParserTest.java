package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import gongkai.problem.Problems;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterParserTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final SiteConfig SITE =
      new SiteConfig(
          "示例市交通运输局",
          URI.create("https://www.example.gov.cn/jtj/"),
          "zh-CN",
          SHANGHAI,
          "示例市交通运输局",
          null,
          List.of(),
          new SiteConfig.Footer(null, null, null, null, null));
  private static final String VALID = "title: 关于春运的通知\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n";

  private final Problems problems = new Problems();

  private FrontMatter parse(String relativePath, String yaml, boolean indexRequired) {
    Path display = Path.of("content").resolve(relativePath);
    SourceFile file = new SourceFile(display, display, relativePath, "---\n" + yaml + "---\n正文\n");
    FrontMatterSplitter.Split split = FrontMatterSplitter.split(file);
    YamlMapping mapping = YamlMapping.parse(split.yaml(), file.displayPath(), split.yamlFirstLine());
    return new FrontMatterParser(SITE).parse(file, mapping, indexRequired, problems);
  }

  private FrontMatter parse(String yaml) {
    return parse("gkml/2024/a.md", yaml, true);
  }

  private List<String> problemLines() {
    return problems.sorted().stream().map(Object::toString).toList();
  }

  @Test
  void everyContractKeyIsRead() {
    FrontMatter meta =
        parse(
            """
            title: 示例市2024年法治政府建设年度报告
            index_no: 113715020044301982/2024-45222172
            publisher: 示例市司法局
            date: 2024-01-02 15:54:42
            written: 2023-12-28
            doc_no: 东司发〔2024〕3号
            category: 法治政府
            keywords: [法治, 年度报告]
            validity: 有效
            summary: 全年工作情况。
            attachments:
              - file: 附件1.pdf
                title: 工作要点
              - 附件/统计表.xlsx
            slug: fazhi-report
            draft: true
            """);

    assertThat(problemLines()).isEmpty();
    assertThat(meta)
        .isEqualTo(
            new FrontMatter(
                "示例市2024年法治政府建设年度报告",
                new IndexNumber("113715020044301982", 2024, "45222172"),
                "示例市司法局",
                new DisclosureDate(ZonedDateTime.of(2024, 1, 2, 15, 54, 42, 0, SHANGHAI), true),
                new DisclosureDate(ZonedDateTime.of(2023, 12, 28, 0, 0, 0, 0, SHANGHAI), false),
                "东司发〔2024〕3号",
                "法治政府",
                List.of("法治", "年度报告"),
                "有效",
                "全年工作情况。",
                List.of(new Attachment("附件1.pdf", "工作要点"), new Attachment("附件/统计表.xlsx", "统计表.xlsx")),
                "fazhi-report",
                true,
                Map.of()));
  }

  @Test
  void optionalKeysDefault() {
    FrontMatter meta = parse(VALID);

    assertThat(meta.written()).isNull();
    assertThat(meta.docNo()).isNull();
    assertThat(meta.category()).isNull();
    assertThat(meta.keywords()).isEmpty();
    assertThat(meta.validity()).isNull();
    assertThat(meta.summary()).isNull();
    assertThat(meta.attachments()).isEmpty();
    assertThat(meta.draft()).isFalse();
    assertThat(meta.params()).isEmpty();
  }

  @Test
  void publisherDefaultsToTheSiteOrganization() {
    assertThat(parse(VALID).publisher()).isEqualTo("示例市交通运输局");
  }

  @Test
  void publisherInFrontMatterWins() {
    assertThat(parse(VALID + "publisher: 示例市公路事业发展中心\n").publisher()).isEqualTo("示例市公路事业发展中心");
  }

  // DESIGN.md, content contract: unknown keys are kept for templates (page.params), never an error.
  @Test
  void unknownKeysAreKeptInFileOrderWithTheirYamlTypes() {
    FrontMatter meta =
        parse(
            """
            source: 市政府办公室
            title: 关于春运的通知
            pages: 12
            ratio: 1.5
            index_no: 113715020044301982/2024-00001
            signed: true
            tags: [春运, 交通]
            contact: {name: 张三, phone: "0000-12345678"}
            date: 2024-01-02
            note:
            """);

    assertThat(problemLines()).isEmpty();
    assertThat(meta.params())
        .containsExactly(
            entry("source", "市政府办公室"),
            entry("pages", 12),
            entry("ratio", 1.5),
            entry("signed", true),
            entry("tags", List.of("春运", "交通")),
            entry("contact", Map.of("name", "张三", "phone", "0000-12345678")),
            entry("note", null));
  }

  @Test
  void missingTitleIsOneProblemAtLineOne() {
    FrontMatter meta = parse("index_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n");

    assertThat(meta).isNull();
    assertThat(problemLines()).containsExactly("content/gkml/2024/a.md:1:1: error: 'title' is missing — add a line 'title: <the report's title>'");
  }

  @ParameterizedTest(name = "title:{0}")
  @ValueSource(strings = {"", " ''", " \"\"", " '   '", " ~"})
  void titleWithoutValueIsAProblemAtItsLine(String value) {
    FrontMatter meta = parse("index_no: 113715020044301982/2024-00001\ndate: 2024-01-02\ntitle:" + value + "\n");

    assertThat(meta).isNull();
    assertThat(problemLines()).containsExactly("content/gkml/2024/a.md:4:1: error: 'title' is empty — add a line 'title: <the report's title>'");
  }

  @Test
  void missingIndexNumberIsOneProblemAtLineOne() {
    FrontMatter meta = parse("title: 关于春运的通知\ndate: 2024-01-02\n");

    assertThat(meta).isNull();
    assertThat(problemLines())
        .containsExactly(
            "content/gkml/2024/a.md:1:1: error: 'index_no' (索引号) is missing — add 'index_no: <credit code>/<year>-<serial>'; every report in a disclosure section needs one");
  }

  @Test
  void emptyIndexNumberIsAProblemAtItsLine() {
    parse("title: 关于春运的通知\ndate: 2024-01-02\nindex_no: ''\n");

    assertThat(problemLines())
        .containsExactly(
            "content/gkml/2024/a.md:4:1: error: 'index_no' (索引号) is empty — add 'index_no: <credit code>/<year>-<serial>'; every report in a disclosure section needs one");
  }

  @Test
  void indexNumberIsOptionalOutsideDisclosureSections() {
    FrontMatter meta = parse("tzgg/a.md", "title: 停车场维修公告\ndate: 2024-01-02\n", false);

    assertThat(problemLines()).isEmpty();
    assertThat(meta.indexNo()).isNull();
  }

  @Test
  void indexNumberOutsideDisclosureSectionsIsStillChecked() {
    parse("tzgg/a.md", "title: 停车场维修公告\nindex_no: 113715020044301983/2024-00001\ndate: 2024-01-02\n", false);

    assertThat(problemLines())
        .containsExactly(
            "content/tzgg/a.md:3:1: error: credit code '113715020044301983' has check character '3' but GB 32100-2015 gives '2' (a typing error?) — write it as 113715020044301982/2024-00001");
  }

  @Test
  void wrongIndexNumberIsOneProblemAtItsLine() {
    FrontMatter meta = parse("title: 关于春运的通知\nindex_no: 2024-00001\ndate: 2024-01-02\n");

    assertThat(meta).isNull();
    assertThat(problemLines())
        .containsExactly(
            "content/gkml/2024/a.md:3:1: error: 索引号 '2024-00001' is not of the form <code>/<year>-<serial>, the code an"
                + " 18-character unified social credit code or a 9-character organisation code — write the publishing body's code,"
                + " '/', the year, '-' and the serial, e.g. <credit code>/2024-00001");
  }

  @Test
  void badDateIsOneProblemAtItsLine() {
    FrontMatter meta = parse("title: 关于春运的通知\nindex_no: 113715020044301982/2024-00001\ndate: 2024-13-01\n");

    assertThat(meta).isNull();
    assertThat(problemLines())
        .containsExactly("content/gkml/2024/a.md:4:1: error: '2024-13-01' is not a date — write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS");
  }

  @Test
  void missingDateIsOneProblemAtLineOne() {
    parse("title: 关于春运的通知\nindex_no: 113715020044301982/2024-00001\n");

    assertThat(problemLines()).containsExactly("content/gkml/2024/a.md:1:1: error: 'date' (发布日期) is missing — add 'date: YYYY-MM-DD HH:MM:SS'");
  }

  @Test
  void badWrittenDateIsAProblemAtItsLine() {
    parse(VALID + "written: 2023年2月30日\n");

    assertThat(problemLines()).containsExactly("content/gkml/2024/a.md:5:1: error: '2023年2月30日' is not a date — write the date as YYYY-MM-DD");
  }

  @Test
  void everyMistakeInAFileIsReported() {
    FrontMatter meta = parse("date: 昨天\nslug: 春运\ndraft: 是\n");

    assertThat(meta).isNull();
    assertThat(problemLines())
        .containsExactly(
            "content/gkml/2024/a.md:1:1: error: 'index_no' (索引号) is missing — add 'index_no: <credit code>/<year>-<serial>'; every report in a disclosure section needs one",
            "content/gkml/2024/a.md:1:1: error: 'title' is missing — add a line 'title: <the report's title>'",
            "content/gkml/2024/a.md:2:1: error: '昨天' is not a date — write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS",
            "content/gkml/2024/a.md:3:1: error: slug '春运' may only use a-z, 0-9 and '-' — e.g. slug: fazhi-report",
            "content/gkml/2024/a.md:4:1: error: 'draft' must be true or false — write draft: true or draft: false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fazhi-report", "2024", "a", "report-2024-01", "a1-b2-c3"})
  void slugOfLowercaseLettersDigitsAndDashesIsKept(String slug) {
    assertThat(parse(VALID + "slug: " + slug + "\n").slug()).isEqualTo(slug);
  }

  // DESIGN.md, content contract: a slug is only [a-z0-9-].
  @ParameterizedTest
  @ValueSource(strings = {"Fazhi-Report", "fazhi_report", "fazhi report", "-fazhi", "fazhi-", "fazhi--report", "fazhi.html", "法治报告", "gkml/fazhi"})
  void slugOutsideTheAllowedCharactersIsRejected(String slug) {
    FrontMatter meta = parse(VALID + "slug: " + slug + "\n");

    assertThat(meta).isNull();
    assertThat(problemLines())
        .containsExactly("content/gkml/2024/a.md:5:1: error: slug '" + slug + "' may only use a-z, 0-9 and '-' — e.g. slug: fazhi-report");
  }

  @ParameterizedTest
  @CsvSource({"gkml/2024/fazhi-report.md, fazhi-report", "gkml/2024/FaZhi-Report.md, fazhi-report", "gkml/2024/年度报告.md, 年度报告", "gkml/2024/2024年报.md, 2024年报"})
  void slugDefaultsToTheLowercasedFileName(String path, String slug) {
    assertThat(parse(path, VALID, true).slug()).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource({"gkml/2024/fazhi report.md, fazhi report", "gkml/2024/fazhi_report.md, fazhi_report", "gkml/2024/年度报告（2024）.md, 年度报告（2024）"})
  void fileNameThatCannotBeASlugIsAProblem(String path, String baseName) {
    FrontMatter meta = parse(path, VALID, true);

    assertThat(meta).isNull();
    assertThat(problemLines())
        .containsExactly(
            "content/" + path + ":1:1: error: file name '" + baseName
                + "' cannot be a URL segment — rename the file using letters, digits and '-', or add 'slug: <a-z0-9->'");
  }

  @Test
  void fileNameIsNotCheckedWhenASlugIsGiven() {
    assertThat(parse("gkml/2024/fazhi report.md", VALID + "slug: fazhi-report\n", true).slug()).isEqualTo("fazhi-report");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "keywords: [交通, 规划]            | 交通;规划",
        "keywords:\\n  - 交通\\n  - 规划     | 交通;规划",
        "keywords: 交通                    | 交通",
        "keywords: ' 交通 '                | 交通",
        "keywords: 2024                    | 2024",
        "keywords: 交通, 规划              | 交通, 规划",
        "keywords: 交通；规划              | 交通；规划",
      })
  void keywordsAreAListOrASingleValue(String yaml, String expected) {
    FrontMatter meta = parse(VALID + yaml.replace("\\n", "\n") + "\n");

    assertThat(problemLines()).isEmpty();
    assertThat(meta.keywords()).containsExactly(expected.split(";"));
  }

  @Test
  void emptyKeywordsAreNoKeywords() {
    assertThat(parse(VALID + "keywords:\n").keywords()).isEmpty();
    assertThat(parse(VALID + "keywords: []\n").keywords()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"keywords:\n  - 交通\n  -\n  - 规划\n", "keywords:\n  - 交通\n  - ''\n  - 规划\n  - \n", "keywords: [交通, ~, null, ' ', 规划]\n"})
  void emptyKeywordItemsAreSkippedNeverReadAsNull(String yaml) {
    FrontMatter meta = parse(VALID + yaml);

    assertThat(problemLines()).isEmpty();
    assertThat(meta.keywords()).containsExactly("交通", "规划");
  }

  @Test
  void keywordListOfOnlyEmptyItemsIsNoKeywords() {
    assertThat(parse(VALID + "keywords:\n  -\n  -\n").keywords()).isEmpty();
  }

  @Test
  void keywordsMappingIsAProblem() {
    parse(VALID + "keywords: {a: 交通}\n");

    assertThat(problemLines()).containsExactly("content/gkml/2024/a.md:5:1: error: 'keywords' must be a list — write it as [a, b] or one '- item' per line");
  }

  @Test
  void nestedKeywordListIsAProblem() {
    parse(VALID + "keywords: [交通, [规划]]\n");

    assertThat(problemLines())
        .containsExactly("content/gkml/2024/a.md:5:1: error: every item of 'keywords' must be a single value — write the list as [a, b] or one '- item' per line");
  }

  @Test
  void listWhereOneValueBelongsIsAProblem() {
    parse(VALID + "category: [交通, 规划]\n");

    assertThat(problemLines())
        .containsExactly("content/gkml/2024/a.md:5:1: error: 'category' must be a single value, not a list or mapping — write it on one line: category: …");
  }

  @Test
  void attachmentsThatAreNotAListAreAProblem() {
    parse(VALID + "attachments: 附件1.pdf\n");

    assertThat(problemLines())
        .containsExactly(
            "content/gkml/2024/a.md:5:1: error: 'attachments' must be a list — write each as '- file: 附件1.pdf' with an optional 'title: …' below it");
  }

  @Test
  void attachmentWithoutFileIsAProblem() {
    parse(VALID + "attachments:\n  - title: 工作要点\n");

    assertThat(problemLines())
        .containsExactly(
            "content/gkml/2024/a.md:6:1: error: an attachment has no 'file' — write each as '- file: 附件1.pdf' with an optional 'title: …' below it");
  }

  @Test
  void blankAttachmentIsAProblemAtItsOwnLine() {
    parse(VALID + "attachments:\n  - 附件1.pdf\n  - ''\n");

    assertThat(problemLines())
        .containsExactly(
            "content/gkml/2024/a.md:7:1: error: an attachment has no 'file' — write each as '- file: 附件1.pdf' with an optional 'title: …' below it");
  }

  // Jackson reads YAML 1.1, where yes/no are booleans.
  @ParameterizedTest
  @CsvSource({"true, true", "false, false", "yes, true", "no, false"})
  void draftIsABoolean(String value, boolean draft) {
    assertThat(parse(VALID + "draft: " + value + "\n").draft()).isEqualTo(draft);
  }

  @ParameterizedTest
  @ValueSource(strings = {"'true'", "1", "是"})
  void draftThatIsNotABooleanIsAProblem(String value) {
    parse(VALID + "draft: " + value + "\n");

    assertThat(problemLines()).containsExactly("content/gkml/2024/a.md:5:1: error: 'draft' must be true or false — write draft: true or draft: false");
  }
}
