package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gongkai.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as a bureau installs it: the {@code .tar.gz} that {@code mvn package} makes, unpacked
 * into a folder whose path has a space and Chinese characters, run through its own
 * {@code bin/gongkai} with nothing on the {@code PATH} (no Maven, no gongkai sources, no themes).
 * It runs in Maven's verify phase, after the archives exist (generator/pom.xml).
 */
class ReleaseArchiveTest {
  private static final String VERSION = System.getProperty("gongkai.version");
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  @TempDir static Path tmp;
  private static Path release;
  /** An empty folder: the whole PATH, so nothing but the release and its Java can be run. */
  private static Path bare;

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Path.of(System.getProperty("gongkai.release", "target/gongkai-" + VERSION + ".tar.gz"));
    required(Files.isRegularFile(archive), archive + " is made by 'mvn package'; this test runs in 'mvn verify'");
    Path installed = Files.createDirectories(tmp.resolve("政务 公开/gongkai 发布包"));
    Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", installed.toString())
        .redirectErrorStream(true).start();
    assertThat(tar.waitFor()).as(new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    release = installed.resolve("gongkai-" + VERSION);
    bare = Files.createDirectories(tmp.resolve("empty-path"));
  }

  /** Runs {@code command} in {@code dir} with only {@code env} set: no LANG, no PATH beyond {@code bare}. */
  private static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder process = new ProcessBuilder(command).directory(dir.toFile());
    process.environment().clear();
    process.environment().put("PATH", bare.toString());
    process.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = process.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Where the machine's {@code tool} is, as {@code command -v} finds it. */
  private static String locate(String tool) throws Exception {
    Process which = new ProcessBuilder("/bin/sh", "-c", "command -v " + tool).start();
    String path = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(which.waitFor()).as("%s on this machine", tool).isZero();
    return path;
  }

  private static Map<String, String> withJava() {
    return Map.of("JAVA_HOME", JAVA_HOME.toString());
  }

  private static String gongkai() {
    return release.resolve("bin/gongkai").toString();
  }

