package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final String REPORT =
      "---\ntitle: 年度报告\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-02\n---\n\n## 一、概况\n\n正文。\n";

  @TempDir Path tmp;

  private Path site;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeSite() throws IOException {
    site = tmp.resolve("site");
    TestSites.copyTree(TestSites.projectRoot().resolve("themes"), site.resolve("themes"));
    write("content/site.yaml", "title: 测试局\nbase_url: https://www.example.gov.cn/jtj/\norganization: 测试局\n");
    write("content/gkml/2024/a.md", REPORT);
  }

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), english(args));
  }

  @Test
  void cleanSiteChecksWithExitZeroAndWritesNothing() {
    Map<String, byte[]> before = TestSites.files(site);

    int code = run("check", "--source", site.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).isEqualTo("No problems in 1 report.\n");
    assertThat(err.toString()).isEmpty();
    assertThat(site.resolve("public")).doesNotExist();
    assertThat(TestSites.files(site)).containsOnlyKeys(before.keySet().toArray(String[]::new));
  }

  @Test
  void theSampleSiteHasNoProblems() {
    int code = run("check", "--source", TestSites.projectRoot().toString());

    assertThat(out.toString()).startsWith("No problems in ");
    assertThat(code).isZero();
  }

  @Test
  void linksThatWorkOnTheBuiltPageAreNotProblems() throws IOException {
    write("content/gkml/2024/plan.pdf", "%PDF-1.4\n");
    write(
        "content/gkml/2024/b.md",
        REPORT.replace("00001", "00002")
            + "\n[同页](#一-概况) [另一份](../a/#一-概况) [无斜杠](../a) [关怀版](/jtj/care/gkml/2024/a/)"
            + " [栏目](/jtj/gkml/) [首页](../../../) [订阅](/jtj/feed.xml) [文件](plan.pdf) [样式](/jtj/assets/css/site.css)"
            + " [外站](https://www.gov.cn/) [邮件](mailto:a@b.cn) [脚注](#fn-1) [目录](#toc) [首页 index](../../../index.html)\n");

    int code = run("check", "--source", site.toString());

    assertThat(out.toString()).isEqualTo("No problems in 2 reports.\n");
    assertThat(code).isZero();
  }

  @Test
  void warningsAlonePassButArePrinted() throws IOException {
    write("content/gkml/2024/a.md", REPORT.replace("## 一", "#### 一"));

    int code = run("check", "--source", site.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "content/gkml/2024/a.md:7:1: warning: heading level skips from # to #### (the page title is the # heading)"
                + " — write it as ##, so screen readers show the outline in order\nCheck passed: 1 warning.\n");
  }

  @Test
  void aSiteWithoutLanguageIsCheckedInChinese() throws IOException {
    write("content/gkml/2024/a.md", REPORT.replace("## 一", "#### 一"));

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--source", site.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).isEqualTo(
        "content/gkml/2024/a.md:7:1: 警告: 标题级别从 # 跳到了 ####（页面标题就是 # 一级标题） — 请改为 ##，读屏软件才能按层次读出文章结构\n"
            + "检查通过：1 个警告。\n");
  }

  @Test
  void anEnglishSiteIsCheckedInEnglishUnlessLangSaysOtherwise() throws IOException {
    write("content/site.yaml", "title: Test\nbase_url: https://www.example.gov.cn/jtj/\norganization: Test\nlanguage: en\n");

    Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--source", site.toString());
    Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--lang", "zh-CN", "--source", site.toString());

    assertThat(out.toString()).isEqualTo("No problems in 1 report.\n检查了 1 条信息，没有发现问题。\n");
  }

  @Test
  void githubAnnotationsKeepTheirSyntaxWithChineseText() throws IOException {
    write("content/gkml/2024/a.md", REPORT + "\n[坏链接](../nope/)\n");

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--format", "github", "--lang", "zh-CN", "--source", site.toString());

    assertThat(code).isEqualTo(Main.PROBLEMS);
    assertThat(out.toString().lines().toList()).containsExactly(
        "::error file=content/gkml/2024/a.md,line=11,col=7::链接“../nope/”指向 /jtj/gkml/2024/nope/，本站没有这个页面或文件"
            + " — 请核对地址；信息页面的地址以“/”结尾，例如 /jtj/gkml/2024/a/",
        "检查未通过：1 个错误。");
  }

  @Test
  void buildPrintsWarningsAndStillBuilds() throws IOException {
    write("content/gkml/2024/a.md", REPORT.replace("date: 2024", "doc_no: 东交发[2024]1号\ndate: 2024"));

    int code = run("build", "--source", site.toString());

    assertThat(code).isZero();
    assertThat(err.toString())
        .isEqualTo("content/gkml/2024/a.md:4:12: warning: 文号 '东交发[2024]1号' puts the year in []; GB/T 9704-2012 encloses it in 〔〕"
            + " — write doc_no: 东交发〔2024〕1号\n");
    assertThat(site.resolve("public/gkml/2024/a/index.html")).isRegularFile();
  }

  @Test
  void unknownFormatIsAUsageError() {
    int code = run("check", "--format", "json", "--source", site.toString());

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("gongkai: --format must be text or github, not 'json'");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingSiteIsAProblemNotACrash() {
    int code = run("check", "--source", tmp.resolve("nowhere").toString());

    assertThat(code).isEqualTo(Main.PROBLEMS);
    assertThat(out.toString()).startsWith("content/site.yaml: error: site settings not found");
  }

  @Test
  void asOfWithoutInspectionIsAUsageError() {
    int code = run("check", "--as-of", "2024-01-02", "--source", site.toString());

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("gongkai: --as-of is the day of an inspection: use it with --inspection");
  }

  @Test
  void anInspectionDayThatIsNoDateIsAUsageError() {
    int code = run("check", "--inspection", "--as-of", "2024年1月2日", "--source", site.toString());

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("gongkai: --as-of must be a date as YYYY-MM-DD, not '2024年1月2日'");
  }

  @Test
  void theInspectionAsJsonNamesEachFindingWithItsDates() {
    int code = run("check", "--inspection", "--as-of", "2024-01-20", "--format", "json", "--source", site.toString());

    assertThat(code).isEqualTo(Main.PROBLEMS);
    assertThat(out.toString()).isEqualTo("""
        {
          "as_of" : "2024-01-20",
          "source" : "国办秘函〔2019〕19号",
          "failed" : true,
          "vetoes" : [ "首页不更新" ],
          "findings" : [ {
            "rule" : "首页不更新",
            "level" : "veto",
            "file" : "content/",
            "line" : 0,
            "subject" : "首页",
            "newest" : "2024-01-02",
            "due" : "2024-01-16",
            "days_late" : 4
          } ]
        }
        """);
  }

  @Test
  void contentErrorsStopTheInspectionBeforeItStarts() throws IOException {
    write("content/gkml/2024/a.md", REPORT.replace("date: 2024-01-02", "date: 2024-13-01"));

    int code = run("check", "--inspection", "--as-of", "2024-01-20", "--source", site.toString());

    assertThat(code).isEqualTo(Main.PROBLEMS);
    assertThat(out.toString()).contains("2024-13-01").endsWith("; fix them before the inspection.\n");
  }

  /** The expectations here are English; {@code --lang} before the command applies to it. */
  static String[] english(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--lang";
    all[1] = "en";
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }
}
