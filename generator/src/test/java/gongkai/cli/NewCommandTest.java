package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NewCommandTest {
  // 03:04:05 UTC is 11:04:05 in Asia/Shanghai, the sample's zone: the file must show the site's time.
  private static final Instant NOW = Instant.parse("2026-11-26T03:04:05Z");
  private static final String TITLE = "关于做好2026年冬季道路运输安全工作的通知";

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Instant now, String... args) {
    return runAsIs(now, BuildCommandTest.english(args));
  }

  /** Without {@code --lang en}: in the site's language. */
  private int runAsIs(Instant now, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            return type == NewCommand.class ? type.cast(new NewCommand(clock)) : CommandLine.defaultFactory().create(type);
          }
        };
    return Main.run(new CommandLine(new Main(), factory), new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path sample() {
    return TestSites.assemble(TestSites.projectRoot().resolve("content"), tmp.resolve("site"));
  }

  private Path site(String siteYaml, String... reports) throws IOException {
    Path site = tmp.resolve("small");
    write(site, "content/site.yaml", "title: 测试局政府信息公开\nbase_url: https://www.example.gov.cn/\norganization: 测试局\n" + siteYaml);
    for (int i = 0; i < reports.length; i++) {
      write(site, "content/gkml/2026/r" + i + ".md", "---\ntitle: 报告\nindex_no: " + reports[i] + "\ndate: 2026-01-02\n---\n\n正文。\n");
    }
    return site;
  }

  private static void write(Path site, String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** What an editor does with a new report: writes over each （…） prompt of the template. */
  private static void fillIn(Path report) throws IOException {
    Files.writeString(report, read(report).replaceAll("（(导语：[^）]*|正文。)）", "本文正文。").replaceAll("（(第.部分标题)）", "工作情况"),
        StandardCharsets.UTF_8);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void newReportChecksCleanAndIsBuiltIntoItsSectionTheHomePageTheSitemapAndTheFeed() throws IOException {
    Path site = sample();

    assertThat(run(NOW, "new", "gkml", TITLE, "--source", site.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).isEqualTo("content/gkml/2026/20261126-00000002.md" + System.lineSeparator());
    assertThat(err.toString()).isEmpty();
    String report = read(site.resolve("content/gkml/2026/20261126-00000002.md"));
    assertThat(report).startsWith(
        "---\ntitle: " + TITLE + "\nindex_no: 113715020044301982/2026-00000002\npublisher: 东昌府区交通运输局\ndate: 2026-11-26 11:04:05\n");
    assertThat(report).contains("\n# summary: ", "\n# category: ", "\n## 一、");

    // Left as written, the template's prompts are refused at their lines, so they are never published.
    assertThat(run(NOW, "check", "--source", site.toString())).isEqualTo(Main.PROBLEMS);
    assertThat(out.toString().lines().filter(l -> l.contains("is a prompt of the template")).map(l -> l.replaceFirst(": error: .*", "")))
        .containsExactly("content/gkml/2026/20261126-00000002.md:13:1", "content/gkml/2026/20261126-00000002.md:15:6",
            "content/gkml/2026/20261126-00000002.md:17:1", "content/gkml/2026/20261126-00000002.md:19:6",
            "content/gkml/2026/20261126-00000002.md:21:1");

    // What an editor runs next, with the prompts written over: the skeleton passes every check,
    // without even a warning.
    fillIn(site.resolve("content/gkml/2026/20261126-00000002.md"));
    out.getBuffer().setLength(0);
    assertThat(run(NOW, "check", "--source", site.toString())).as(out.toString()).isZero();
    assertThat(out.toString()).isEqualTo("No problems in 10 reports." + System.lineSeparator());

    assertThat(run(NOW, "build", "--source", site.toString())).as(err.toString()).isZero();
    Path out = site.resolve("public");
    String url = "/jtj/gkml/2026/20261126-00000002/";
    for (String page : new String[] {"gkml/index.html", "index.html"}) {
      Document doc = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
      assertThat(doc.select("main a[href=" + url + "]").eachText()).as(page).containsExactly(TITLE);
    }
    // The newest report heads the home page's latest list.
    assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").selectFirst(".home-latest li a").attr("href")).isEqualTo(url);
    assertThat(read(out.resolve("sitemap.xml"))).contains("<loc>https://www.example.gov.cn" + url + "</loc>");
    assertThat(read(out.resolve("feed.xml"))).contains("https://www.example.gov.cn" + url, TITLE);
    assertThat(read(out.resolve("gkml/feed.xml"))).contains("https://www.example.gov.cn" + url);
    assertThat(read(out.resolve(gongkai.content.FrontMatterSchema.PATH)))
        .as("the committed docs/front-matter.schema.json is what the build writes")
        .isEqualTo(read(TestSites.projectRoot().resolve("docs/front-matter.schema.json")));
  }

  @Test
  void twoReportsOnOneDayGetTwoSerials() throws IOException {
    Path site = sample();

    assertThat(run(NOW, "new", "tzgg", "第一份", "--source", site.toString())).isZero();
    String first = out.toString().strip();
    assertThat(run(NOW.plusSeconds(60), "new", "tzgg", "第二份", "--source", site.toString())).isZero();
    String second = out.toString().strip();

    assertThat(first).isEqualTo("content/tzgg/2026/20261126-00000002.md");
    assertThat(second).isEqualTo("content/tzgg/2026/20261126-00000003.md");
    assertThat(read(site.resolve(second))).contains("index_no: 113715020044301982/2026-00000003\n", "date: 2026-11-26 11:05:05\n");
  }

  @Test
  void serialFollowsTheYearsHighestAtItsWidth() throws IOException {
    Path site = sample();

    // The sample's highest 2024 serial is 45222190 (tzgg/2024/tingche-gonggao.md).
    assertThat(run(Instant.parse("2024-06-01T00:00:00Z"), "new", "gkml", TITLE, "--source", site.toString(), "--slug", "dongji-anquan"))
        .as(err.toString()).isZero();

    assertThat(out.toString().strip()).isEqualTo("content/gkml/2024/dongji-anquan.md");
    assertThat(read(site.resolve("content/gkml/2024/dongji-anquan.md"))).contains("index_no: 113715020044301982/2024-45222202\n");
  }

  @Test
  void existingFileIsNeverOverwritten() throws IOException {
    Path site = sample();
    assertThat(run(NOW, "new", "gkml", TITLE, "--source", site.toString(), "--slug", "tongzhi")).isZero();
    Path file = site.resolve("content/gkml/2026/tongzhi.md");
    Files.writeString(file, "edited", StandardCharsets.UTF_8);

    assertThat(run(NOW, "new", "gkml", "另一份", "--source", site.toString(), "--slug", "tongzhi")).isEqualTo(Main.PROBLEMS);

    assertThat(err.toString()).isEqualTo(
        "content/gkml/2026/tongzhi.md: error: already exists; nothing was written — choose another --slug" + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
    assertThat(read(file)).isEqualTo("edited");
  }

  @Test
  void unknownSectionIsRefusedListingTheSections() throws IOException {
    Path site = sample();

    assertThat(run(NOW, "new", "xxgk", TITLE, "--source", site.toString())).isEqualTo(Main.PROBLEMS);

    assertThat(err.toString()).isEqualTo(
        "gongkai new: unknown section 'xxgk' — use one of: gkml, ndbg, tzgg"
            + " (a section is a folder under content/ or an entry of 'sections' in content/site.yaml)" + System.lineSeparator());
    assertThat(site.resolve("content/xxgk")).doesNotExist();
  }

  @Test
  void reportOutsideDisclosureSectionsHasNoIndexNumberAndIsNamedByTime() throws IOException {
    Path site = site("");
    write(site, "content/news/_index.md", "---\ntitle: 工作动态\ndisclosure: false\n---\n");
    TestSites.copyTree(TestSites.projectRoot().resolve("themes"), site.resolve("themes"));

    assertThat(run(NOW, "new", "news", TITLE, "--source", site.toString())).as(err.toString()).isZero();

    assertThat(out.toString().strip()).isEqualTo("content/news/2026/20261126-110405.md");
    assertThat(read(site.resolve("content/news/2026/20261126-110405.md"))).doesNotContain("index_no").contains("date: 2026-11-26 11:04:05\n");
    fillIn(site.resolve("content/news/2026/20261126-110405.md"));
    assertThat(run(NOW, "build", "--source", site.toString())).as(err.toString()).isZero();
  }

  @Test
  void siteWithoutSectionsSaysHowToMakeOne() throws IOException {
    Path site = site("");

    assertThat(run(NOW, "new", "gkml", TITLE, "--source", site.toString())).isEqualTo(Main.PROBLEMS);

    assertThat(err.toString()).isEqualTo(
        "gongkai new: unknown section 'gkml' — the site has no sections yet"
            + " (a section is a folder under content/ or an entry of 'sections' in content/site.yaml)" + System.lineSeparator());
  }

  @Test
  void badArgumentsAreUsageErrors() throws IOException {
    Path site = sample();
    String source = site.toString();

    assertThat(run(NOW, "new", "gkml", "--source", source)).isEqualTo(Main.USAGE);
    assertThat(run(NOW, "new", "gkml", "  ", "--source", source)).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("gongkai new: the title is empty");
    assertThat(run(NOW, "new", "gkml", TITLE, "--slug", "Dongji_Anquan", "--source", source)).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("gongkai new: --slug 'Dongji_Anquan' may only use a-z, 0-9 and '-'");
    assertThat(run(NOW, "new", "../gkml", TITLE, "--source", source)).isEqualTo(Main.USAGE);
    assertThat(site.resolve("content/gkml/2026")).doesNotExist();
  }

  @Test
  void aChineseSiteIsToldInChinese() throws IOException {
    Path site = sample();

    assertThat(runAsIs(NOW, "new", "gkml", "--source", site.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString().lines()).containsExactly(
        "gongkai new: 缺少标题 — 请把标题写在引号里：gongkai new gkml \"关于……的通知\"", "用法请看 gongkai new --help。");

    assertThat(runAsIs(NOW, "new", "xxgk", TITLE, "--source", site.toString())).isEqualTo(Main.PROBLEMS);
    assertThat(err.toString().lines()).containsExactly("gongkai new: 没有“xxgk”这个栏目 — 请用以下之一：gkml、ndbg、tzgg"
        + "（栏目是 content/ 下的文件夹，或 content/site.yaml 中 sections 列出的一项）");
  }

  @Test
  void helpNamesTheArgumentsAndOptions() {
    assertThat(run(NOW, "new", "--help")).isZero();
    assertThat(out.toString()).contains("SECTION", "TITLE", "--slug=SLUG", "--source=DIR");
  }

  @Test
  void creditCodeComesFromTheReportsWhenIndexCodeIsNotSet() throws IOException {
    Path site = site("", "113715020044301982/2026-007", "113715020044301982/2025-120");

    assertThat(run(NOW, "new", "gkml", TITLE, "--source", site.toString())).as(err.toString()).isZero();

    assertThat(read(site.resolve(out.toString().strip()))).contains("index_no: 113715020044301982/2026-008\n", "publisher: 测试局\n");
  }

  @Test
  void withoutAnyCreditCodeTheEditorIsToldToSetIndexCode() throws IOException {
    Path site = site("sections: [gkml]\n");

    assertThat(run(NOW, "new", "gkml", TITLE, "--source", site.toString())).isEqualTo(Main.PROBLEMS);

    assertThat(err.toString()).isEqualTo(
        "content/site.yaml: error: no credit code for the 索引号: no report has an index_no and index_code is not set"
            + " — add index_code: \"<code>\" to it, the code new 索引号 start with (the 18-character unified social credit code"
            + " or the 9-character organisation code)"
            + System.lineSeparator());
  }

  @Test
  void reportsWithSeveralCreditCodesNeedIndexCode() throws IOException {
    Path several = site("", "113715020044301982/2026-1", "91350100M000100Y43/2026-2");
    assertThat(run(NOW, "new", "gkml", TITLE, "--source", several.toString())).isEqualTo(Main.PROBLEMS);
    assertThat(err.toString()).contains("use 2 credit codes (113715020044301982, 91350100M000100Y43)");

    Files.writeString(several.resolve("content/site.yaml"), "index_code: \"91350100M000100Y43\"\n", StandardOpenOption.APPEND);
    assertThat(run(NOW, "new", "gkml", TITLE, "--source", several.toString())).as(err.toString()).isZero();
    assertThat(read(several.resolve(out.toString().strip()))).contains("index_no: 91350100M000100Y43/2026-3\n");
  }

  @Test
  void organisationCodeIsFollowedWithItsHyphenAndWidth() throws IOException {
    Path site = site("", "00824883-6/2026-029", "00824883-6/2025-120");

    assertThat(run(NOW, "new", "gkml", TITLE, "--source", site.toString())).as(err.toString()).isZero();

    assertThat(read(site.resolve(out.toString().strip()))).contains("index_no: 00824883-6/2026-030\n");
  }

  @Test
  void yearMonthNumbersGetThisMonth() throws IOException {
    Path site = site("", "000014349/202601-00041");

    assertThat(run(NOW, "new", "gkml", TITLE, "--source", site.toString())).as(err.toString()).isZero();

    assertThat(read(site.resolve(out.toString().strip()))).contains("index_no: 000014349/202611-00042\n");
  }

  @Test
  void organisationCodeInIndexCodeStartsTheFirstNumber() throws IOException {
    Path site = site("index_code: \"000014349\"\nsections: [gkml]\n");

    assertThat(run(NOW, "new", "gkml", TITLE, "--source", site.toString())).as(err.toString()).isZero();

    assertThat(read(site.resolve(out.toString().strip()))).contains("index_no: 000014349/2026-00001\n");
  }

  @Test
  void declaredSchemeIsFollowed() throws IOException {
    Path site = site("index_scheme:\n  pattern: '(?<code>[0-9]{10})/(?<year>[0-9]{4})-(?<serial>[0-9]+)'\n  check: none\n",
        "6107280000/2026-001005", "6107280000/2025-001200");

    assertThat(run(NOW, "new", "gkml", TITLE, "--source", site.toString())).as(err.toString()).isZero();

    Path report = site.resolve(out.toString().strip());
    assertThat(read(report)).contains("index_no: 6107280000/2026-001006\n");

    // The schema published for editors checks the site's own form.
    fillIn(report);
    TestSites.copyTree(TestSites.projectRoot().resolve("themes"), site.resolve("themes"));
    assertThat(run(NOW, "build", "--source", site.toString())).as(err.toString()).isZero();
    assertThat(read(site.resolve("public").resolve(gongkai.content.FrontMatterSchema.PATH)))
        .contains("\"pattern\": \"^(?:([0-9]{10})/([0-9]{4})-([0-9]+))$\"");
  }

  @Test
  void declaredSchemeWithoutAReportToFollowAsksForTheFirstNumber() throws IOException {
    Path site = site("index_code: GK\nsections: [gkml]\nindex_scheme:\n  pattern: '(?<code>GK)-(?<serial>[0-9]+)'\n  check: none\n");

    assertThat(run(NOW, "new", "gkml", TITLE, "--source", site.toString())).isEqualTo(Main.PROBLEMS);

    assertThat(err.toString()).isEqualTo("content/site.yaml: error: no report shows the form of the site's 索引号 yet, and"
        + " GK/2026-00001 does not match index_scheme — write the first report's index_no by hand; gongkai new numbers the"
        + " next ones after it" + System.lineSeparator());
  }
}