  @Test
  void theArchivesHoldTheLaunchersTheJarAndTheGuide() throws IOException {
    try (var files = Files.walk(release)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> release.relativize(f).toString()).toList())
          .contains("bin/gongkai", "bin/gongkai.cmd", "lib/gongkai.jar", "README.txt", "README.md", "docs/编辑指南.md", "docs/editor-guide.md",
              "docs/writing-reports.md", "docs/ci/github-pages.yml", "docs/screenshots/care-1280.png",
              "docs/themes.md", "themes/standard/templates/footer.peb", "themes/care/templates/stylesheets.peb");
    }
    assertThat(Files.isExecutable(release.resolve("bin/gongkai"))).isTrue();
    assertThat(Files.readString(release.resolve("README.txt"))).startsWith("gongkai " + VERSION + "\n");
    // cmd.exe needs CRLF; the POSIX script must not have it ("sh\r: not found").
    assertThat(Files.readString(release.resolve("bin/gongkai.cmd")).split("\r\n", -1)).noneMatch(line -> line.contains("\n"));
    assertThat(Files.readString(release.resolve("bin/gongkai"))).doesNotContain("\r");

    Path zip = Path.of(System.getProperty("gongkai.release", "target/gongkai-" + VERSION + ".tar.gz").replaceAll("\\.tar\\.gz$", ".zip"));
    TreeSet<String> zipped = new TreeSet<>();
    try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      archive.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
    }
    TreeSet<String> unpacked = new TreeSet<>();
    try (var files = Files.walk(release)) {
      files.filter(Files::isRegularFile).forEach(f -> unpacked.add("gongkai-" + VERSION + "/" + release.relativize(f)));
    }
    assertThat(zipped).isEqualTo(unpacked);
  }

  @Test
  void versionIsPrintedWithJavaFromJavaHome() throws Exception {
    Run run = run(tmp, withJava(), gongkai(), "--version");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("gongkai " + VERSION + "\n");
  }

  @Test
  void javaIsFoundOnPathWithoutJavaHome() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("java-on-path"));
    Files.createSymbolicLink(bin.resolve("java"), JAVA_HOME.resolve("bin/java"));

    Run run = run(tmp, Map.of("PATH", bin.toString()), gongkai(), "--version");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("gongkai " + VERSION + "\n");
  }

  @Test
  void withoutJavaTheEditorIsToldInChineseWhatToInstall() throws Exception {
    Run run = run(tmp, Map.of(), gongkai(), "--version");

    assertThat(run.code()).isEqualTo(127);
    assertThat(run.err().lines().findFirst().orElseThrow())
        .isEqualTo("gongkai：找不到 Java。请安装 Java 17 或更新版本，然后设置 JAVA_HOME，或把 java 所在目录加入 PATH。");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aLinkToTheLauncherFromAnotherFolderRunsTheRelease() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("usr local bin"));
    Path link = bin.resolve("gongkai");
    Files.createSymbolicLink(link, release.resolve("bin/gongkai"));
    // Following the link takes readlink, which every system has beside sh; still no Maven.
    Path tools = Files.createDirectories(tmp.resolve("tools"));
    Files.createSymbolicLink(tools.resolve("readlink"), Path.of(locate("readlink")));
    Map<String, String> env = new LinkedHashMap<>(withJava());
    env.put("PATH", tools.toString());

    Run run = run(bare, env, link.toString(), "--version");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("gongkai " + VERSION + "\n");
  }

  /**
   * The path for a bureau: init a site next to the release, check it (only the prompts are
   * reported), fill them in, check and build it, then run the CI recipe init wrote against this
   * release, all in a folder with a space and Chinese characters and under no locale at all.
   */
  @Test
  void aSiteInitedByTheReleaseChecksBuildsAndRunsItsCiRecipe() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("东昌府区 交通运输局"));
    Map<String, String> env = new LinkedHashMap<>(withJava());

    Run init = run(work, env, gongkai(), "init", "网站 内容");
    assertThat(init.code()).as(init.err()).isZero();
    Path site = work.resolve("网站 内容");
    assertThat(site.resolve("themes")).doesNotExist();

    Run untouched = run(work, env, gongkai(), "check", "--source", "网站 内容");
    assertThat(untouched.code()).isEqualTo(Main.PROBLEMS);
    // Exactly the values an editor must replace, each at its line of site.yaml, in the site's Chinese.
    List<String> problems = untouched.out().lines().toList();
    assertThat(problems.subList(0, problems.size() - 1))
        .extracting(line -> line.replaceFirst(":\\d+:\\d+: 错误: ", " ").replaceFirst(" 还是 gongkai init 写的提示“（.*）” — .*", ""))
        .containsExactly("content/site.yaml title", "content/site.yaml base_url", "content/site.yaml organization",
            "content/site.yaml index_code", "content/site.yaml site_code", "content/site.yaml icp",
            "content/site.yaml public_security", "content/site.yaml address", "content/site.yaml phone");
    assertThat(problems.get(problems.size() - 1)).isEqualTo("检查未通过：9 个错误。");

    // With the settings filled, the starter pages' （请填写…。） prompts are what is left.
    InitCommandTest.fillSettings(site);
    Run pages = run(work, env, gongkai(), "check", "--source", "网站 内容");
    assertThat(pages.code()).isEqualTo(Main.PROBLEMS);
    assertThat(pages.out().lines().toList()).hasSize((int) InitCommandTest.pagePrompts(site) + 1)
        .allMatch(line -> line.startsWith("content/gkzn/zhinan.md:") || line.startsWith("content/ysqgk/shenqing.md:")
            || line.startsWith("检查未通过："));

    InitCommandTest.fillPrompts(site);
    Run check = run(work, env, gongkai(), "check", "--source", "网站 内容");
    assertThat(check.code()).as(check.out()).isZero();
    Run build = run(work, env, gongkai(), "build", "--source", "网站 内容");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.out()).startsWith("已生成 2 条信息（"); // the guide and how to apply
    assertThat(Files.readString(site.resolve("public/index.html"))).contains("某县交通运输局政府信息公开");
    assertThat(site.resolve("public/care/gkml/index.html")).exists();

    // The same site with the release's copy of the themes in its own themes/ builds the same bytes:
    // the themes inside the jar are those themes, file for file.
    Path copied = work.resolve("带主题的站点");
    TestSites.copyTree(site.resolve("content"), copied.resolve("content"));
    TestSites.copyTree(release.resolve("themes"), copied.resolve("themes"));
    Run withThemes = run(work, env, gongkai(), "build", "--source", copied.toString());
    assertThat(withThemes.code()).as(withThemes.err()).isZero();
    Map<String, byte[]> builtIn = TestSites.files(site.resolve("public"));
    Map<String, byte[]> own = TestSites.files(copied.resolve("public"));
    assertThat(own.keySet()).isEqualTo(builtIn.keySet()).hasSizeGreaterThan(20);
    builtIn.forEach((path, bytes) -> assertThat(own.get(path)).as(path).isEqualTo(bytes));

    Map<String, String> ci = new LinkedHashMap<>(env);
    ci.put("GONGKAI_HOME", release.toString());
    Run recipe = run(site, ci, "/bin/sh", "ci/gongkai.sh");
    assertThat(recipe.code()).as(recipe.out() + recipe.err()).isZero();
    List<String> said = new ArrayList<>(recipe.out().lines().toList());
    assertThat(said).hasSize(2);
    assertThat(said.get(0)).isEqualTo("检查了 2 条信息，没有发现问题。");
    assertThat(said.get(1)).startsWith("已生成 2 条信息（").contains("写入 0 个文件");
  }

  /**
   * The CI recipe init wrote, on a runner with no gongkai: it downloads the pinned release from
   * GONGKAI_RELEASES (here the folder Maven made it in, through curl's file://), unpacks it into
   * .gongkai/, checks and builds; the next run finds it there (the folder CI caches) and downloads
   * nothing.
   */
  @Test
  void theCiRecipeInstallsThePinnedReleaseOnceAndThenUsesTheCachedOne() throws Exception {
    Path curl = Path.of(locateOrEmpty("curl"));
    required(curl.isAbsolute(), "curl is needed to fetch a file:// address");
    Path site = tmp.resolve("ci 站点");
    run(tmp, withJava(), gongkai(), "init", site.toString());
    InitCommandTest.fillPrompts(site);
    Path tools = Files.createDirectories(tmp.resolve("runner tools"));
    for (String tool : List.of("curl", "tar", "gzip", "mkdir", "rm")) {
      Files.createSymbolicLink(tools.resolve(tool), Path.of(locate(tool)));
    }
    Path archive = Path.of(System.getProperty("gongkai.release", "target/gongkai-" + VERSION + ".tar.gz")).toAbsolutePath();
    Map<String, String> env = new LinkedHashMap<>(withJava());
    env.put("PATH", tools.toString());
    env.put("GONGKAI_RELEASES", archive.getParent().toUri().toString().replaceAll("/$", ""));

    Run first = run(site, env, "/bin/sh", "ci/gongkai.sh");
    assertThat(first.code()).as(first.out() + first.err()).isZero();
    assertThat(first.err()).contains("gongkai：正在安装 ").contains("gongkai-" + VERSION + ".tar.gz");
    assertThat(site.resolve(".gongkai/gongkai-" + VERSION + "/bin/gongkai")).isExecutable();
    assertThat(site.resolve("public/index.html")).exists();

    Run second = run(site, env, "/bin/sh", "ci/gongkai.sh");
    assertThat(second.code()).as(second.out() + second.err()).isZero();
    assertThat(second.err()).doesNotContain("正在安装");
    assertThat(second.out().lines().toList()).last().asString().contains("写入 0 个文件");
  }

  private static String locateOrEmpty(String tool) throws Exception {
    Process which = new ProcessBuilder("/bin/sh", "-c", "command -v " + tool + " || true").start();
    String path = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    which.waitFor();
    return path.isEmpty() ? "." : path;
  }

  /** Skips without {@code condition}, except in CI ({@code CI=true}), where a skipped check is a failure. */
  private static void required(boolean condition, String why) {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(condition).as(why).isTrue();
    }
    assumeTrue(condition, why);
  }
}
