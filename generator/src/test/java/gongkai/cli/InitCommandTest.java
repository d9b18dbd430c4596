package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gongkai.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  /** A setting whose value is a （…） prompt: {@code title: （网站名称…）}, quoted or not. */
  private static final Pattern PROMPT = Pattern.compile("(?m)^(\\s*)([a-z_]+): \"?（[^\\n]*）\"?$");
  /** What an editor writes over each prompt. */
  private static final Map<String, String> FILLED = Map.of(
      "title", "某县交通运输局政府信息公开",
      "base_url", "https://www.example.gov.cn/gk/",
      "organization", "某县交通运输局",
      "index_code", "\"113715020044301982\"",
      "site_code", "\"3715020044\"",
      "icp", "鲁ICP备05012345号",
      "public_security", "鲁公网安备 37150202000123号",
      "address", "某县某路 1 号",
      "phone", "0635-0000000");

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** A prompt of a starter page: {@code （请填写联系电话。）}, which check reports (content.Placeholders). */
  static final Pattern PAGE_PROMPT = Pattern.compile("（请填写[^（）\\n]*。）");
  /** The starter pages init writes with prompts in them. */
  static final List<String> STARTER_PAGES = List.of("content/gkzn/zhinan.md", "content/ysqgk/shenqing.md");

  /** Fills every （…） prompt of the site's site.yaml and starter pages as an editor would. */
  static void fillPrompts(Path site) throws IOException {
    fillSettings(site);
    for (String page : STARTER_PAGES) {
      Path file = site.resolve(page);
      Files.writeString(file, PAGE_PROMPT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("某县交通运输局办公室"), StandardCharsets.UTF_8);
    }
  }

  /** The prompts of a starter page, each once per line it is on. */
  static long pagePrompts(Path site) throws IOException {
    long count = 0;
    for (String page : STARTER_PAGES) {
      count += PAGE_PROMPT.matcher(Files.readString(site.resolve(page), StandardCharsets.UTF_8)).results().count();
    }
    return count;
  }

  /** Fills every （…） prompt of the site's site.yaml as an editor would; fails on a prompt it has no value for. */
  static void fillSettings(Path site) throws IOException {
    Path file = site.resolve("content/site.yaml");
    Matcher m = PROMPT.matcher(Files.readString(file, StandardCharsets.UTF_8));
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      assertThat(FILLED).as("a value for the prompt %s", m.group()).containsKey(m.group(2));
      m.appendReplacement(filled, Matcher.quoteReplacement(m.group(1) + m.group(2) + ": " + FILLED.get(m.group(2))));
    }
    m.appendTail(filled);
    Files.writeString(file, filled, StandardCharsets.UTF_8);
  }

  @Test
  void initWritesASiteThatBuildsWithTheBuiltInThemesOnceItsPromptsAreFilled() throws IOException {
    Path site = tmp.resolve("东昌府 交通局");

    assertThat(run("init", site.toString())).isZero();
    assertThat(TestSites.files(site).keySet()).containsExactlyInAnyOrder(
        "content/site.yaml", "content/gkzn/_index.md", "content/gkzn/zhinan.md", "content/gkzd/_index.md",
        "content/gkml/_index.md", "content/ndbg/_index.md", "content/ysqgk/_index.md", "content/ysqgk/shenqing.md",
        ".gitignore", "README.md", "ci/gongkai.sh", ".github/workflows/gongkai.yml");
    fillPrompts(site);
    assertThat(Files.readString(site.resolve("content/site.yaml"))).doesNotContain(": （");

    assertThat(run("check", "--source", site.toString())).as(out.toString()).isZero();
    assertThat(run("build", "--source", site.toString())).as(err.toString()).isZero();
    assertThat(site.resolve("themes")).doesNotExist();
    assertThat(Files.readString(site.resolve("public/index.html"))).contains("某县交通运输局政府信息公开");
    assertThat(Files.readString(site.resolve("public/gkml/index.html"))).contains("法定主动公开内容");
    assertThat(site.resolve("public/care/index.html")).exists();
    assertThat(Files.readString(site.resolve("public/ysqgk/shenqing/index.html")))
        .contains("第三十三条").contains("某县交通运输局办公室").doesNotContain("（请填写");
  }

  /** The home page opens as a 政府信息公开 column: its five entries in site.yaml order, then the latest reports. */
  @Test
  void theHomePageListsTheColumnsEntriesFirstThenTheLatestReports() throws IOException {
    Path site = tmp.resolve("site");
    run("init", site.toString());
    fillPrompts(site);
    assertThat(run("build", "--source", site.toString())).as(err.toString()).isZero();

    String home = Files.readString(site.resolve("public/index.html"));
    List<String> entries = Pattern.compile("<li><a href=\"[^\"]*\">([^<]+)</a> <span class=\"section-count\">")
        .matcher(home.substring(home.indexOf("class=\"home-sections\""), home.indexOf("class=\"home-latest\"")))
        .results().map(m -> m.group(1)).toList();
    assertThat(entries).containsExactly("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开");
    assertThat(home.indexOf("class=\"home-sections\"")).isPositive().isLessThan(home.indexOf("class=\"home-latest\""));
    // The guide and how to apply are pages of their sections, with no 索引号 (disclosure: false).
    assertThat(Files.readString(site.resolve("public/gkzn/zhinan/index.html"))).contains("政府信息公开指南").doesNotContain("索引号");
  }

  @Test
  void checkReportsEachPromptOfTheStarterPagesOnceTheSettingsAreFilled() throws IOException {
    Path site = tmp.resolve("site");
    run("init", site.toString());
    fillSettings(site);

    assertThat(run("check", "--source", site.toString())).isEqualTo(Main.PROBLEMS);
    List<String> problems = out.toString().lines().toList();
    assertThat(problems.subList(0, problems.size() - 1))
        .hasSize((int) pagePrompts(site))
        .allMatch(line -> line.matches("content/(gkzn/zhinan|ysqgk/shenqing)\\.md:\\d+:\\d+: 错误: “（请填写.*"));
  }

  @Test
  void theFirstReportOfAnInitedSiteGetsTheFirstIndexNumberOfItsCode() throws IOException {
    Path site = tmp.resolve("site");
    run("init", site.toString());
    fillPrompts(site);

    assertThat(run("new", "gkml", "关于做好冬季道路运输安全工作的通知", "--source", site.toString())).as(err.toString()).isZero();
    Path report = site.resolve(out.toString().strip());
    assertThat(Files.readString(report)).contains("index_no: 113715020044301982/");
    // The editor writes the body over the skeleton's （…） prompts.
    Files.writeString(report, Files.readString(report).replaceAll("（[^）\n]*）", "正文"));

    assertThat(run("build", "--source", site.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("已生成 3 条信息（"); // zh-CN, as the init'ed site says; the report and the two starter pages
  }

  /** Every value an editor must replace is reported at its line, and nothing else; the pages' prompts come next. */
  @Test
  void checkOnAnUntouchedSiteReportsEachPromptOfItsSettings() throws IOException {
    Path site = tmp.resolve("site");
    run("init", site.toString());
    List<String> yaml = Files.readAllLines(site.resolve("content/site.yaml"));
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < yaml.size(); i++) {
      Matcher m = PROMPT.matcher(yaml.get(i));
      if (m.matches()) {
        expected.add("content/site.yaml:" + (i + 1) + ":" + (m.group(1).length() + 1) + ": 错误: " + m.group(2) + " 还是 gongkai init 写的提示“"
            + yaml.get(i).replaceFirst("^[^（]*", "").replaceFirst("\"$", "") + "” — 换成本网站自己的内容，连同括号一起换掉");
      }
    }
    assertThat(expected).extracting(line -> line.replaceFirst(" 还是.*", "").replaceFirst(".*错误: ", ""))
        .containsExactly("title", "base_url", "organization", "index_code", "site_code", "icp", "public_security", "address", "phone");

    int code = run("check", "--source", site.toString());

    assertThat(code).isEqualTo(Main.PROBLEMS);
    List<String> problems = out.toString().lines().toList();
    assertThat(problems.subList(0, problems.size() - 1)).containsExactlyElementsOf(expected);
    assertThat(problems.get(problems.size() - 1)).isEqualTo("检查未通过：" + expected.size() + " 个错误。");
  }

  @Test
  void initNamesEachPromptByItsLineAndTheCommandsToRunNext() throws IOException {
    Path site = tmp.resolve("我的 网站");

    run("init", site.toString());

    List<String> yaml = Files.readAllLines(site.resolve("content/site.yaml"));
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("新网站已建在“" + site + "”（12 个文件）。");
    assertThat(lines.get(1)).isEqualTo("请把 content/site.yaml、content/gkzn/zhinan.md、content/ysqgk/shenqing.md"
        + " 里每个“（…）”提示换成本网站自己的内容，连同括号一起换掉：");
    assertThat(lines).contains("  content/site.yaml:" + (yaml.indexOf("title: （网站名称，例如：某某县交通运输局政府信息公开）") + 1)
        + ": title: （网站名称，例如：某某县交通运输局政府信息公开）");
    assertThat(lines.subList(2, lines.size() - 1))
        .hasSize((int) (PROMPT.matcher(String.join("\n", yaml)).results().count() + pagePrompts(site)));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("然后运行 gongkai check --source \"" + site + "\" 检查，gongkai serve --source \""
        + site + "\" 预览，gongkai build --source \"" + site + "\" 把网站生成到 public/。");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aFolderWithAnythingInItIsRefusedAndLeftAlone() throws IOException {
    Path site = tmp.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("notes.txt"), "mine");

    int code = run("init", site.toString());

    assertThat(code).isEqualTo(Main.PROBLEMS);
    assertThat(err.toString().lines()).containsExactly("gongkai init: “" + site + "”不是空文件夹，什么也没有写入"
        + " — gongkai init 只在新的或空的文件夹里建网站，例如 gongkai init 我的网站");
    assertThat(TestSites.files(site).keySet()).containsExactly("notes.txt");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aFileIsRefused() throws IOException {
    Path file = tmp.resolve("site");
    Files.writeString(file, "mine");

    assertThat(run("init", file.toString())).isEqualTo(Main.PROBLEMS);
    assertThat(err.toString()).startsWith("gongkai init: “" + file + "”是一个文件，不是文件夹，什么也没有写入 — ");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void aRepositoryJustClonedFromAnEmptyProjectIsEmptyEnough() throws IOException {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve(".git"));

    assertThat(run("init", site.toString())).isZero();
    assertThat(site.resolve("content/site.yaml")).exists();
  }

  @Test
  void theCurrentFolderIsTheDefaultAndTheNextCommandsNeedNoSource() throws Exception {
    // A JVM cannot change its own working folder: run gongkai init in a child started in tmp.
    Process init = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "init")
        .directory(tmp.toFile()).redirectErrorStream(true).start();
    String printed = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(init.waitFor()).as(printed).isZero();
    assertThat(tmp.resolve("content/site.yaml")).exists();
    assertThat(printed.lines().findFirst().orElseThrow()).isEqualTo("新网站已建在“" + tmp.toRealPath() + "”（12 个文件）。");
    assertThat(printed.lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("然后运行 gongkai check 检查，gongkai serve 预览，gongkai build 把网站生成到 public/。");
  }

  @Test
  void theCiRecipesPinThisGongkaiAndCheckBeforeTheyBuild() throws IOException {
    Path site = tmp.resolve("site");
    run("init", site.toString());
    String version = GongkaiVersion.current();

    String recipe = Files.readString(site.resolve("ci/gongkai.sh"));
    assertThat(recipe).contains("GONGKAI_VERSION=${GONGKAI_VERSION:-" + version + "}").doesNotContain("@GONGKAI_VERSION@");
    assertThat(recipe.indexOf("/bin/gongkai\" check")).isPositive().isLessThan(recipe.indexOf("/bin/gongkai\" build"));
    assertThat(Files.getPosixFilePermissions(site.resolve("ci/gongkai.sh"))).contains(PosixFilePermission.OWNER_EXECUTE);

    JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(site.resolve(".github/workflows/gongkai.yml").toFile());
    assertThat(workflow.at("/env/GONGKAI_VERSION").asText()).isEqualTo(version);
    JsonNode steps = workflow.at("/jobs/build/steps");
    assertThat(steps.findValuesAsText("run")).containsExactly("sh ci/gongkai.sh");
    assertThat(steps.findValuesAsText("uses")).contains("actions/setup-java@v4", "actions/cache@v4");
    assertThat(steps.findValues("with").stream().map(w -> w.path("path").asText()).toList()).contains(".gongkai", "public/");
    assertThat(Files.readString(site.resolve(".gitignore")).lines()).contains("/public/", "/.gongkai/");
  }
}
