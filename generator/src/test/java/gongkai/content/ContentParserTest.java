package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.problem.BuildFailedException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentParserTest {
  private static final SourceFile SITE_YAML =
      file("site.yaml", "title: 示例市交通运输局\nbase_url: https://www.example.gov.cn/jtj/\norganization: 示例市交通运输局\n");
  private static final String REPORT = "---\ntitle: 关于春运的通知\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n---\n";
  private static final String NO_INDEX = "---\ntitle: 停车场维修公告\ndate: 2024-01-02\n---\n";
  private static final String INDEX_MISSING =
      ":1:1: error: 'index_no' (索引号) is missing — add 'index_no: <credit code>/<year>-<serial>'; every report in a disclosure section needs one";

  private static SourceFile file(String relativePath, String text) {
    Path display = Path.of("content").resolve(relativePath);
    return new SourceFile(display, display, relativePath, text);
  }

  private static ParsedContent parse(List<SourceFile> reports, List<SourceFile> sectionPages) {
    return ContentParser.parse(new SourceFiles(SITE_YAML, reports, sectionPages), null);
  }

  private static void assertProblems(List<SourceFile> reports, List<SourceFile> sectionPages, String... expected) {
    assertThatThrownBy(() -> parse(reports, sectionPages))
        .isInstanceOfSatisfying(
            BuildFailedException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(expected));
  }

  @Test
  void reportsKeepTheirBodyAndWhereItStarts() {
    ParsedContent content = parse(List.of(file("gkml/2024/chunyun.md", REPORT + "\n## 一、总体要求\n")), List.of());

    Report report = content.reports().get(0);
    assertThat(report.meta().title()).isEqualTo("关于春运的通知");
    assertThat(report.markdown()).isEqualTo("\n## 一、总体要求\n");
    assertThat(report.bodyFirstLine()).isEqualTo(6);
    assertThat(report.section()).isEqualTo("gkml");
    assertThat(report.meta().slug()).isEqualTo("chunyun");
    assertThat(content.config().baseUrl()).isEqualTo(URI.create("https://www.example.gov.cn/jtj/"));
  }

  @Test
  void sectionPageIsReadWithItsIntroduction() {
    ParsedContent content = parse(List.of(), List.of(file("tzgg/_index.md", "---\ntitle: 通知公告\ndisclosure: false\n---\n本栏目发布通知。\n")));

    SectionPage section = content.sectionPages().get(0);
    assertThat(section.name()).isEqualTo("tzgg");
    assertThat(section.title()).isEqualTo("通知公告");
    assertThat(section.markdown()).isEqualTo("本栏目发布通知。\n");
    assertThat(section.disclosure()).isFalse();
  }

  @Test
  void sectionsAreDisclosureSectionsByDefault() {
    ParsedContent content = parse(List.of(), List.of(file("gkml/_index.md", "---\ntitle: 政府信息公开目录\n---\n")));

    assertThat(content.sectionPages().get(0).disclosure()).isTrue();
  }

  @Test
  void indexNumberIsNotRequiredInASectionThatIsNotForDisclosure() {
    ParsedContent content =
        parse(
            List.of(file("tzgg/2024/tingche.md", NO_INDEX)),
            List.of(file("tzgg/_index.md", "---\ntitle: 通知公告\ndisclosure: false\n---\n")));

    assertThat(content.reports()).extracting(r -> r.meta().indexNo()).containsExactly((IndexNumber) null);
  }

  @Test
  void indexNumberIsRequiredWhereTheSectionSaysDisclosure() {
    assertProblems(
        List.of(file("gkml/a.md", NO_INDEX), file("tzgg/b.md", NO_INDEX)),
        List.of(file("tzgg/_index.md", "---\ntitle: 通知公告\ndisclosure: false\n---\n"), file("gkml/_index.md", "---\ntitle: 目录\ndisclosure: true\n---\n")),
        "content/gkml/a.md" + INDEX_MISSING);
  }

  @Test
  void indexNumberIsRequiredInASectionWithoutIndexPage() {
    assertProblems(List.of(file("xxgk/a.md", NO_INDEX)), List.of(), "content/xxgk/a.md" + INDEX_MISSING);
  }

  @Test
  void everyProblemInEveryFileIsReportedAtOnceInFileAndLineOrder() {
    assertProblems(
        List.of(
            file("tzgg/c.md", "正文\n"),
            file("gkml/b.md", NO_INDEX),
            file("gkml/a.md", "---\ndate: yesterday\n---\n"),
            file("gkml/d.md", "---\ntitle: x\n"),
            file("gkml/e.md", REPORT.replace("date: 2024-01-02", "date: 2024-01-02\ntitle: again"))),
        List.of(file("tzgg/_index.md", "---\ndisclosure: false\n---\n")),
        "content/gkml/a.md:1:1: error: 'index_no' (索引号) is missing — add 'index_no: <credit code>/<year>-<serial>'; every report in a disclosure section needs one",
        "content/gkml/a.md:1:1: error: 'title' is missing — add a line 'title: <the report's title>'",
        "content/gkml/a.md:2:1: error: 'yesterday' is not a date — write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS",
        "content/gkml/b.md" + INDEX_MISSING,
        "content/gkml/d.md:1:1: error: front matter is not closed — add a line '---' after the last front-matter key",
        "content/gkml/e.md:5:1: error: key 'title' appears twice (first on line 2) — keep one of them",
        "content/tzgg/_index.md:1:1: error: 'title' is missing — add a line 'title: <section title>'",
        "content/tzgg/c.md:1:1: error: front matter is missing — start the file with a line '---', the keys (title, index_no, date …), then another '---'");
  }

  @Test
  void reportOutsideASectionFolderIsAProblem() {
    assertProblems(
        List.of(file("a.md", REPORT)),
        List.of(),
        "content/a.md: error: report is not in a section folder — move it into a folder such as content/gkml/");
  }

  @Test
  void sectionPageBelowTheSectionFolderIsAProblem() {
    assertProblems(
        List.of(),
        List.of(file("gkml/2024/_index.md", "---\ntitle: 2024\n---\n")),
        "content/gkml/2024/_index.md: error: _index.md is only read in a section folder directly under content/ — move it to content/<section>/_index.md or delete it");
  }

  @Test
  void sectionPageWithAnEmptyTitleIsAProblemAtItsLine() {
    assertProblems(
        List.of(),
        List.of(file("tzgg/_index.md", "---\ndisclosure: false\ntitle: ''\n---\n")),
        "content/tzgg/_index.md:3:1: error: 'title' is empty — add a line 'title: <section title>'");
  }

  @Test
  void yamlSyntaxErrorInFrontMatterIsReportedAtItsMarkdownFileLine() {
    assertProblems(
        List.of(file("gkml/a.md", "---\ntitle: 标题\nindex_no: 113715020044301982/2024-00001\n\tdate: 2024-01-02\n---\n正文\n")),
        List.of(),
        "content/gkml/a.md:4:1: error: YAML syntax error: while scanning for the next token: found character '\\t(TAB)' that cannot start any token."
            + " (Do not use \\t(TAB) for indentation) — check the indentation, and put values containing ': ' or starting with '[', '{', '*' or '#' in quotes");
  }

  @Test
  void disclosureMustBeABoolean() {
    assertProblems(
        List.of(),
        List.of(file("tzgg/_index.md", "---\ntitle: 通知公告\ndisclosure: 否\n---\n")),
        "content/tzgg/_index.md:3:1: error: 'disclosure' must be true or false — write disclosure: true or disclosure: false");
  }

  @Test
  void siteYamlProblemsStopTheStageBeforeReportsAreRead() {
    SourceFiles files = new SourceFiles(file("site.yaml", "title: 示例\n"), List.of(file("gkml/a.md", "正文\n")), List.of());

    assertThatThrownBy(() -> ContentParser.parse(files, null))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems())
                .extracting(Object::toString)
                .containsExactly(
                    "content/site.yaml:1:1: error: 'base_url' is missing — add 'base_url: https://…/', the address the site is published at, or pass --base-url"));
  }

  @Test
  void baseUrlOptionIsPassedToTheSiteSettings() {
    SourceFiles files = new SourceFiles(file("site.yaml", "title: 示例\n"), List.of(), List.of());

    assertThat(ContentParser.parse(files, "http://localhost:1313").config().baseUrl()).isEqualTo(URI.create("http://localhost:1313/"));
  }

  @Test
  void datesUseTheSiteTimeZone() {
    SourceFiles files =
        new SourceFiles(
            file("site.yaml", "title: 示例\nbase_url: https://www.example.gov.cn/\ntime_zone: Asia/Urumqi\n"),
            List.of(file("gkml/a.md", REPORT.replace("2024-01-02", "2024-01-02T00:00:00Z"))),
            List.of());

    assertThat(ContentParser.parse(files, null).reports().get(0).meta().date().value()).hasToString("2024-01-02T06:00+06:00[Asia/Urumqi]");
  }
}
